import { describe, expect, it } from 'vitest'
import { formatMoment, parseAddress, parseMoment, placePath, shareAddress, type Place } from '../../src/links/address'

describe('addresses of cells and testimonies', () => {
  it('reads the landing, the cell choice, a cell and a testimony at a moment, with or without a language', () => {
    expect(parseAddress('/')).toEqual({ place: { kind: 'start' }, lang: null })
    expect(parseAddress('/cells/')).toEqual({ place: { kind: 'cells' }, lang: null })
    expect(parseAddress('/cells/sizo-cell/')).toEqual({ place: { kind: 'cell', cell: 'sizo-cell' }, lang: null })
    expect(parseAddress('/cells/sizo-cell')).toEqual({ place: { kind: 'cell', cell: 'sizo-cell' }, lang: null })
    expect(parseAddress('/uk/cells/sizo-cell/sizo-window/', '?at=1:23')).toEqual({
      place: { kind: 'testimony', cell: 'sizo-cell', testimony: 'sizo-window', at: 83 },
      lang: 'uk',
    })
    expect(parseAddress('/de/')).toEqual({ place: { kind: 'start' }, lang: 'de' })
    expect(parseAddress('/cells/sizo-cell/index.html')).toEqual({
      place: { kind: 'cell', cell: 'sizo-cell' },
      lang: null,
    })
  })

  it('leads anything it cannot read to the start', () => {
    for (const path of [
      '/favicon.ico',
      '/cells/Sizo/',
      '/cells/a/b/c/',
      '/cells/../x/',
      '/fr/cells/a/',
      '/cells/%3Cb%3E/',
    ])
      expect(parseAddress(path).place, path).toEqual({ kind: 'start' })
  })

  it('writes the same addresses back, under any base', () => {
    const places: Place[] = [
      { kind: 'start' },
      { kind: 'cells' },
      { kind: 'cell', cell: 'basement' },
      { kind: 'testimony', cell: 'basement', testimony: 'basement-floor', at: null },
      { kind: 'testimony', cell: 'basement', testimony: 'basement-floor', at: 3723 },
    ]
    for (const place of places)
      for (const lang of [null, 'pl'] as const)
        for (const base of ['/', '/campaign/']) {
          const [path = '', search = ''] = placePath(place, lang, base).split('?')
          expect(parseAddress(path, search ? `?${search}` : '', base)).toEqual({ place, lang })
        }
    expect(placePath({ kind: 'testimony', cell: 'c', testimony: 't', at: 83 }, 'uk')).toBe('/uk/cells/c/t/?at=1:23')
  })

  it('shares on the public address where content names one, else on this page', () => {
    const place: Place = { kind: 'cell', cell: 'sizo-cell' }
    expect(shareAddress(place, 'en', 'https://prisonersvoice.example/', 'http://127.0.0.1:4173/cells/')).toBe(
      'https://prisonersvoice.example/en/cells/sizo-cell/',
    )
    expect(shareAddress(place, null, 'https://example.org/voice', 'http://x/')).toBe(
      'https://example.org/voice/cells/sizo-cell/',
    )
    expect(shareAddress(place, null, undefined, 'http://127.0.0.1:4173/')).toBe(
      'http://127.0.0.1:4173/cells/sizo-cell/',
    )
  })

  it('reads moments as video links write them, and refuses what is not one', () => {
    expect(parseMoment('83')).toBe(83)
    expect(parseMoment('83s')).toBe(83)
    expect(parseMoment('1m23s')).toBe(83)
    expect(parseMoment('1:23')).toBe(83)
    expect(parseMoment('1:02:03')).toBe(3723)
    for (const bad of ['', 'x', '1:75', '-3', '1.5', 'ms', '99999999', null])
      expect(parseMoment(bad), String(bad)).toBeNull()
    expect(formatMoment(83.9)).toBe('1:23')
    expect(formatMoment(3723)).toBe('1:02:03')
    expect(formatMoment(5)).toBe('0:05')
  })
})
