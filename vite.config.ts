import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import basicSsl from '@vitejs/plugin-basic-ssl'
import { contentSecurityPolicy } from './build/content-security-policy.ts'
import { countingSetting } from './build/counting.ts'
import { cspSafeBasisTranscoder } from './build/csp-safe-basis-transcoder.ts'
import { HOWLER_CORE } from './build/howler-core.ts'
import { linkPagesPlugin } from './build/link-pages-plugin.ts'
import { offlineCache } from './build/offline-cache.ts'
import { treeShakableFiber } from './build/tree-shakable-fiber.ts'
import { usdzType } from './build/usdz-type.ts'
import { withoutTeleportLine } from './build/without-teleport-line.ts'
import { withoutXREmulator } from './build/without-xr-emulator.ts'
import { xrInputProfiles } from './build/xr-input-profiles.ts'
import { xrThreePlugin } from './build/xr-three-plugin.ts'
import { zstdOnDemand } from './build/zstd-on-demand.ts'

// Each plugin lives in build/. Those that patch or redirect a library's code say so at their top, each has a test
// in tests/unit/ that fails when an upgrade moves what it relies on, and docs/upgrading.md lists them.
export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    treeShakableFiber(),
    zstdOnDemand(),
    withoutXREmulator(),
    xrThreePlugin(),
    withoutTeleportLine(),
    xrInputProfiles(),
    cspSafeBasisTranscoder(),
    contentSecurityPolicy(),
    countingSetting(),
    linkPagesPlugin(),
    usdzType(),
    offlineCache(),
    ...(mode === 'lan' ? [basicSsl()] : []),
  ],
  resolve: {
    // howler's spatial plugin is unused (speech goes through this app's own HRTF graph): ship the core only.
    alias: [HOWLER_CORE],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}))
