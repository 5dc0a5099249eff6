// Speech audio: measure, normalise to −16 LUFS (EBU R128), encode Opus (all browsers) and AAC (Safari).
import { PipelineError } from './errors.mjs'
import { requireFfmpeg, run } from './run.mjs'

export const TARGET_LUFS = -16
export const TRUE_PEAK_DB = -1.5
/** Speech-tuned Opus: mono, 40 kbit/s, VoIP mode — about 0.3 MB per minute. */
export const OPUS_ARGS = ['-c:a', 'libopus', '-b:a', '40k', '-ac', '1', '-ar', '48000', '-application', 'voip']
export const AAC_ARGS = ['-c:a', 'aac', '-b:a', '64k', '-ac', '1', '-ar', '44100', '-movflags', '+faststart']
const QUIET = ['-hide_banner', '-nostdin', '-loglevel', 'info']
/** Downmix first, in both passes, so the loudness measured is that of the mono file listeners hear. */
const MONO = 'aformat=channel_layouts=mono'

/** Duration (s), channels and sample rate of an audio file. */
export async function probeAudio(file) {
  await requireFfmpeg()
  let stdout
  try {
    ;({ stdout } = await run('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file]))
  } catch {
    throw new PipelineError(file, 'is not an audio file ffmpeg can read')
  }
  const info = JSON.parse(stdout)
  const stream = info.streams?.find((s) => s.codec_type === 'audio')
  const duration = Number(info.format?.duration ?? stream?.duration)
  if (!stream || !Number.isFinite(duration) || duration <= 0)
    throw new PipelineError(file, 'has no audio stream with a duration')
  return { duration, channels: stream.channels, sampleRate: Number(stream.sample_rate) }
}

/** Integrated loudness (LUFS) and true peak (dBTP), measured with ffmpeg's EBU R128 filter. */
export async function measureLoudness(file) {
  await requireFfmpeg()
  const { stderr } = await run('ffmpeg', [...QUIET, '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'])
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'))
  const integrated = Number(/I:\s*(-?[\d.]+) LUFS/.exec(summary)?.[1])
  const peak = Number(/Peak:\s*(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1])
  if (!Number.isFinite(integrated)) throw new PipelineError(file, 'its loudness could not be measured')
  return { integrated, truePeak: peak }
}

/**
 * Normalises to −16 LUFS in two passes (measure, then a linear gain with ffmpeg's loudnorm) and writes
 * `<out>.opus` and `<out>.m4a`. Any input ffmpeg reads: WAV, FLAC, MP3, M4A, OGG; any rate or channel count.
 */
export async function encodeSpeech(input, outBase) {
  const source = await probeAudio(input)
  const { stderr } = await run('ffmpeg', [
    ...QUIET,
    '-i',
    input,
    '-af',
    `${MONO},loudnorm=I=${TARGET_LUFS}:TP=${TRUE_PEAK_DB}:LRA=11:print_format=json`,
    '-f',
    'null',
    '-',
  ])
  const measured = JSON.parse(stderr.slice(stderr.lastIndexOf('{'), stderr.lastIndexOf('}') + 1))
  const filter =
    `${MONO},loudnorm=I=${TARGET_LUFS}:TP=${TRUE_PEAK_DB}:LRA=11:linear=true:` +
    `measured_I=${measured.input_i}:measured_TP=${measured.input_tp}:measured_LRA=${measured.input_lra}:` +
    `measured_thresh=${measured.input_thresh}:offset=${measured.target_offset}`
  const opus = `${outBase}.opus`
  const aac = `${outBase}.m4a`
  // bitexact keeps rebuilds byte-identical.
  for (const [out, codec] of [
    [opus, OPUS_ARGS],
    [aac, AAC_ARGS],
  ])
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
  const encoded = await probeAudio(opus)
  return { opus, aac, duration: Math.round(encoded.duration * 100) / 100, source }
}
