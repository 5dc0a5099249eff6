import { describe, expect, it } from 'vitest'
import { parseCell } from '../../src/content/load'
import { LANGUAGES } from '../../src/i18n/languages'
import { publicExists, readPublic } from './public-files'

const manifest = JSON.parse(readPublic('content/manifest.json')) as { cells: string[] }
const cells = manifest.cells.map((file) => parseCell(JSON.parse(readPublic(`content/${file}`)), file))

/** The cues of a WebVTT file as [timing, text] pairs. */
const cues = (path: string) =>
  readPublic(path)
    .trim()
    .split(/\n\n+/)
    .slice(1)
    .map((block) => {
      const [timing = '', ...text] = block.split('\n')
      return [timing, text.join(' ')] as const
    })

describe('the demo testimonies in all four languages', () => {
  const testimonies = cells.flatMap((c) => c.testimonies)

  it.each(testimonies.map((t) => [t.id, t] as const))(
    '%s: captions in uk, en, de and pl on the English cue timings, each starting with the demo notice',
    (_id, t) => {
      const english = cues(t.captions.en!)
      for (const lang of LANGUAGES) {
        const file = t.captions[lang]
        expect(file, lang).toBe(`content/captions/${t.id}.${lang}.vtt`)
        expect(publicExists(file!), lang).toBe(true)
        const own = cues(file!)
        expect(
          own.map(([timing]) => timing),
          lang,
        ).toEqual(english.map(([timing]) => timing))
        // Every cue is translated, none left in English.
        if (lang !== 'en') own.forEach(([, text], i) => expect(text, `${lang} ${i}`).not.toBe(english[i]![1]))
        // The demo says it is a demo, in the visitor's language, before anything else.
        expect(own[0]![1], lang).toMatch(/demonstra|демонстра|Demonstration/i)
        // The transcript is the captions' text, sentence by sentence.
        expect(t.transcript[lang], lang).toBe(own.map(([, text]) => text).join(' '))
        for (const text of [t.title, t.contentNote, t.speaker.label, t.speaker.bio])
          expect(text[lang], lang).toBeTruthy()
      }
      expect(t.speaker.demo).toBe(true)
      expect(t.speaker.consent).toBe('demo-synthetic')
    },
  )

  it('names every cell in all four languages', () => {
    for (const c of cells)
      for (const lang of LANGUAGES)
        for (const field of [c.name, c.place, c.dates, c.heldHere, c.description])
          expect(field[lang], lang).toBeTruthy()
  })
})
