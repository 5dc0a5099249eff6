import { useSettings } from '../state/settings'
import { keepUnanswered } from './unanswered'

/** What came of one question in Ask. */
export interface AskOutcome {
  /** `answered`: a part plays; `no-answer`: the honest "no recorded answer" was said. */
  result: 'answered' | 'no-answer'
  /** Picked from the suggestions, or typed. */
  how: 'suggested' | 'typed'
  cell: string
  lang: string
  /** What was typed (only with `how: 'typed'`): it stays on this device. */
  typed?: string
}

/**
 * The one place where "a question was asked, and answered or not" happens: where counting (issue 28) will be wired,
 * with the fixed shape above and never the typed words. Today it only keeps an unanswered typed question on a kiosk
 * that was set up to (`?keepUnanswered`), on the device.
 */
export function askAnswered(outcome: AskOutcome): void {
  if (outcome.result !== 'no-answer' || outcome.how !== 'typed' || !outcome.typed) return
  if (!useSettings.getState().deployment.keepUnanswered) return
  keepUnanswered({ q: outcome.typed, lang: outcome.lang, cell: outcome.cell })
}
