/**
 * Builds the DEMO audio, captions and content JSON from scripts/demo/content.mjs:
 *
 *   public/audio/<testimony>.opus / .m4a         synthetic Ukrainian speech (espeak-ng), Ogg Opus 32 kbit/s mono
 *                                                (speech-tuned) and AAC 48 kbit/s mono for Safari
 *   public/content/captions/<testimony>.en.vtt   WebVTT, one cue per sentence, timed from the measured length of
 *   public/content/captions/<testimony>.uk.vtt   every spoken sentence (ffprobe), so captions and speech are in sync
 *   public/audio/ambient-<cell>.opus / .m4a      a quiet 20 s ambient loop per cell, made with ffmpeg filters
 *   public/content/cells/<cell>.json             cells with testimonies; durations measured from the encoded files
 *   public/content/manifest.json
 *
 * Every testimony is spoken sentence by sentence (espeak-ng -v uk -s 140), each sentence's trailing silence is
 * trimmed, the sentences are joined with 0.35 s of silence, and the whole is peak-normalised and encoded.
 * The ambient loops are made seamless by cross-fading the end of a 22 s noise bed into its beginning.
 *
 * Each testimony's position is checked against the `anchor-*` node of the same name in its cell's model
 * (public/models/*.glb, written by build-models.mjs), so run build-models.mjs first after changing a cell.
 *
 * Run:  node scripts/demo/build-audio.mjs     (or `npm run content:demo`, which also rebuilds the models)
 * Needs espeak-ng, ffmpeg and ffprobe on PATH (authoring only; the app never needs them). Output is committed.
 */
import { NodeIO } from '@gltf-transform/core'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { cells, manifest } from './content.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const PUBLIC = join(ROOT, 'public')
const AUDIO_DIR = join(PUBLIC, 'audio')
const CONTENT_DIR = join(PUBLIC, 'content')
const CAPTIONS_DIR = join(CONTENT_DIR, 'captions')
const CELLS_DIR = join(CONTENT_DIR, 'cells')

const VOICE = 'uk'
const RATE = 140 // words per minute: calm
const RATE_HZ = 22050 // espeak-ng's own sample rate
const LEAD = 0.15 // silence before the first sentence, s
const GAP = 0.35 // silence between sentences, s
const TAIL = 0.6 // silence after the last sentence, s
const PEAK_DB = -1.5 // speech is normalised to this peak
const AMBIENT_SECONDS = 20
const XFADE = 2

/** ffmpeg flags that keep the encoded files byte-for-byte reproducible (no encoder tags, fixed Ogg serials). */
const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact']
const OPUS_SPEECH = ['-c:a', 'libopus', '-b:a', '32k', '-ac', '1', '-ar', '48000', '-application', 'voip']
const OPUS_AMBIENT = ['-c:a', 'libopus', '-b:a', '32k', '-ac', '1', '-ar', '48000', '-application', 'audio']
const AAC = ['-c:a', 'aac', '-b:a', '48k', '-ac', '1', '-ar', '24000', '-movflags', '+faststart']

const exec = promisify(execFile)

async function run(cmd, args) {
  try {
    return await exec(cmd, args, { maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    throw new Error(`${cmd} ${args.join(' ')}\n${error.stderr || error.message}`)
  }
}

const ffmpeg = (args) => run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args])

/** Duration in seconds, as ffprobe measures it. */
async function probeDuration(file) {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file])
  const d = Number.parseFloat(stdout.trim())
  if (!Number.isFinite(d) || d <= 0) throw new Error(`ffprobe: no duration for ${file}`)
  return d
}

/** Peak and mean level in dB, from ffmpeg's volumedetect. */
async function volumeDb(file) {
  const { stderr } = await run('ffmpeg', [
    '-hide_banner',
    '-nostdin',
    '-i',
    file,
    '-af',
    'volumedetect',
    '-f',
    'null',
    '-',
  ])
  const max = /max_volume:\s*(-?[\d.]+) dB/.exec(stderr)
  if (!max) throw new Error(`volumedetect: no max_volume for ${file}`)
  return {
    max: Number.parseFloat(max[1]),
    mean: Number.parseFloat(/mean_volume:\s*(-?[\d.]+) dB/.exec(stderr)?.[1] ?? 'NaN'),
  }
}

