import type { Alias } from 'vite'

/**
 * Redirects `howler` to a file inside the package (howler/dist/howler.core.min.js; the package's `main` is the full
 * build). Its spatial plugin is unused (speech goes through this app's own HRTF graph): the build ships the core only.
 * On upgrade: tests/unit/howler-core.test.ts checks that the file is still there and gives Howl and Howler.
 */
export const HOWLER_CORE: Alias = { find: /^howler$/, replacement: 'howler/dist/howler.core.min.js' }
