import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leadIn, LEAD_IN_KEEP, probeAudio } from '../../scripts/content/audio.mjs'
import { addTestimony } from '../../scripts/content/commands.mjs'
import { run } from '../../scripts/content/run.mjs'
import { captionFiles, copyOfPublic, testimonyMeta } from './fixtures'

let work: string
let root: string
let audio: string
beforeAll(async () => {
  ;({ work, root } = copyOfPublic('pv-lead-in-'))
  audio = join(work, 'late-start.wav')
  // Half a second of silence, then 3 s of a voice-like tone under noise.
  await run('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=mono:d=0.5'],
    ...['-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=44100:duration=3'],
    ...['-f', 'lavfi', '-i', 'anoisesrc=color=pink:sample_rate=44100:amplitude=0.2:duration=3'],
    ...['-filter_complex', '[1][2]amix=inputs=2[v];[0][v]concat=n=2:v=0:a=1', '-c:a', 'pcm_s16le', audio],
  ])
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('a recording that starts late', () => {
  it('is published with a few tens of milliseconds of silence before the voice, its captions moved with it', async () => {
    expect(await leadIn(audio)).toBeCloseTo(0.5, 2)
    const meta = testimonyMeta(root, 'basement', 'basement-floor', join(work, 'meta.json'))
    const { entry } = await addTestimony({
      root,
      cell: 'basement',
      meta,
      audio,
      captions: captionFiles(work, 'late', 0.6, 3.2),
    })
    for (const file of [entry.audio.opus, entry.audio.aac]) {
      const silence = await leadIn(join(root, file))
      expect(silence, file).toBeGreaterThanOrEqual(0.02)
      expect(silence, file).toBeLessThanOrEqual(0.06)
    }
    // The content states the length of the file it ships.
    const { duration } = await probeAudio(join(root, entry.audio.opus))
    expect(entry.duration).toBeCloseTo(duration, 1)
    expect(entry.duration).toBeCloseTo(3 + LEAD_IN_KEEP, 1)
    // The caption that was heard at 0.6 s is shown when the voice is there, now 0.1 s in.
    expect(readFileSync(join(root, entry.captions.en), 'utf8')).toMatch(/\n00:00:00\.1\d\d --> 00:00:02\.7\d\d\n/)
  }, 120_000)
})
