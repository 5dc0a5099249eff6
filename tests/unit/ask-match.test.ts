import { describe, expect, it } from 'vitest'
import { askAccuracy, askSources } from '../../scripts/bench/ask-data.mjs'
import { questionProblems, questionsLine } from '../../scripts/content/questions.mjs'
import { collectTestimony } from '../../src/ask/collect'
import { answeredQuestions, buildAskIndex, findAnswer, suggestions, type AskPart } from '../../src/ask/match'
import { stem, words } from '../../src/ask/words'
import { questionsFile, type Language } from '../../src/content/schema'

const ask = { buildAskIndex, findAnswer, collectTestimony }
const LANGS: Language[] = ['en', 'uk', 'de', 'pl']

const part = (testimony: string, n: number, questions: string[], captions = ''): AskPart => ({
  cell: 'c',
  testimony,
  part: n,
  start: n * 10,
  end: n * 10 + 10,
  title: `Part ${n}`,
  questions,
  captions,
})

describe('Ask: words and their forms', () => {
  it('reads Cyrillic words whole, an apostrophe inside a word included', () => {
    expect(words("Чи били в'язнів на допитах?")).toEqual(['Чи', 'били', "в'язнів", 'на', 'допитах'])
    expect(words('Wie weit war es nach Hause?')).toHaveLength(6)
  })

  it('brings forms of one word together, and drops the words that say nothing', () => {
    expect(stem('камері', 'uk')).toBe(stem('камера', 'uk'))
    expect(stem('допитах', 'uk')).toBe(stem('допитів', 'uk'))
    expect(stem('sleeping', 'en')).toBe(stem('sleep', 'en'))
    expect(stem('Fenster', 'de')).toBe(stem('Fenstern', 'de'))
    expect(stem('więźniów', 'pl')).toBe(stem('więźniowie', 'pl')?.slice(0, stem('więźniów', 'pl')?.length))
    for (const [w, lang] of [
      ['що', 'uk'],
      ['what', 'en'],
      ['warum', 'de'],
      ['dlaczego', 'pl'],
    ] as const)
      expect(stem(w, lang)).toBeNull()
  })
})

describe('Ask: matching a question to a part', () => {
  const index = buildAskIndex(
    [
      part('window', 1, ['Яке вікно в камері?', 'Чи було видно небо?'], 'Вікно маленьке, під стелею, з ґратами.'),
      part('bunk', 2, ['Чи можна було спати?'], 'Світло над дверима ніколи не вимикають.'),
    ],
    'uk',
  )

  it('finds the part whose questions a Cyrillic question shares, in another word form', () => {
    const found = findAnswer(index, 'Яким було вікно у камері?')
    expect(found.kind).toBe('answer')
    expect(found.kind === 'answer' && found.part.testimony).toBe('window')
  })

  it('says there is no recorded answer to what nothing recorded speaks of', () => {
    expect(findAnswer(index, 'Який ваш улюблений колір?').kind).toBe('none')
    expect(findAnswer(index, 'Що?')).toEqual({ kind: 'none', best: null })
  })

  it('keeps to the cell asked in', () => {
    const two = buildAskIndex(
      [
        { ...part('a', 0, ['Was there a doctor?'], 'No doctor came.'), cell: 'elsewhere' },
        { ...part('b', 0, ['What did you eat?'], 'Bread and water.'), cell: 'here' },
        { ...part('c', 0, ['Could you sleep?'], 'The light was never off.'), cell: 'here' },
      ],
      'en',
    )
    const anywhere = findAnswer(two, 'Was there a doctor?')
    expect((anywhere.kind === 'answer' ? anywhere.part : anywhere.best?.part)?.testimony).toBe('a')
    expect(findAnswer(two, 'Was there a doctor?', 'here')).toEqual({ kind: 'none', best: null })
  })

  it('in a large index, leaves out a word most parts share, and answers from the words that tell parts apart', () => {
    // 400 parts, every one about the cell: only one speaks of the window
    const many = buildAskIndex(
      Array.from({ length: 400 }, (_, i) =>
        part(`t${i}`, 0, [`What about the cell ${i === 123 ? 'window' : `corner ${i}`}?`], 'The cell was cold.'),
      ),
      'en',
    )
    expect(findAnswer(many, 'The cell?')).toEqual({ kind: 'none', best: null })
    const found = findAnswer(many, 'What was the window of the cell?')
    expect(found.kind === 'answer' && found.part.testimony).toBe('t123')
    expect(found.kind === 'answer' && found.coverage).toBe(1)
    // a small index keeps every word: in a cell of few parts, "cell" still finds them
    const small = findAnswer(index, 'камера?')
    expect(small.kind === 'answer' ? small.part : small.best?.part).toMatchObject({ testimony: 'window' })
  })
})

