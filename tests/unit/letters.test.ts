import { describe, expect, it } from 'vitest'
import { ContentError } from '../../src/content/load'
import { parseLetters } from '../../src/letters/load-letters'
import type { Letters } from '../../src/letters/schema'
import { EMPTY_DRAFT, composePostcard, postcardText, type Draft } from '../../src/letters/composer'
import { censorWarnings } from '../../src/letters/censor'
import { readPublic } from './public-files'

const shipped = () => JSON.parse(readPublic('content/letters.json'))
const letters: Letters = parseLetters(shipped(), 'content/letters.json')
const placeholders = (text: string) => (text.match(/\{[a-z]+\}/g) ?? []).sort()

describe('the letter content', () => {
  it('has at least 24 phrases in every group, each with all four translations and the same placeholders', () => {
    expect(letters.phrases.length).toBeGreaterThanOrEqual(24)
    for (const group of ['greeting', 'support', 'wishes', 'about-me', 'closing'])
      expect(
        letters.phrases.some((p) => p.group === group),
        group,
      ).toBe(true)
    for (const p of letters.phrases)
      for (const lang of ['en', 'uk', 'de', 'pl'] as const) {
        expect(p.translation[lang].length, `${p.id}.${lang}`).toBeGreaterThan(0)
        expect(placeholders(p.translation[lang]), `${p.id}.${lang}`).toEqual(placeholders(p.ru))
      }
  })

  it('marks its invented people as demo, with placeholder addresses', () => {
    expect(letters.demo).toBe(true)
    for (const r of letters.recipients) {
      expect(r.demo).toBe(true)
      if (r.address) expect(r.address.join(' ')).toMatch(/ДЕМО/)
    }
  })

  it('has a demo person who cannot receive letters at present, without an address to write to', () => {
    const closed = letters.recipients.filter((r) => r.receivesLetters === false)
    expect(closed.map((r) => r.id)).toEqual(['demo-marko-lisovyi'])
    expect(closed[0]?.demo).toBe(true)
    expect(closed[0]?.address).toBeUndefined()
  })

  it('refuses a person who receives letters but has no address, naming the field', () => {
    const broken = shipped()
    delete broken.recipients[0].address
    expect(() => parseLetters(broken, 'content/letters.json')).toThrow(/recipients\[0\]\.address: needs an address/)
  })

  it('translates the formal Russian "Вы" into formal Polish (Pan/Pani or "proszę"), never the informal "Ty"', () => {
    // "Вы" in any case, or a formal imperative (Держитесь! Не падайте духом! Берегите себя!), but not a greeting.
    const formal = letters.phrases.filter((p) =>
      /(?<!\p{L})(Вы|Вас|Вам|Вами)(?!\p{L})|^(?!Здравствуйте)(Не )?\p{L}+те(сь)?(?!\p{L})/u.test(p.ru),
    )
    expect(formal.length).toBeGreaterThan(20)
    for (const p of formal) {
      expect(p.translation.pl, p.id).toMatch(/Pan|Proszę|proszę/)
      expect(p.translation.pl, p.id).not.toMatch(
        /(?<!\p{L})(Ci|Cię|Ciebie|Tobie|Tobą|jesteś|będziesz|Twój|Twoja|Twoje|Trzymaj|Dbaj|Nie trać)(?!\p{L})/u,
      )
    }
  })

  it('ships phrases that raise no censor warning themselves', () => {
    for (const p of letters.phrases) expect(censorWarnings(p.ru.replace(/\{[a-z]+\}/g, '')), p.id).toEqual([])
  })

  it('refuses a phrase without a Polish translation and an http: link, naming the field', () => {
    const broken = shipped()
    delete broken.phrases[3].translation.pl
    broken.donbasRoute.url = 'http://ccl.org.ua/'
    let message = ''
    try {
      parseLetters(broken, 'content/letters.json')
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError)
      message = (e as Error).message
    }
    expect(message).toContain('content/letters.json: ')
    expect(message).toContain('phrases[3].translation.pl')
    expect(message).toContain('donbasRoute.url: must be an absolute https:// URL')
  })
})

