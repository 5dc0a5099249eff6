import type { Translate } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import type { PlaybackProblem } from './testimony-player'

/** What went wrong with a recording, in the visitor's language, naming the file (for whoever looks after the site). */
export function playbackProblemText(t: Translate<MessageKey>, problem: PlaybackProblem): string {
  switch (problem.kind) {
    case 'unplayable':
      return t('recordingUnplayable', { file: problem.file })
    case 'stalled':
      return t('recordingStalled', { file: problem.file })
    case 'incomplete':
      return t('recordingIncomplete', { file: problem.file, heard: problem.heard, expected: problem.expected })
  }
}