async function silence(file, seconds) {
  await ffmpeg(['-f', 'lavfi', '-i', `anullsrc=r=${RATE_HZ}:cl=mono`, '-t', String(seconds), '-c:a', 'pcm_s16le', file])
}

/** WebVTT timestamp, HH:MM:SS.mmm */
function vttTime(seconds) {
  const ms = Math.round(seconds * 1000)
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = Math.floor((ms % 60_000) / 1000)
  const pad = (n, w = 2) => String(n).padStart(w, '0')
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`
}

function vtt(cues, note) {
  const body = cues.map((c, i) => `${i + 1}\n${vttTime(c.start)} --> ${vttTime(c.end)}\n${c.text}\n`).join('\n')
  return `WEBVTT\n\nNOTE\n${note}\n\n${body}`
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const sizeOf = async (file) => (await stat(file)).size

/** Speaks one testimony; returns { duration, cues }. */
async function buildTestimony(t, work) {
  const dir = join(work, t.id)
  await mkdir(dir, { recursive: true })
  const gap = join(dir, 'gap.wav')
  const lead = join(dir, 'lead.wav')
  const tail = join(dir, 'tail.wav')
  await silence(gap, GAP)
  await silence(lead, LEAD)
  await silence(tail, TAIL)

  const parts = [lead]
  const cues = []
  let clock = await probeDuration(lead)
  for (const [i, [en, uk]] of t.sentences.entries()) {
    const textFile = join(dir, `s${i}.txt`)
    const raw = join(dir, `s${i}.raw.wav`)
    const wav = join(dir, `s${i}.wav`)
    await writeFile(textFile, uk, 'utf8')
    await run('espeak-ng', ['-v', VOICE, '-s', String(RATE), '-p', String(t.pitch), '-f', textFile, '-w', raw])
    // trim the silence espeak-ng leaves after the sentence (and any before it), keeping a few milliseconds
    await ffmpeg([
      '-i',
      raw,
      '-af',
      'silenceremove=start_periods=1:start_threshold=-55dB:start_silence=0.02,' +
        'areverse,silenceremove=start_periods=1:start_threshold=-55dB:start_silence=0.06,areverse',
      '-ar',
      String(RATE_HZ),
      '-ac',
      '1',
      '-c:a',
      'pcm_s16le',
      wav,
    ])
    const d = await probeDuration(wav)
    if (i > 0) {
      parts.push(gap)
      clock += GAP
    }
    parts.push(wav)
    cues.push({ start: clock, end: clock + d, en, uk })
    clock += d
  }
  parts.push(tail)

  const list = join(dir, 'list.txt')
  await writeFile(list, parts.map((p) => `file '${p.replaceAll("'", "'\\''")}'`).join('\n') + '\n')
  const full = join(dir, 'full.wav')
  await ffmpeg(['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', full])
  const joined = await probeDuration(full)
  const expected = clock + TAIL
  if (Math.abs(joined - expected) > 0.01) throw new Error(`${t.id}: joined ${joined}s, expected ${expected}s`)

  const gain = (PEAK_DB - (await volumeDb(full)).max).toFixed(2)
  const opus = join(AUDIO_DIR, `${t.id}.opus`)
  const m4a = join(AUDIO_DIR, `${t.id}.m4a`)
  await ffmpeg(['-i', full, '-af', `volume=${gain}dB`, ...OPUS_SPEECH, ...BITEXACT, opus])
  await ffmpeg(['-i', full, '-af', `volume=${gain}dB`, ...AAC, ...BITEXACT, m4a])
  const duration = await probeDuration(opus)
  const durationAac = await probeDuration(m4a)

  const note = 'Demo content: a synthetic voice (espeak-ng) reads a text written for this demo; no real person speaks.'
  await writeFile(
    join(CAPTIONS_DIR, `${t.id}.en.vtt`),
    vtt(
      cues.map((c) => ({ ...c, text: c.en })),
      note,
    ),
  )
  await writeFile(
    join(CAPTIONS_DIR, `${t.id}.uk.vtt`),
    vtt(
      cues.map((c) => ({ ...c, text: c.uk })),
      'Демонстраційний вміст: синтезований голос (espeak-ng) читає текст, написаний для цього демо; жодна реальна людина тут не говорить.',
    ),
  )
  const [so, sa] = [await sizeOf(opus), await sizeOf(m4a)]
  console.log(
    `${t.id.padEnd(16)} ${duration.toFixed(2)} s (aac ${durationAac.toFixed(2)} s)  ${t.sentences.length} cues  ` +
      `opus ${kib(so)} (${((so / 1024 / 1024) * (60 / duration)).toFixed(2)} MiB/min)  m4a ${kib(sa)}`,
  )
  if (duration < 25 || duration > 50) console.warn(`  warning: ${t.id} lasts ${duration.toFixed(1)} s (aim: 25-50 s)`)
  return { duration: Math.round(duration * 100) / 100 }
}

/** ffmpeg filter graphs for the ambient loops. Inputs [bed] (22 s, cross-faded into a loop) and [steady] (20 s). */
const AMBIENT = {
  // distant corridor hum, faint ventilation, mains hum from the lamp, one far-off door clank
  'sizo-cell': {
    bed: [
      `anoisesrc=d=${AMBIENT_SECONDS + XFADE}:c=brown:r=48000:a=0.8:s=7,lowpass=f=220,highpass=f=35,volume=0.28[hum]`,
      `anoisesrc=d=${AMBIENT_SECONDS + XFADE}:c=pink:r=48000:a=0.5:s=11,bandpass=f=1100:width_type=o:w=2,` +
        `volume=eval=frame:volume='0.028*(1+0.25*sin(2*PI*t/7))'[vent]`,
      `[hum][vent]amix=inputs=2:normalize=0[bed]`,
    ],
    steady: [
      `sine=f=50:r=48000:d=${AMBIENT_SECONDS},volume=0.004[s50]`,
      `sine=f=100:r=48000:d=${AMBIENT_SECONDS},volume=0.005[s100]`,
      `sine=f=150:r=48000:d=${AMBIENT_SECONDS},volume=0.002[s150]`,
      `aevalsrc='if(gte(t,9.3),exp(-7*(t-9.3))*(sin(2*PI*187*t)+0.7*sin(2*PI*431*t)+0.5*sin(2*PI*1013*t)),0)'` +
        `:s=48000:d=${AMBIENT_SECONDS},lowpass=f=700,aecho=0.8:0.7:140|310|520:0.45|0.3|0.18,volume=0.03[clank]`,
      `[s50][s100][s150][clank]amix=inputs=4:normalize=0[steady]`,
    ],
  },
  // low rumble, a faint hiss, water dripping somewhere in the dark, with the short echo of a concrete room
  basement: {
    bed: [
      `anoisesrc=d=${AMBIENT_SECONDS + XFADE}:c=brown:r=48000:a=0.9:s=3,lowpass=f=110,highpass=f=25,volume=0.4[rumble]`,
      `anoisesrc=d=${AMBIENT_SECONDS + XFADE}:c=pink:r=48000:a=0.2:s=5,highpass=f=2000,lowpass=f=6000,volume=0.01[hiss]`,
      `[rumble][hiss]amix=inputs=2:normalize=0[bed]`,
    ],
    steady: [
      `aevalsrc='${[3.7, 8.1, 12.9, 16.3, 17.9]
        .map((T) => `gte(t,${T})*exp(-38*(t-${T}))*sin(2*PI*(650+950*(1-exp(-22*(t-${T}))))*(t-${T}))`)
        .join(
          '+',
        )}':s=48000:d=${AMBIENT_SECONDS},highpass=f=300,aecho=0.8:0.6:45|110|190:0.4|0.25|0.12,volume=0.07[steady]`,
    ],
  },
}

