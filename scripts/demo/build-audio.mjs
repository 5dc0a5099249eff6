/**
 * Builds the DEMO audio, captions and metadata SOURCES from scripts/demo/content.mjs, into .demo-build/:
 *
 *   audio/<testimony>.wav              synthetic Ukrainian speech (espeak-ng), 22.05 kHz mono PCM, as spoken:
 *                                      neither normalised nor encoded (the content pipeline does both)
 *   captions/<testimony>.en.vtt        WebVTT, one cue per sentence, timed from the measured length of every
 *   captions/<testimony>.uk.vtt        spoken sentence (ffprobe), so captions and speech are in sync
 *   captions/<testimony>.{de,pl}.vtt   the same cues in German and Polish
 *   audio/ambient-<cell>.wav           a quiet 20 s ambient loop per cell, made with ffmpeg filters, 48 kHz mono PCM
 *   meta/cells/<cell>.json             what `addCell` needs besides the model and the ambient recording
 *   meta/testimonies/<testimony>.json  what `addTestimony` needs besides the recording and the captions
 *
 * Every testimony is spoken sentence by sentence (espeak-ng -v uk -s 140), each sentence's trailing silence is
 * trimmed, and the sentences are joined with 0.35 s of silence (0.15 s before the first, 0.6 s after the last).
 * The ambient loops are made seamless by cross-fading the end of a 22 s noise bed into its beginning.
 *
 * Each testimony's `position` in content.mjs is checked against the `anchor-*` node it names in its cell's source
 * model (.demo-build/models/*.glb, written by build-models.mjs), so run build-models.mjs first.
 * publish.mjs then passes these files through the content pipeline into public/.
 *
 * Run:  npm run content:demo   (builds the models, then this, then publishes everything)
 * Needs espeak-ng, ffmpeg and ffprobe on PATH (authoring only; the app never needs them).
 */
import { vttTimestamp } from '../content/captions.mjs'
import { chaptersVtt } from './parts.mjs'
import { NodeIO } from '@gltf-transform/core'
import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { cells } from './content.mjs'
import { BUILD_DIR, source } from './paths.mjs'

const VOICE = 'uk'
const RATE = 140 // words per minute: calm
const RATE_HZ = 22050 // espeak-ng's own sample rate
const LEAD = 0.15 // silence before the first sentence, s
const GAP = 0.35 // silence between sentences, s
const TAIL = 0.6 // silence after the last sentence, s
const AMBIENT_SECONDS = 20
const XFADE = 2

/** Keeps the scratch WAVs byte-for-byte reproducible too (no encoder tag). */
const BITEXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact']
const PCM = ['-ac', '1', '-c:a', 'pcm_s16le', ...BITEXACT]

/** @typedef {(typeof cells)[number]} DemoCell */
/** @typedef {DemoCell['testimonies'][number]} DemoTestimony */
/** @typedef {(typeof LANGS)[number]} Lang */

const exec = promisify(execFile)

/**
 * @param {string} cmd
 * @param {readonly string[]} args
 */
async function run(cmd, args) {
  try {
    return await exec(cmd, args, { maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const e = /** @type {Error & { stderr?: string }} */ (error)
    throw new Error(`${cmd} ${args.join(' ')}\n${e.stderr || e.message}`)
  }
}

/** @param {readonly string[]} args */
const ffmpeg = (args) => run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args])

/**
 * Duration in seconds, as ffprobe measures it.
 * @param {string} file
 */
async function probeDuration(file) {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file])
  const d = Number.parseFloat(stdout.trim())
  if (!Number.isFinite(d) || d <= 0) throw new Error(`ffprobe: no duration for ${file}`)
  return d
}

/**
 * Peak and mean level in dB, from ffmpeg's volumedetect.
 * @param {string} file
 */
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

/**
 * @param {string} file
 * @param {number} seconds
 */
async function silence(file, seconds) {
  await ffmpeg(['-f', 'lavfi', '-i', `anullsrc=r=${RATE_HZ}:cl=mono`, '-t', String(seconds), ...PCM, file])
}

/**
 * @param {{ start: number; end: number; text: string }[]} cues
 * @param {string} note
 */
function vtt(cues, note) {
  const body = cues
    .map((c, i) => `${i + 1}\n${vttTimestamp(c.start)} --> ${vttTimestamp(c.end)}\n${c.text}\n`)
    .join('\n')
  return `WEBVTT\n\nNOTE\n${note}\n\n${body}`
}

/** The languages of a sentence in content.mjs, in its order; the Ukrainian is spoken, all are captioned. */
const LANGS = /** @type {const} */ (['en', 'uk', 'de', 'pl'])

/** @type {Record<Lang, string>} */
const NOTES = {
  en: 'Demo content: a synthetic voice (espeak-ng) reads a text written for this demo; no real person speaks.',
  uk: 'Демонстраційний вміст: синтезований голос (espeak-ng) читає текст, написаний для цього демо; жодна реальна людина тут не говорить.',
  de: 'Demo-Inhalt: Eine synthetische Stimme (espeak-ng) liest einen für diese Demo geschriebenen Text; keine reale Person spricht.',
  pl: 'Treść demonstracyjna: syntetyczny głos (espeak-ng) czyta tekst napisany na potrzeby tego demo; nie mówi tu żadna prawdziwa osoba.',
}

