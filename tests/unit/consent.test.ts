import { describe, expect, it } from 'vitest'
import { cellsShown, localDay, shownHere } from '../../src/content/consent'
import type { Cell, ConsentScope, Testimony } from '../../src/content/schema'
import { venue } from '../../src/state/venue'
import { partialDateText } from '../../src/provenance/dates'

const scope = (where: ConsentScope['where'], until?: string): ConsentScope => ({
  where,
  ...(until && { until }),
  withdrawContact: 'consent@example.org',
})
const testimony = (id: string, consentScope?: ConsentScope) => ({ id, consentScope }) as Testimony
const cell = (id: string, testimonies: Testimony[]) => ({ id, testimonies }) as Cell

describe('where the visitor is', () => {
  it('is the deployment for kiosks and shared headsets, whatever the session', () => {
    expect(venue('kiosk', 'none')).toBe('kiosk')
    expect(venue('exhibition', 'none')).toBe('exhibition')
    expect(venue('exhibition', 'immersive-vr')).toBe('exhibition')
    expect(venue('exhibition', 'immersive-ar')).toBe('exhibition')
  })
  it("is the session on a visitor's own device", () => {
    expect(venue('visitor', 'none')).toBe('web')
    expect(venue('visitor', 'immersive-vr')).toBe('headset')
    expect(venue('visitor', 'immersive-ar')).toBe('ar')
  })
})

describe('a testimony is shown', () => {
  it('only where its consent scope names the place', () => {
    const t = testimony('a', scope(['web', 'headset']))
    expect(shownHere(t, 'web', '2026-01-01')).toBe(true)
    expect(shownHere(t, 'headset', '2026-01-01')).toBe(true)
    expect(shownHere(t, 'kiosk', '2026-01-01')).toBe(false)
    expect(shownHere(t, 'ar', '2026-01-01')).toBe(false)
    expect(shownHere(t, 'exhibition', '2026-01-01')).toBe(false)
  })
  it('nowhere without a consent scope', () => {
    for (const where of ['web', 'ar', 'headset', 'exhibition', 'kiosk'] as const)
      expect(shownHere(testimony('a'), where, '2026-01-01')).toBe(false)
  })
  it('up to and on its last day, not after it', () => {
    const t = testimony('a', scope(['web'], '2026-03-31'))
    expect(shownHere(t, 'web', '2026-03-30')).toBe(true)
    expect(shownHere(t, 'web', '2026-03-31')).toBe(true)
    expect(shownHere(t, 'web', '2026-04-01')).toBe(false)
    expect(shownHere(t, 'web', '2027-01-01')).toBe(false)
  })
  it("on the device's own calendar day", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31')
  })
})

describe('the cells shown', () => {
  const everywhere = testimony('everywhere', scope(['web', 'ar', 'headset', 'exhibition', 'kiosk']))
  const screenOnly = testimony('screen', scope(['web']))
  const a = cell('a', [everywhere, screenOnly])
  const b = cell('b', [everywhere])
  const cells = [a, b]

  it('are the very same array and cells where nothing is left out', () => {
    expect(cellsShown(cells, 'web', '2026-01-01')).toBe(cells)
  })
  it('leave out what may not be shown here, and keep the untouched cells as they were', () => {
    const shown = cellsShown(cells, 'kiosk', '2026-01-01')
    expect(shown).not.toBe(cells)
    expect(shown[0]?.testimonies).toEqual([everywhere])
    expect(shown[1]).toBe(b)
    expect(cells[0]?.testimonies).toHaveLength(2)
  })
  it('give back the last result where the same testimonies are left out again', () => {
    const first = cellsShown(cells, 'kiosk', '2026-01-01')
    expect(cellsShown(cells, 'headset', '2026-01-01', first)).toBe(first)
    const other = cellsShown([a, cell('b', [screenOnly])], 'kiosk', '2026-01-01', first)
    expect(other[0]).toBe(first[0])
    expect(other[1]?.testimonies).toEqual([])
  })
})

describe('dates at the precision given', () => {
  it('a year stays a year, in every language', () => {
    expect(partialDateText('2024', 'en')).toBe('2024')
    expect(partialDateText('2024', 'de')).toBe('2024')
    expect(partialDateText('2024', 'pl')).toMatch(/^2024/)
    expect(partialDateText('2024', 'uk')).toMatch(/^2024/)
    for (const lang of ['en', 'de', 'pl', 'uk'] as const)
      expect(partialDateText('2024', lang)).not.toMatch(/1|Jan|Січ|sty/)
  })
  it('a month is named, without a day', () => {
    expect(partialDateText('2024-03', 'en')).toBe('March 2024')
    expect(partialDateText('2024-03', 'de')).toBe('März 2024')
    expect(partialDateText('2024-03', 'uk')).toMatch(/березень 2024/)
    expect(partialDateText('2024-03', 'pl')).toMatch(/marzec 2024/)
  })
  it('a day is written in full', () => {
    expect(partialDateText('2024-03-05', 'en')).toBe('March 5, 2024')
    expect(partialDateText('2024-03-05', 'de')).toBe('5. März 2024')
    expect(partialDateText('2024-03-05', 'uk')).toMatch(/^5 березня 2024/)
    expect(partialDateText('2024-03-05', 'pl')).toMatch(/^5 marca 2024/)
  })
})
