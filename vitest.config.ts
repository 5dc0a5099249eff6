import { defineConfig } from 'vitest/config'
import { HOOK_TIMEOUT, POLL_TIMEOUT, TEST_TIMEOUT } from './tests/e2e/limits.ts'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          // The content tool's commands end to end: they encode audio and textures with ffmpeg, sharp and the KTX2
          // encoder, in seconds to minutes each.
          name: 'pipeline',
          include: ['tests/pipeline/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/pipeline/global-setup.ts'],
          // who the content tool records as publishing (it refuses to publish without one)
          env: { PV_CURATOR: 'Pipeline tests' },
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The browser tests' limits live in one module, with the waits they bound.
          testTimeout: TEST_TIMEOUT,
          hookTimeout: HOOK_TIMEOUT,
          expect: { poll: { timeout: POLL_TIMEOUT } },
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'webkit',
          include: ['tests/webkit/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/webkit/global-setup.ts'],
          setupFiles: ['tests/webkit/attempts.ts'],
          testTimeout: 240_000,
          hookTimeout: 120_000,
          // One WebKit window at a time: media plays in real time, and these machines have two cores.
          fileParallelism: false,
          // A test that failed runs again, whole, up to twice, and must pass in one of its three attempts: real-time
          // media in a software-rendered WebKitGTK on a shared two-core machine still stalls now and then
          // (docs/testing.md: Retries); each failed attempt prints why (tests/webkit/attempts.ts).
          retry: 2,
        },
      },
    ],
  },
})