/**
 * @param {string} file
 * @param {unknown} data
 */
async function writeJson(file, data) {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`)
}

/**
 * Speaks one testimony into .demo-build/audio/<id>.wav and writes its captions; returns the WAV's duration.
 * @param {DemoTestimony} t
 */
async function buildTestimony(t) {
  const dir = join(source.workDir, t.id)
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
  for (const [i, [en, uk, de, pl]] of t.sentences.entries()) {
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
      ...PCM,
      wav,
    ])
    const d = await probeDuration(wav)
    if (i > 0) {
      parts.push(gap)
      clock += GAP
    }
    parts.push(wav)
    cues.push({ start: clock, end: clock + d, en, uk, de, pl })
    clock += d
  }
  parts.push(tail)

  const list = join(dir, 'list.txt')
  await writeFile(list, parts.map((p) => `file '${p.replaceAll("'", "'\\''")}'`).join('\n') + '\n')
  const full = source.speech(t.id)
  await ffmpeg(['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', ...BITEXACT, full])
  const duration = await probeDuration(full)
  const expected = clock + TAIL
  if (Math.abs(duration - expected) > 0.01) throw new Error(`${t.id}: joined ${duration}s, expected ${expected}s`)

  for (const lang of LANGS) {
    await writeFile(
      source.captions(t.id, lang),
      vtt(
        cues.map((c) => ({ ...c, text: c[lang] })),
        NOTES[lang],
      ),
    )
    await writeFile(source.chapters(t.id, lang), chaptersVtt(cues, t.parts, lang))
  }
  const level = await volumeDb(full)
  console.log(
    `${t.id.padEnd(16)} ${duration.toFixed(2)} s  ${t.sentences.length} cues  ` +
      `mean ${level.mean} dB, peak ${level.max} dB (before normalisation)`,
  )
  if (duration < 25 || duration > 50) console.warn(`  warning: ${t.id} lasts ${duration.toFixed(1)} s (aim: 25-50 s)`)
}

/** ffmpeg filter graphs for the ambient loops. Inputs [bed] (22 s, cross-faded into a loop) and [steady] (20 s). */
/** @type {Record<string, { bed: string[]; steady: string[] }>} */
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

/** @param {string} cellId */
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
  const wav = source.ambient(cellId)
  await ffmpeg(['-filter_complex', graph, '-map', '[out]', ...PCM, wav])
  const d = await probeDuration(wav)
  const level = await volumeDb(wav)
  console.log(`ambient-${cellId.padEnd(8)} ${d.toFixed(2)} s  mean ${level.mean} dB, peak ${level.max} dB`)
}

/**
 * Fails when a testimony's position differs from the anchor node it names in the cell's source model.
 * @param {DemoCell} c
 */
async function checkAnchors(c) {
  const file = source.model(c.id)
  const doc = await new NodeIO().read(file)
  const nodes = new Map(
    doc
      .getRoot()
      .listNodes()
      .map((n) => [n.getName(), n]),
  )
  for (const t of c.testimonies) {
    const node = nodes.get(t.anchor)
    if (!node) throw new Error(`${file} has no node "${t.anchor}" (testimony ${t.id})`)
    const at = node.getWorldTranslation()
    if (at.some((v, i) => Math.abs(v - t.position[i]) > 1e-4))
      throw new Error(`${t.id}: position [${t.position}] differs from ${t.anchor} [${at}] in ${file}`)
  }
}

/**
 * What `addCell` takes as `meta`: every cell field but model, ambient and testimonies, plus ambientVolume.
 * @param {DemoCell} c
 */
const cellMeta = (c) => ({
  id: c.id,
  demo: c.demo,
  name: c.name,
  place: c.place,
  dates: c.dates,
  heldHere: c.heldHere,
  description: c.description,
  dimensions: c.dimensions,
  start: c.start,
  light: c.light,
  ambientVolume: c.ambientVolume,
  // the room's part of the cell's provenance record (the content tool writes content/provenance/<cell>.json)
  provenance: c.provenance,
})

/**
 * What `addTestimony` takes as `meta`: no audio, duration or captions; the position comes from the anchor.
 * @param {DemoTestimony} t
 */
const testimonyMeta = (t) => ({
  id: t.id,
  title: t.title,
  speaker: t.speaker,
  anchor: t.anchor,
  spokenLanguage: VOICE,
  transcript: {
    ...Object.fromEntries(LANGS.map((lang, i) => [lang, t.sentences.map((s) => s[i]).join(' ')])),
  },
  contentNote: t.contentNote,
  consentScope: t.consentScope,
  // the testimony's part of the cell's provenance record
  provenance: t.provenance,
})

for (const dir of [source.audioDir, source.captionsDir, source.metaDir, source.workDir]) {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
}
try {
  for (const c of cells) {
    await checkAnchors(c)
    await buildAmbient(c.id)
    await writeJson(source.cellMeta(c.id), cellMeta(c))
    for (const t of c.testimonies) {
      await buildTestimony(t)
      await writeJson(source.testimonyMeta(t.id), testimonyMeta(t))
    }
  }
  console.log(`sources written to ${BUILD_DIR}`)
} finally {
  await rm(source.workDir, { recursive: true, force: true })
}
