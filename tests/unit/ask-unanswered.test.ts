import { afterEach, describe, expect, it, vi } from 'vitest'
import { askAnswered } from '../../src/ask/outcome'
import { UNANSWERED_KEEP, keepUnanswered, readUnanswered } from '../../src/ask/unanswered'
import { readDeployment } from '../../src/state/deployment'
import { useSettings } from '../../src/state/settings'

function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  useSettings.setState({ deployment: readDeployment('') })
})

describe('unanswered questions on a kiosk', () => {
  it('is off unless a kiosk deployment turns it on', () => {
    expect(readDeployment('').keepUnanswered).toBe(false)
    expect(readDeployment('?mode=kiosk').keepUnanswered).toBe(false)
    expect(readDeployment('?mode=kiosk&keepUnanswered').keepUnanswered).toBe(true)
    const visitor = readDeployment('?keepUnanswered')
    expect(visitor.keepUnanswered).toBe(false)
    expect(visitor.problems).toEqual(['keepUnanswered: only a kiosk keeps unanswered questions'])
  })

  it('keeps only a typed question with no recorded answer, and only where turned on', () => {
    vi.stubGlobal('localStorage', memoryStorage())
    const asked = { how: 'typed', cell: 'c', lang: 'uk', typed: 'Який ваш улюблений колір?' } as const
    askAnswered({ ...asked, result: 'no-answer' })
    expect(readUnanswered()).toEqual([])
    useSettings.setState({ deployment: readDeployment('?mode=kiosk&keepUnanswered') })
    askAnswered({ ...asked, result: 'answered' })
    askAnswered({ result: 'no-answer', how: 'suggested', cell: 'c', lang: 'uk' })
    expect(readUnanswered()).toEqual([])
    askAnswered({ ...asked, result: 'no-answer' })
    expect(readUnanswered().map((u) => [u.q, u.lang, u.cell])).toEqual([['Який ваш улюблений колір?', 'uk', 'c']])
  })

  it('prunes to the latest, and to the last month', () => {
    vi.stubGlobal('localStorage', memoryStorage())
    keepUnanswered({ q: 'old', lang: 'en', cell: 'c' }, new Date('2026-01-01T12:00:00Z'))
    for (let i = 0; i < UNANSWERED_KEEP + 5; i++)
      keepUnanswered({ q: `q${i}`, lang: 'en', cell: 'c' }, new Date('2026-03-01T12:00:00Z'))
    const kept = readUnanswered()
    expect(kept).toHaveLength(UNANSWERED_KEEP)
    expect(kept.some((u) => u.q === 'old')).toBe(false)
    expect(kept.at(-1)).toEqual({ q: `q${UNANSWERED_KEEP + 4}`, lang: 'en', cell: 'c', day: '2026-03-01' })
  })
})
