import { useEffect, useRef, useState, type FormEvent } from 'react'
import { dayCountsCsv, dayOf, eventTotals, pruneDays, readDayCounts } from '../counting/day-counts'
import { COUNT_EVENTS } from '../counting/events'
import type { CacheReport } from '../offline/check'
import { safeStorage } from '../state/storage'
import { useSettings } from '../state/settings'
import { readRestarts } from './restarts'
import { codeHash } from './staff-gesture'
import { useStaffT } from './staff-messages'

/** The staff view closes itself after this long untouched, ms. */
const STAFF_IDLE_MS = 120_000

/**
 * A kiosk's staff view, opened from the attract screen by the staff gesture (staff-gesture.ts) and the staff code:
 * the counts kept on the device (today and the days before), the offline cache's health, the watchdog's recent
 * restarts, and the counts saved as a CSV file. Leaving returns to the attract screen.
 */
export default function StaffView({ onLeave }: { onLeave(): void }) {
  const t = useStaffT()
  const code = useSettings((s) => s.deployment.staffCode)
  const [open, setOpen] = useState(false)
  // Staff who walk away leave the attract screen behind them, not their view.
  useEffect(() => {
    let timer = setTimeout(onLeave, STAFF_IDLE_MS)
    const activity = () => {
      clearTimeout(timer)
      timer = setTimeout(onLeave, STAFF_IDLE_MS)
    }
    for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, activity, true)
    return () => {
      clearTimeout(timer)
      for (const type of ['pointerdown', 'keydown'] as const) window.removeEventListener(type, activity, true)
    }
  }, [onLeave])
  return (
    <main className="staff" data-role="staff-view" data-open={String(open)} aria-label={t('staffTitle')}>
      <h1>{t('staffTitle')}</h1>
      {open ? <StaffReport /> : <CodeForm code={code} onOpen={() => setOpen(true)} />}
      <button type="button" data-role="staff-leave" onClick={onLeave}>
        {t('staffLeave')}
      </button>
    </main>
  )
}

function CodeForm({ code, onOpen }: { code: string | null; onOpen(): void }) {
  const t = useStaffT()
  const input = useRef<HTMLInputElement>(null)
  const [wrong, setWrong] = useState(false)
  useEffect(() => input.current?.focus(), [])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const typed = input.current?.value ?? ''
    if (input.current) input.current.value = ''
    void codeHash(typed).then(
      (hash) => (code !== null && hash === code ? onOpen() : setWrong(true)),
      () => setWrong(true),
    )
  }
  return (
    <form onSubmit={submit} data-role="staff-code-form">
      <label>
        {t('staffCode')} <input ref={input} type="password" autoComplete="off" data-role="staff-code" />
      </label>
      <button type="submit">{t('staffOpen')}</button>
      {wrong && (
        <p role="alert" data-role="staff-wrong">
          {t('staffWrongCode')}
        </p>
      )}
    </form>
  )
}

function StaffReport() {
  const t = useStaffT()
  const keepDays = useSettings((s) => s.deployment.keepDays)
  const [counts] = useState(() => pruneDays(readDayCounts(safeStorage()), new Date(), keepDays))
  const [restarts] = useState(() => readRestarts(safeStorage()))
  const cache = useCacheReport()
  const totals = eventTotals(counts)
  const days = Object.keys(totals).sort().reverse()
  const today = totals[dayOf(new Date())] ?? {}
  const events = COUNT_EVENTS.filter((e) => days.some((d) => totals[d]?.[e]))

  const save = () => {
    const url = URL.createObjectURL(new Blob([dayCountsCsv(counts)], { type: 'text/csv' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `prisonersvoice-counts-${dayOf(new Date())}.csv`
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }

  return (
    <>
      <section data-role="staff-today">
        <h2>{t('staffToday')}</h2>
        {Object.keys(today).length === 0 ? (
          <p>{t('staffNoCounts')}</p>
        ) : (
          <dl className="staff-today">
            {COUNT_EVENTS.filter((e) => today[e]).map((e) => (
              <div key={e} data-event={e}>
                <dt>{e}</dt>
                <dd>{today[e]}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section>
        <h2>{t('staffDays')}</h2>
        {days.length > 0 && (
          <table data-role="staff-days">
            <thead>
              <tr>
                <th>{t('staffDay')}</th>
                {events.map((e) => (
                  <th key={e}>{e}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d} data-day={d}>
                  <th>{d}</th>
                  {events.map((e) => (
                    <td key={e}>{totals[d]?.[e] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <button type="button" data-role="staff-save" onClick={save}>
          {t('staffSave')}
        </button>
      </section>
      <section data-role="staff-offline">
        <h2>{t('staffOffline')}</h2>
        <p>
          {!cache
            ? t('staffOfflineChecking')
            : cache.missing.length === 0
              ? t('staffOfflineOk', { total: cache.total })
              : t('staffOfflineMissing', { count: cache.missing.length, first: cache.missing[0] ?? '' })}
        </p>
      </section>
      <section data-role="staff-restarts">
        <h2>{t('staffRestarts')}</h2>
        {restarts.length === 0 ? (
          <p>{t('staffNoRestarts')}</p>
        ) : (
          <ul>
            {[...restarts].reverse().map((r, i) => (
              <li key={i}>
                <time dateTime={r.at}>{r.at.replace('T', ' ').slice(0, 19)}</time> — {r.reason} ({r.recovery})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

/** The offline cache's answer (offline/check.ts), or null while it is asked. */
function useCacheReport(): CacheReport | null {
  const [report, setReport] = useState<CacheReport | null>(null)
  useEffect(() => {
    let live = true
    import('../offline/check')
      .then((m) => m.checkOfflineCache(20_000))
      .then(
        (r) => live && setReport(r),
        () => live && setReport({ missing: ['(the offline cache could not be asked)'], total: 0 }),
      )
    return () => {
      live = false
    }
  }, [])
  return report
}
