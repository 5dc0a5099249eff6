// How a testimony starts, sampled in the page: shared by the WebKit tests and the playback benchmark (which runs the
// same page scripts in Chromium too).

/**
 * One sample of the testimony's media element: wall time (ms, page clock), media time (s) and its file.
 * @typedef {object} MediaSample
 * @property {number} at
 * @property {number} time
 * @property {string} src
 * @property {number} [ready] readyState, networkState, paused, and the end of the last buffered range (s): what a
 *   stall looked like
 * @property {number} [network]
 * @property {boolean} [paused]
 * @property {number} [buffered]
 * @property {number} [draws] frames the scene had drawn so far (`?stats`), and its canvas's pixels per CSS pixel
 * @property {number} [dpr]
 * @property {number} [ctxTime] the sound's AudioContext time (s) and state, and the seeks the element made so far
 * @property {string} [ctxState]
 * @property {number} [seeks]
 */

/**
 * How a testimony started: from the tap to the first advance of media time, and the longest stall after it.
 * @typedef {object} PlaybackRun
 * @property {number} startMs tap → media time first advanced from the start of `file`, ms
 * @property {number} longestStallMs longest wall-clock gap with media time standing still once it had started, until
 *   `mediaLimit` s, ms
 * @property {number} reached media time reached at the end of sampling, s
 * @property {string} stall the longest stall as the element showed it (media time, readyState, buffered, sampling
 *   gaps), for a failure
 */

/**
 * What the page sampled while a testimony started.
 * @typedef {object} Sampled
 * @property {MediaSample[]} samples
 * @property {number | null} playingAt page clock when `#root` first said `data-audio="playing"` after sampling
 *   began, or null
 * @property {[number, string][]} statuses every `data-audio` the root showed meanwhile, with the page clock
 */

/**
 * Reads the samples the page collected while `file` played: when its media time first advanced from the start,
 * and its longest standstill after that within the first `mediaLimit` seconds. Samples of another file, or of this
 * one before it was started from the beginning, are not counted.
 * @param {readonly MediaSample[]} samples
 * @param {string} file
 * @param {number} tappedAt
 * @param {number} [mediaLimit]
 * @returns {PlaybackRun}
 */
export function playbackRun(samples, file, tappedAt, mediaLimit = 5) {
  const own = samples.filter((s) => s.src.endsWith(file))
  const start = own.findIndex((s, i) => i > 0 && s.time > own[i - 1].time && own[i - 1].time < 1)
  if (start < 0) {
    const last = own.at(-1)
    return { startMs: Infinity, longestStallMs: Infinity, reached: 0, stall: `never started; last ${describe(last)}` }
  }
  let longest = 0
  let since = own[start]
  let stall = ''
  let gap = 0
  let prev = since
  for (const s of own.slice(start + 1)) {
    gap = Math.max(gap, s.at - prev.at)
    prev = s
    if (s.time > since.time) {
      since = s
      gap = 0
    } else if (s.at - since.at > longest) {
      longest = s.at - since.at
      stall =
        `at ${since.time.toFixed(2)} s: ${describe(since)} → ${describe(s)}; longest gap between samples ` +
        `${Math.round(gap)} ms; ${(s.draws ?? 0) - (since.draws ?? 0)} frames drawn meanwhile at ${s.dpr?.toFixed(2)} px/px`
    }
    if (s.time >= mediaLimit) break
  }
  return { startMs: own[start].at - tappedAt, longestStallMs: longest, reached: since.time, stall }
}

/**
 * @param {MediaSample | undefined} s
 * @returns {string}
 */
function describe(s) {
  if (!s) return 'no sample'
  return (
    `readyState ${s.ready} networkState ${s.network}${s.paused ? ' paused' : ''} buffered to ${s.buffered?.toFixed(1)} s, ` +
    `sound clock ${s.ctxTime?.toFixed(2)} s ${s.ctxState}, ${s.seeks} seeks so far`
  )
}

/**
 * Page scripts (expressions) that sample the testimony's media element every 20 ms and note when the root first says
 * it plays; shared by the WebKit tests and the playback benchmark (which runs them in Chromium too).
 */
export const START_SAMPLING = `(() => {
  clearInterval(window.__mediaTimer)
  window.__mediaObserver?.disconnect()
  const root = document.getElementById('root')
  const sampled = (window.__sampled = { samples: [], playingAt: null, statuses: [] })
  const scene = () => document.querySelector('canvas[data-role="scene"]')
  if (window.__seeks === undefined) {
    window.__seeks = 0
    document.addEventListener('seeking', () => window.__seeks++, true)
  }
  window.__mediaTimer = setInterval(() => {
    const e = document.querySelector('audio[data-role="testimony-audio"]')
    if (e) sampled.samples.push({ at: performance.now(), time: e.currentTime, src: e.currentSrc, ready: e.readyState,
      network: e.networkState, paused: e.paused, buffered: e.buffered.length ? e.buffered.end(e.buffered.length - 1) : 0,
      draws: Number(scene()?.dataset.draws ?? -1), dpr: scene() ? scene().width / scene().clientWidth : 0,
      ctxTime: window.Howler?.ctx?.currentTime ?? -1, ctxState: window.Howler?.ctx?.state ?? 'none', seeks: window.__seeks })
  }, 20)
  window.__mediaObserver = new MutationObserver(() => {
    sampled.statuses.push([performance.now(), root.dataset.audio])
    if (root.dataset.audio === 'playing' && sampled.playingAt === null) sampled.playingAt = performance.now()
  })
  window.__mediaObserver.observe(root, { attributes: true, attributeFilter: ['data-audio'] })
  return performance.now()
})()`

export const STOP_SAMPLING = `(() => {
  clearInterval(window.__mediaTimer)
  window.__mediaObserver?.disconnect()
  return window.__sampled
})()`

/**
 * True in the page once `file` has been sampled from its start to `seconds` of media time.
 * @param {string} file
 * @param {number} seconds
 * @returns {string}
 */
export function sampledEnough(file, seconds) {
  return `(() => {
    const own = window.__sampled.samples.filter((s) => s.src.endsWith(${JSON.stringify(file)}))
    const from = own.findIndex((s) => s.time < 1)
    return from >= 0 && own.slice(from).some((s) => s.time >= ${seconds})
  })()`
}