async function buildAmbient(cellId) {
  const g = AMBIENT[cellId]
  const graph = [
    ...g.bed,
    `[bed]asplit=2[b1][b2]`,
    `[b1]atrim=start=${XFADE}:end=${AMBIENT_SECONDS + XFADE},asetpts=PTS-STARTPTS[main]`,
    `[b2]atrim=start=0:end=${XFADE},asetpts=PTS-STARTPTS[head]`,
    // the loop's last XFADE seconds fade from the bed's tail into its head, which is where the loop starts again
    `[main][head]acrossfade=d=${XFADE}:c1=qsin:c2=qsin[loop]`,
    ...g.steady,
    `[loop][steady]amix=inputs=2:normalize=0,atrim=end=${AMBIENT_SECONDS}[out]`,
  ].join(';')
  const opus = join(AUDIO_DIR, `ambient-${cellId}.opus`)
  const m4a = join(AUDIO_DIR, `ambient-${cellId}.m4a`)
  const wav = join(AUDIO_DIR, `.ambient-${cellId}.tmp.wav`)
  try {
    await ffmpeg(['-filter_complex', graph, '-map', '[out]', '-ac', '1', '-c:a', 'pcm_s16le', wav])
    await ffmpeg(['-i', wav, ...OPUS_AMBIENT, ...BITEXACT, opus])
    await ffmpeg(['-i', wav, ...AAC, ...BITEXACT, m4a])
    const d = await probeDuration(opus)
    const level = await volumeDb(wav)
    console.log(
      `ambient-${cellId.padEnd(8)} ${d.toFixed(2)} s  mean ${level.mean} dB, peak ${level.max} dB  ` +
        `opus ${kib(await sizeOf(opus))}  m4a ${kib(await sizeOf(m4a))}`,
    )
  } finally {
    await rm(wav, { force: true })
  }
}