describe('the postcard composer', () => {
  const sample: Letters = {
    demo: true,
    donbasRoute: { text: { en: 'via CCL' }, url: 'https://ccl.org.ua/' },
    recipients: [
      {
        id: 'anna',
        demo: true,
        name: { en: 'Anna Demo', uk: 'Анна Демо' },
        nameRu: 'Демо Анна Ивановна',
        firstNameRu: 'Анна Ивановна',
        yearOfBirth: 1970,
        heldAt: { en: 'Somewhere (demo)' },
        who: { en: 'Teacher (demo)' },
        address: ['ДЕМО-АДРЕС', '000000, Пример'],
      },
    ],
    phrases: [
      {
        id: 'bye',
        group: 'closing',
        ru: 'С теплом,',
        translation: { en: 'Warmly,', uk: 'З теплом,', de: 'Herzlich,', pl: 'Serdecznie,' },
      },
      {
        id: 'hi',
        group: 'greeting',
        ru: 'Здравствуйте, {recipient}!',
        translation: {
          en: 'Hello, {recipient}!',
          uk: 'Вітаю, {recipient}!',
          de: 'Hallo, {recipient}!',
          pl: 'Witaj, {recipient}!',
        },
      },
      {
        id: 'me',
        group: 'about-me',
        ru: 'Я пишу Вам из страны: {country}.',
        translation: {
          en: 'I am writing from: {country}.',
          uk: 'Я пишу з країни: {country}.',
          de: 'Ich schreibe aus: {country}.',
          pl: 'Piszę z kraju: {country}.',
        },
      },
      {
        id: 'not-alone',
        group: 'support',
        ru: 'Вы не одни.',
        translation: {
          en: 'You are not alone.',
          uk: 'Ви не самі.',
          de: 'Sie sind nicht allein.',
          pl: 'Nie jesteś sam(a).',
        },
      },
    ],
  }

  const draft = (d: Partial<Draft>): Draft => ({ ...EMPTY_DRAFT, ...d })

  it('builds the Russian text in postcard order, fills the names in Cyrillic, and signs it', () => {
    const card = composePostcard(
      sample,
      draft({ recipientId: 'anna', phraseIds: ['bye', 'me', 'hi', 'not-alone'], name: 'Maria', countryCode: 'PL' }),
      'uk',
    )
    expect(card?.russian).toEqual([
      'Здравствуйте, Анна Ивановна!',
      'Вы не одни.',
      'Я пишу Вам из страны: Польша.',
      'С теплом,',
      'Мариа',
    ])
    // The writer reads their own name as typed and their country in their language.
    expect(card?.translation).toEqual([
      'Вітаю, Анна Демо!',
      'Ви не самі.',
      'Я пишу з країни: Польща.',
      'З теплом,',
      'Maria',
    ])
    expect(card?.envelope.to).toEqual(['Демо Анна Ивановна, 1970 г. р.', 'ДЕМО-АДРЕС', '000000, Пример'])
    expect(card?.envelope.from).toEqual(['Мариа', 'Польша'])
    expect(postcardText(card!)).toBe(
      'Здравствуйте, Анна Ивановна!\nВы не одни.\nЯ пишу Вам из страны: Польша.\nС теплом,\nМариа\n\n—\nДемо Анна Ивановна, 1970 г. р.\nДЕМО-АДРЕС\n000000, Пример',
    )
  })

  it("signs with the writer's own Cyrillic spelling once corrected, and puts their own words before the closing", () => {
    const card = composePostcard(
      sample,
      draft({
        recipientId: 'anna',
        phraseIds: ['bye', 'hi'],
        name: 'Maria',
        nameRu: 'Мария',
        countryCode: 'DE',
        ownWords: 'У нас идёт снег.',
      }),
      'en',
    )
    expect(card?.russian).toEqual(['Здравствуйте, Анна Ивановна!', 'У нас идёт снег.', 'С теплом,', 'Мария'])
    expect(card?.envelope.from).toEqual(['Мария', 'Германия'])
    expect(postcardText(card!)).not.toMatch(/\p{Script=Latin}/u)
  })

  it('waits for a person and a phrase', () => {
    expect(composePostcard(sample, draft({ phraseIds: ['hi'] }), 'en')).toBeNull()
    expect(composePostcard(sample, draft({ recipientId: 'anna' }), 'en')).toBeNull()
  })

  it('offers no postcard to a person who cannot receive letters at present', () => {
    const closed: Letters = {
      ...sample,
      recipients: [{ ...sample.recipients[0]!, receivesLetters: false, address: undefined }],
    }
    expect(composePostcard(closed, draft({ recipientId: 'anna', phraseIds: ['hi'] }), 'en')).toBeNull()
  })

  it('marks what the writer has not typed yet instead of leaving a gap', () => {
    const card = composePostcard(sample, draft({ recipientId: 'anna', phraseIds: ['me'], name: ' ' }), 'en')
    expect(card?.russian).toEqual(['Я пишу Вам из страны: ….'])
  })
})
