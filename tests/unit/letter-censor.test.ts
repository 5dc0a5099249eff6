import { describe, expect, it } from 'vitest'
import { censorWarnings } from '../../src/letters/censor'
import { CENSOR_TERMS } from '../../src/letters/censor-terms'

const rules = (text: string) => censorWarnings(text).map((w) => w.rule)
const found = (text: string, rule: string) => censorWarnings(text).find((w) => w.rule === rule)?.found

describe('warnings on what a prison censor may stop', () => {
  it('says nothing about a plain, warm Russian text', () => {
    expect(
      censorWarnings('Здравствуйте! У нас идёт снег, дети лепят снеговика. Желаю Вам сил и свободы духа.'),
    ).toEqual([])
    expect(censorWarnings('')).toEqual([])
  })

  it('finds Latin letters, naming the words', () => {
    expect(found('Привет из Berlin и München!', 'latin')).toEqual(['Berlin', 'München'])
  })

  it('finds abbreviations in capitals, Cyrillic or Latin', () => {
    expect(found('Слава ЗСУ и NATO', 'abbreviation')).toEqual(['ЗСУ', 'NATO'])
    // One capital at the start of a word is a name, not an abbreviation.
    expect(rules('Анна и Иван')).toEqual([])
  })

  it('finds runs of digits that may read as a code, but not a small number', () => {
    expect(found('Мой номер 8 913 555-12-12', 'digits')).toEqual(['8 913 555-12-12'])
    expect(found('Встретимся 12.03.2026', 'digits')).toEqual(['12.03.2026'])
    expect(rules('У меня 2 кошки и 12 книг.')).toEqual([])
  })

  it('finds words about the war, politics and the case, in any form and case', () => {
    expect(found('Когда кончится война? После войны', 'war')).toEqual(['война', 'войны'])
    expect(found('Путин и Кремль', 'politics')).toEqual(['Путин', 'Кремль'])
    expect(found('Надеюсь, приговор отменят, адвокату привет', 'case')).toEqual(['приговор', 'адвокату'])
    // An abbreviation is a war term as well as an abbreviation.
    expect(rules('ЗСУ')).toEqual(['abbreviation', 'war'])
    // Ukrainian spellings too.
    expect(rules('війна і окупація')).toEqual(['war'])
  })

  it('matches a word from its start only, and an abbreviation only whole', () => {
    // "свобода" begins like СВО; "суд" is not on the list, so "судьба" is fine.
    expect(rules('Желаю Вам свободы, такова судьба')).toEqual([])
    expect(rules('Привет, ВСУ!')).toContain('war')
  })

  it('keeps its word list short and in lower case, abbreviations in capitals', () => {
    for (const [topic, words] of Object.entries(CENSOR_TERMS)) {
      expect(words.length, topic).toBeLessThan(25)
      for (const w of words) expect(w === w.toLowerCase() || w === w.toUpperCase(), w).toBe(true)
    }
  })
})
