// Speech audio: measure, normalise to −16 LUFS (EBU R128), encode Opus (all browsers) and AAC (Safari).
import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { promisify } from 'node:util'
import { PipelineError } from './errors.mjs'
import { requireFfmpeg, run } from './run.mjs'

const TARGET_LUFS = -16
/** Speech budget: about 0.4 MB per minute, for each copy (Opus, and the AAC that iPhones and Safari download). */
export const SPEECH_BYTES_PER_MINUTE = 0.4 * 1024 * 1024
/** Speech-tuned Opus: mono, 40 kbit/s, VoIP mode — about 0.3 MB per minute. */
/**
 * Opus in WebM, its index (cues) at the front: a browser starts it from its first seconds and seeks in it without
 * reading to its end (Chromium opens an Ogg file only once it has read its last page, for the duration: a whole
 * recording downloaded before the first word).
 */
const WEBM = ['-f', 'webm', '-cues_to_front', '1']
const OPUS_ARGS = [...WEBM, '-c:a', 'libopus', '-b:a', '40k', '-ac', '1', '-ar', '48000', '-application', 'voip']
/** Room tone is not speech: Opus's general-audio mode keeps its low rumble. */
const OPUS_AMBIENT_ARGS = [
  ...WEBM,
  '-c:a',
  'libopus',
  '-b:a',
  '32k',
  '-ac',
  '1',
  '-ar',
  '48000',
  '-application',
  'audio',
]
/** AAC-LC for Safari: ffmpeg's encoder runs over the rate asked (40k → about 49 kbit/s on speech), about 0.35 MB a minute. */
const AAC_ARGS = ['-c:a', 'aac', '-b:a', '40k', '-ac', '1', '-ar', '44100', '-movflags', '+faststart']
const QUIET = ['-hide_banner', '-nostdin', '-loglevel', 'info']
const exec = promisify(execFile)
/** Downmix first, in both passes, so the loudness measured is that of the mono file listeners hear. */
const MONO = 'aformat=channel_layouts=mono'
/** Silence kept before the first word (s): the visitor waits through any more after each tap; none sounds clipped. */
export const LEAD_IN_KEEP = 0.04
/** Below this far under the recording's own peak (dB), its start counts as silence: room noise, not the voice. */
const LEAD_IN_BELOW_PEAK_DB = 40
/** @param {number} thresholdDb */
const trimLeadInFilter = (thresholdDb) =>
  `silenceremove=start_periods=1:start_threshold=${thresholdDb.toFixed(1)}dB:start_silence=${LEAD_IN_KEEP}` +
  ':detection=peak:window=0.005'

/**
 * Seconds of silence before a recording's first sound: the first sample whose level reaches `thresholdDb` (dBFS),
 * decoded as a browser would (encoder priming removed). For tests and the benchmark.
 * @param {string} file
 * @param {number} [thresholdDb]
 * @returns {Promise<number>}
 */