/** Fails when a testimony's position differs from the anchor node it names in the cell's model. */
async function checkAnchors(c) {
  const doc = await new NodeIO().read(join(PUBLIC, c.model))
  const nodes = new Map(
    doc
      .getRoot()
      .listNodes()
      .map((n) => [n.getName(), n]),
  )
  for (const t of c.testimonies) {
    const node = nodes.get(t.anchor)
    if (!node) throw new Error(`${c.model} has no node "${t.anchor}" (testimony ${t.id})`)
    const at = node.getWorldTranslation()
    if (at.some((v, i) => Math.abs(v - t.position[i]) > 1e-4))
      throw new Error(`${t.id}: position [${t.position}] differs from ${t.anchor} [${at}] in ${c.model}`)
  }
}

const rel = (file) =>
  file
    .slice(PUBLIC.length + 1)
    .split('\\')
    .join('/')

await Promise.all([AUDIO_DIR, CAPTIONS_DIR, CELLS_DIR].map((d) => mkdir(d, { recursive: true })))
const work = await mkdtemp(join(tmpdir(), 'prisonersvoice-audio-'))
try {
  const cellFiles = []
  for (const c of cells) {
    await checkAnchors(c)
    await buildAmbient(c.id)
    const testimonies = []
    for (const t of c.testimonies) {
      const { duration } = await buildTestimony(t, work)
      testimonies.push({
        id: t.id,
        title: t.title,
        speaker: t.speaker,
        position: t.position,
        anchor: t.anchor,
        audio: { opus: rel(join(AUDIO_DIR, `${t.id}.opus`)), aac: rel(join(AUDIO_DIR, `${t.id}.m4a`)) },
        spokenLanguage: VOICE,
        duration,
        captions: {
          en: rel(join(CAPTIONS_DIR, `${t.id}.en.vtt`)),
          uk: rel(join(CAPTIONS_DIR, `${t.id}.uk.vtt`)),
        },
        transcript: {
          en: t.sentences.map(([en]) => en).join(' '),
          uk: t.sentences.map(([, uk]) => uk).join(' '),
        },
        contentNote: t.contentNote,
      })
    }
    const cell = {
      id: c.id,
      demo: c.demo,
      name: c.name,
      place: c.place,
      dates: c.dates,
      heldHere: c.heldHere,
      description: c.description,
      model: c.model,
      dimensions: c.dimensions,
      start: c.start,
      ambient: {
        opus: rel(join(AUDIO_DIR, `ambient-${c.id}.opus`)),
        aac: rel(join(AUDIO_DIR, `ambient-${c.id}.m4a`)),
        volume: c.ambientVolume,
      },
      testimonies,
    }
    const file = join(CELLS_DIR, `${c.id}.json`)
    await writeFile(file, JSON.stringify(cell, null, 2) + '\n')
    cellFiles.push(`cells/${c.id}.json`)
    console.log(`wrote ${rel(file)}`)
  }
  await writeFile(join(CONTENT_DIR, 'manifest.json'), JSON.stringify({ ...manifest, cells: cellFiles }, null, 2) + '\n')
  console.log('wrote content/manifest.json')
} finally {
  await rm(work, { recursive: true, force: true })
}
