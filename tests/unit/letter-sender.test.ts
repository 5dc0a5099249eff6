import { describe, expect, it } from 'vitest'
import { SENDER_COUNTRIES, countryInRussian, countryOptions, toRussianCyrillic } from '../../src/letters/sender'

const LATIN = /\p{Script=Latin}/u
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ'’ʼ]/u

describe("the sender's name in Russian Cyrillic", () => {
  it.each([
    ['Anna Schmidt', 'Анна Шмидт'],
    ['Jan Kowalski', 'Ян Ковалски'],
    ['Katarzyna Wójcik', 'Катажына Вуйцик'],
    ['Jürgen Müller', 'Юрген Мюллер'],
    ['Łukasz Nowak', 'Лукаш Новак'],
    ['Marcin Wiśniewski', 'Марцин Висьниевски'],
    ['Oleksandr Shevchenko', 'Олександр Шевченко'],
    ['Zhanna Kharchenko', 'Жанна Харченко'],
    ['Xavier Quentin', 'Ксавиер Квентин'],
  ])('transliterates the Latin name %s as %s', (latin, cyrillic) => {
    expect(toRussianCyrillic(latin)).toBe(cyrillic)
  })

  it.each([
    ['Олександр Їжак', 'Олександр Ижак'],
    ["Мар'яна Ґудзь", 'Марьяна Гудзь'],
    ['Євгенія Іванів', 'Евгения Иванив'],
  ])('brings the Ukrainian name %s to the Russian alphabet: %s', (uk, ru) => {
    expect(toRussianCyrillic(uk)).toBe(ru)
  })

  it('leaves a Russian name as it is, and tidies spaces', () => {
    expect(toRussianCyrillic('  Анна   Петрова ')).toBe('Анна Петрова')
  })

  it('never leaves a Latin or Ukrainian-only letter behind, whatever European name is typed', () => {
    const names = [
      'Zoë Brontë',
      'François Øster',
      'Grzegorz Brzęczyszczykiewicz',
      'Dorothea Tschech',
      'Åsa Ljungqvist',
      'Željko Čović',
      'Ingrid Þórsdóttir',
      'Yvonne Hughes',
      'Їжачок Ґава',
      'İlker Şahin',
    ]
    for (const name of names) {
      const ru = toRussianCyrillic(name)
      expect(ru, name).not.toMatch(LATIN)
      expect(ru, name).not.toMatch(UKRAINIAN_ONLY)
      expect(ru.length, name).toBeGreaterThan(3)
    }
  })
})

describe("the sender's country in Russian", () => {
  it('names countries as Russian does', () => {
    expect(countryInRussian('DE')).toBe('Германия')
    expect(countryInRussian('PL')).toBe('Польша')
    expect(countryInRussian('UA')).toBe('Украина')
    expect(countryInRussian('GB')).toBe('Великобритания')
  })

  it('has a Russian name in Cyrillic for every country on offer', () => {
    for (const code of SENDER_COUNTRIES) {
      const name = countryInRussian(code)
      expect(name, code).toMatch(/^[\p{Script=Cyrillic}\s-]+$/u)
      expect(name, code).not.toBe(code)
    }
  })

  it("offers the countries in the writer's language, sorted as that language sorts", () => {
    const de = countryOptions('de')
    expect(de).toHaveLength(SENDER_COUNTRIES.length)
    expect(de.find((c) => c.code === 'DE')?.name).toBe('Deutschland')
    expect(countryOptions('pl').find((c) => c.code === 'DE')?.name).toBe('Niemcy')
    expect(countryOptions('uk').find((c) => c.code === 'DE')?.name).toBe('Німеччина')
    const names = de.map((c) => c.name)
    expect(names).toEqual([...names].sort(new Intl.Collator('de').compare))
    // Österreich sorts with O in German, not after Z.
    expect(names.indexOf('Österreich')).toBeLessThan(names.indexOf('Polen'))
  })
})
