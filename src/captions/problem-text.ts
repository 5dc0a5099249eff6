import type { Translate } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import type { CaptionProblem } from './caption-store'

/** Why the captions are missing, in the visitor's language, naming the file. */
export function captionProblemText(t: Translate<MessageKey>, problem: CaptionProblem): string {
  const key =
    problem.kind === 'late' ? 'captionsLate' : problem.kind === 'empty' ? 'captionsEmpty' : 'captionsUnreadable'
  return t(key, { file: problem.file })
}
