// The tests find their Chromium where the benchmarks and the content tool do (scripts/chromium.mjs).
export { chromiumExecutable } from '../../scripts/chromium.mjs'