describe('Ask on the demo content', () => {
  it.each(LANGS)(
    'answers at least four in five of the test phrasings in %s first, and never plays a wrong part',
    async (lang) => {
      const measured = await askAccuracy(ask, lang)
      expect(measured.asked).toBeGreaterThanOrEqual(15)
      expect(measured.right / measured.asked, measured.misses.join('\n')).toBeGreaterThanOrEqual(0.8)
      expect(measured.wrongConfident, measured.misses.join('\n')).toBe(0)
      expect(measured.unanswerableRefused).toBe(measured.unanswerable)
    },
  )

  it('finds a part recorded in Ukrainian from a Polish question, through its Polish questions and captions', async () => {
    const sources = await askSources('pl')
    const bunk = sources.find((s) => s.testimony === 'sizo-bunk')
    expect(bunk).toBeDefined()
    const index = buildAskIndex(
      sources.flatMap((s) => collectTestimony(s, 'pl').parts),
      'pl',
    )
    const found = findAnswer(index, 'Czy w celi był jakiś lekarz?', 'sizo-cell')
    expect(found.kind === 'answer' && [found.part.testimony, found.part.part]).toEqual(['sizo-bunk', 3])
  })

  it('suggests questions that reach every testimony of a cell, and three answered ones after no answer', async () => {
    for (const lang of LANGS) {
      const sources = (await askSources(lang)).filter((s) => s.cell === 'sizo-cell')
      const lists = sources.map((s) => collectTestimony(s, lang).offered)
      const offered = suggestions(lists, 4)
      expect(new Set(offered.map((s) => s.part.testimony))).toEqual(new Set(sources.map((s) => s.testimony)))
      expect(new Set(offered.map((s) => s.text)).size).toBe(offered.length)
      const three = answeredQuestions(lists, offered[0].text)
      expect(three).toHaveLength(3)
      expect(new Set(three.map((s) => s.part.testimony)).size).toBe(3)
      expect(three.map((s) => s.text)).not.toContain(offered[0].text)
      // each offered question is answered by its own part when asked
      const index = buildAskIndex(
        sources.flatMap((s) => collectTestimony(s, lang).parts),
        lang,
      )
      for (const s of offered) {
        const found = findAnswer(index, s.text, 'sizo-cell')
        expect(found.kind === 'answer' && found.part, s.text).toMatchObject({
          testimony: s.part.testimony,
          part: s.part.part,
        })
      }
    }
  })
})

describe('Ask: the questions file in the content tool', () => {
  const file = 'content/questions/x.json'
  const data = {
    demo: true,
    questions: [
      { part: 0, en: ['Why?'], uk: ['Чому?'] },
      { part: 3, en: ['Where?'] },
    ],
  }

  it('names a question that leads to no part, a promised language missing, and a part with no question', () => {
    const { problems, warnings } = questionProblems({ file, data, parts: 3, languages: ['en', 'uk'] })
    expect(problems).toEqual([
      `${file}: questions[1].part: names part 3, but the testimony has 3 parts (0–2)`,
      `${file}: questions[1].uk: missing (the manifest promises uk)`,
    ])
    expect(warnings).toEqual([
      `${file}: part 1 has no question: Ask never leads to it`,
      `${file}: part 2 has no question: Ask never leads to it`,
    ])
    expect(questionProblems({ file, data, parts: null, languages: ['en'] }).problems[0]).toContain('no parts')
    expect(questionsLine(data)).toBe('2 questions for 2 parts; phrasings: en 2, uk 1')
  })

  it('refuses an empty phrasing and a question without English, naming the field', () => {
    const empty = questionsFile.safeParse({ demo: false, questions: [{ part: 0, en: ['  '] }] })
    expect(empty.success).toBe(false)
    expect(empty.error?.issues[0].path).toEqual(['questions', 0, 'en', 0])
    const noEnglish = questionsFile.safeParse({ demo: false, questions: [{ part: 0, uk: ['Чому?'] }] })
    expect(noEnglish.error?.issues[0].path).toEqual(['questions', 0, 'en'])
  })
})
