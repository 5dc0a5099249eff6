import { create } from 'zustand'
import { useSettings } from '../state/settings'
import { keepUnanswered } from './unanswered'

/** What came of one question in Ask. */
export interface AskOutcome {
  /** `answered`: a part plays; `no-answer`: the honest "no recorded answer" was said. */
  result: 'answered' | 'no-answer'
  /** Picked from the suggestions, or typed. */
  how: 'suggested' | 'typed'
  cell: string
  /** The testimony whose part plays (with `result: 'answered'`). */
  testimony?: string
  lang: string
  /** What was typed (only with `how: 'typed'`): it stays on this device. */
  typed?: string
}

/** The last question's outcome without its words, and how many there were: what counting reads (src/counting/). */
export const useAskOutcomes = create<{ last: Pick<AskOutcome, 'result' | 'testimony'> | null; asked: number }>()(
  () => ({ last: null, asked: 0 }),
)

/**
 * The one place where "a question was asked, and answered or not" happens: it publishes the outcome without the
 * question's words (counting reads that, src/counting/watch.ts), and keeps an unanswered typed question on a kiosk
 * that was set up to (`?keepUnanswered`), on the device.
 */
export function askAnswered(outcome: AskOutcome): void {
  useAskOutcomes.setState((s) => ({
    last: { result: outcome.result, testimony: outcome.testimony },
    asked: s.asked + 1,
  }))
  if (outcome.result !== 'no-answer' || outcome.how !== 'typed' || !outcome.typed) return
  if (!useSettings.getState().deployment.keepUnanswered) return
  keepUnanswered({ q: outcome.typed, lang: outcome.lang, cell: outcome.cell })
}
