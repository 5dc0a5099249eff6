import { describe, expect, it } from 'vitest'
import { ContentError, parseLetters } from '../../src/content/load'
import type { Letters } from '../../src/content/schema'
import { composePostcard, postcardText } from '../../src/letters/composer'
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
      expect(r.address.join(' ')).toMatch(/ДЕМО/)
    }
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

  it('builds the Russian text in postcard order, fills the names, and signs it', () => {
    const card = composePostcard(
      sample,
      { recipientId: 'anna', phraseIds: ['bye', 'me', 'hi', 'not-alone'], name: 'Maria', country: 'Polska' },
      'uk',
    )
    expect(card?.russian).toEqual([
      'Здравствуйте, Анна Ивановна!',
      'Вы не одни.',
      'Я пишу Вам из страны: Polska.',
      'С теплом,',
      'Maria',
    ])
    expect(card?.translation).toEqual([
      'Вітаю, Анна Демо!',
      'Ви не самі.',
      'Я пишу з країни: Polska.',
      'З теплом,',
      'Maria',
    ])
    expect(card?.envelope.to).toEqual(['Демо Анна Ивановна, 1970 г. р.', 'ДЕМО-АДРЕС', '000000, Пример'])
    expect(card?.envelope.from).toEqual(['Maria', 'Polska'])
    expect(postcardText(card!)).toBe(
      'Здравствуйте, Анна Ивановна!\nВы не одни.\nЯ пишу Вам из страны: Polska.\nС теплом,\nMaria\n\n—\nДемо Анна Ивановна, 1970 г. р.\nДЕМО-АДРЕС\n000000, Пример',
    )
  })

  it('waits for a person and a phrase', () => {
    expect(composePostcard(sample, { recipientId: null, phraseIds: ['hi'], name: '', country: '' }, 'en')).toBeNull()
    expect(composePostcard(sample, { recipientId: 'anna', phraseIds: [], name: '', country: '' }, 'en')).toBeNull()
  })

  it('marks what the writer has not typed yet instead of leaving a gap', () => {
    const card = composePostcard(sample, { recipientId: 'anna', phraseIds: ['me'], name: ' ', country: '' }, 'en')
    expect(card?.russian).toEqual(['Я пишу Вам из страны: ….'])
  })
})
