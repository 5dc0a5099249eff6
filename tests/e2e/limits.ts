/**
 * Every time limit of the browser tests, in milliseconds. They bound how long a test may wait for something a person
 * would see; none of them is a pause. They are generous because the tests must pass on a busy two-core machine, and
 * a limit only costs time when the app is wrong.
 */

/** One browser test, start to end (vitest.config.ts). */
export const TEST_TIMEOUT = 240_000

/** A file's before/after hooks: starting or closing Chromium (vitest.config.ts). */
export const HOOK_TIMEOUT = 120_000

/** The endurance test's hundreds of visits. */
export const ENDURANCE_TIMEOUT = 1_800_000

/** Any single wait for the page: an element, a state attribute, a condition, a click (Playwright's default is 30 s). */
export const STATE_TIMEOUT = 60_000

/** A page load or reload. */
export const LOAD_TIMEOUT = 60_000

/** `expect.poll` (vitest.config.ts; Vitest's default is one second). */
export const POLL_TIMEOUT = 60_000

/** The offline cache: the service worker downloads every cell, recording and caption file before it takes control. */
export const OFFLINE_CACHE_TIMEOUT = 120_000

/** One step of an endurance visit, timed inside the page (the attract screen returning, a testimony starting). */
export const VISIT_STEP_TIMEOUT = 60_000

/**
 * Not a limit of the tests but the app's own: a trigger held longer than this selects nothing (SELECT_MS in
 * src/xr/xr-store.ts). The controller helpers read it to tell a pull lost in a starved frame from one that selected.
 */
export const XR_CLICK_TIME = 1500
