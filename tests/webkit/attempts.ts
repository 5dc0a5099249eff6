import { beforeEach } from 'vitest'

// A test that passes when run again still says why its first attempt failed: the CI log is all that comes back from
// a run, and a stall that a retry hid is worth knowing about (docs/testing.md: Retries).
beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => {
    const attempt = (task.result?.retryCount ?? 0) + 1
    const why = (task.result?.errors ?? []).map((e) => e.message).join(' | ')
    console.error(`[webkit] attempt ${attempt} of "${task.fullName}" failed: ${why}`)
  })
})