export async function leadIn(file, thresholdDb = -40) {
  await requireFfmpeg()
  const rate = 48_000
  const { stdout } = await exec(
    'ffmpeg',
    [...QUIET, '-i', file, '-t', '10', '-ac', '1', '-ar', String(rate), '-f', 'f32le', '-'],
    {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const samples = new Float32Array(stdout.buffer, stdout.byteOffset, stdout.byteLength >> 2)
  const level = 10 ** (thresholdDb / 20)
  const first = samples.findIndex((v) => Math.abs(v) >= level)
  return first < 0 ? Infinity : first / rate
}

/**
 * Writes `out` (32-bit float WAV, mono) with the recording's leading silence cut to {@link LEAD_IN_KEEP}, and says
 * how many seconds were cut, so captions can move with the voice.
 * @param {string} input
 * @param {string} out
 * @returns {Promise<number>}
 */
async function trimLeadIn(input, out) {
  const before = await probeAudio(input)
  // Measured before normalisation, so the threshold follows the recording: a quiet one is not taken for silence.
  const { stderr } = await run('ffmpeg', [...QUIET, '-i', input, '-af', `${MONO},volumedetect`, '-f', 'null', '-'])
  const peak = Number(/max_volume:\s*(-?[\d.]+) dB/.exec(stderr)?.[1])
  const filter = Number.isFinite(peak) ? `${MONO},${trimLeadInFilter(peak - LEAD_IN_BELOW_PEAK_DB)}` : MONO
  await run('ffmpeg', [...QUIET, '-y', '-i', input, '-af', filter, '-c:a', 'pcm_f32le', out])
  const after = await probeAudio(out)
  return Math.max(0, Math.round((before.duration - after.duration) * 1000) / 1000)
}

/**
 * Duration (s), channels and sample rate of an audio file.
 * @param {string} file
 * @returns {Promise<{ duration: number; channels: number; sampleRate: number }>}
 */
export async function probeAudio(file) {
  await requireFfmpeg()
  /** @type {string} */
  let stdout
  try {
    ;({ stdout } = await run('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file]))
  } catch {
    throw new PipelineError(file, 'is not an audio file ffmpeg can read')
  }
  /** @type {{ streams?: { codec_type: string; channels: number; sample_rate: string; duration?: string }[]; format?: { duration?: string } }} */
  const info = JSON.parse(stdout)
  const stream = info.streams?.find((s) => s.codec_type === 'audio')
  const duration = Number(info.format?.duration ?? stream?.duration)
  if (!stream || !Number.isFinite(duration) || duration <= 0)
    throw new PipelineError(file, 'has no audio stream with a duration')
  return { duration, channels: stream.channels, sampleRate: Number(stream.sample_rate) }
}

/**
 * Decodes the whole recording once and refuses a damaged one, naming it and what is wrong: a decode error (corrupt
 * frames, a checksum that does not match, a cut-off last frame) or less audio than the file says it holds (a file
 * cut short on a frame boundary decodes cleanly but ends early).
 * @param {string} file
 * @param {number} declared the duration the file says it has (s)
 * @returns {Promise<void>}
 */
export async function checkIntact(file, declared) {
  let stdout = ''
  let stderr = ''
  let failed = false
  try {
    ;({ stdout, stderr } = await run('ffmpeg', [
      '-hide_banner',
      '-nostdin',
      '-v',
      'error',
      // FLAC and MP3 frames carry checksums that ffmpeg ignores unless asked
      '-err_detect',
      'crccheck+bitstream+buffer',
      '-xerror',
      '-nostats',
      '-progress',
      'pipe:1',
      '-i',
      file,
      '-map',
      '0:a:0',
      '-f',
      'null',
      '-',
    ]))
  } catch (e) {
    ;({ stdout = '', stderr = '' } = /** @type {{ stdout?: string; stderr?: string }} */ (e))
    failed = true
  }
  const firstError = stderr
    .split('\n')
    .map((line) =>
      line
        .replace(/^\[[^\]]*\]\s*/, '')
        .replace(`${file}: `, '')
        .trim(),
    )
    .find(Boolean)
  if (failed || firstError)
    throw new PipelineError(
      file,
      `is damaged (cut short or corrupt): ffmpeg cannot decode all of it: ${firstError ?? 'decoding failed'}`,
    )
  const decoded = Number(/out_time_us=(\d+)\s*$/m.exec(stdout.trim().split('\n').reverse().join('\n'))?.[1]) / 1e6
  if (Number.isFinite(decoded) && declared - decoded > Math.max(0.5, declared * 0.02))
    throw new PipelineError(
      file,
      `is truncated: it says it lasts ${declared.toFixed(2)} s, but only ${decoded.toFixed(2)} s of audio can be decoded`,
    )
}

/**
 * Integrated loudness (LUFS) and true peak (dBTP), measured with ffmpeg's EBU R128 filter.
 * @param {string} file
 * @returns {Promise<{ integrated: number; truePeak: number }>}
 */
export async function measureLoudness(file) {
  await requireFfmpeg()
  const { stderr } = await run('ffmpeg', [...QUIET, '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'])
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'))
  const integrated = Number(/I:\s*(-?[\d.]+) LUFS/.exec(summary)?.[1])
  const peak = Number(/Peak:\s*(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1])
  if (!Number.isFinite(integrated)) throw new PipelineError(file, 'its loudness could not be measured')
  return { integrated, truePeak: peak }
}

/** Room tone plays under speech: its loops are brought to a quiet, common level instead. */
export const AMBIENT_LUFS = -30
/** Peaks stay below −2 dBFS (about −1.5 dBTP), leaving room for the AAC encoder's overshoot. */
const PEAK_LIMIT = 0.79

/**
 * Speech loses its leading silence first (all but {@link LEAD_IN_KEEP}; `trimmed` says how much went, in seconds);
 * room tone keeps every sample, as it loops.
 * Normalises loudness in two passes — measure the mono mix (EBU R128), then one fixed gain with a gentle peak
 * limiter — and writes `<out>.webm` (Opus) and `<out>.m4a` (AAC). A fixed gain keeps the speaker's dynamics (ffmpeg's
 * loudnorm falls back to compressing, and undershoots, when speech peaks are high). Any input ffmpeg reads: WAV,
 * FLAC, MP3, M4A, OGG; any rate or channel count.
 * @param {string} original
 * @param {string} outBase
 * @param {{ lufs?: number; speech?: boolean }} [options]
 */
export async function encodeSpeech(original, outBase, { lufs = TARGET_LUFS, speech = true } = {}) {
  const source = await probeAudio(original)
  await checkIntact(original, source.duration)
  const input = speech ? `${outBase}.trimmed.wav` : original
  const trimmed = speech ? await trimLeadIn(original, input) : 0
  /** @param {number} gain */
  const chain = (gain) => `${MONO},volume=${gain.toFixed(2)}dB,alimiter=limit=${PEAK_LIMIT}:attack=5:release=80:level=0`
  /** @param {string} filter */
  const loudnessThrough = async (filter) => {
    const { stderr } = await run('ffmpeg', [...QUIET, '-i', input, '-af', `${filter},ebur128`, '-f', 'null', '-'])
    return Number(/I:\s*(-?[\d.]+) LUFS/.exec(stderr.slice(stderr.lastIndexOf('Summary:')))?.[1])
  }
  const measured = await loudnessThrough(MONO)
  if (!Number.isFinite(measured) || measured < -70) throw new PipelineError(input, 'is silent')
  // The limiter takes a little loudness off high peaks: measure the result and correct the gain (it converges fast).
  let gain = lufs - measured
  for (let i = 0; i < 4; i++) {
    const error = lufs - (await loudnessThrough(chain(gain)))
    if (Math.abs(error) < 0.15) break
    gain += error
  }
  const filter = chain(gain)
  const codecArgs = speech ? OPUS_ARGS : OPUS_AMBIENT_ARGS
  const opus = `${outBase}.webm`
  const aac = `${outBase}.m4a`
  // bitexact keeps rebuilds byte-identical.
  for (const [out, codec] of /** @type {[string, string[]][]} */ ([
    [opus, codecArgs],
    [aac, AAC_ARGS],
  ]))
    await run('ffmpeg', [
      ...QUIET,
      '-y',
      '-i',
      input,
      '-af',
      filter,
      ...codec,
      '-map_metadata',
      '-1',
      '-fflags',
      '+bitexact',
      '-flags:a',
      '+bitexact',
      out,
    ])
  if (speech) await rm(input, { force: true })
  const encoded = await probeAudio(opus)
  return { opus, aac, duration: Math.round(encoded.duration * 100) / 100, source, trimmed }
}
