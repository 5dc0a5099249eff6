import type { Direction } from '../look/direction'
import { defineMessages, useTranslator } from '../i18n/i18n'
import { a11yEn, type A11yKey } from './messages-en'

/** Screen-reader text: English bundled, the other languages downloaded when chosen. */
const a11yMessages = defineMessages(
  'a11y',
  a11yEn,
  async (lang) => (await import('./messages-translations')).A11Y[lang],
)

/** The translator for screen-reader text in the visitor's language. */
export const useA11yT = () => useTranslator<A11yKey>(a11yMessages)

/** The message that says a direction. */
export const DIRECTION_TEXT: Record<Direction, A11yKey> = {
  ahead: 'dir_ahead',
  aheadLeft: 'dir_aheadLeft',
  aheadRight: 'dir_aheadRight',
  left: 'dir_left',
  right: 'dir_right',
  behindLeft: 'dir_behindLeft',
  behindRight: 'dir_behindRight',
  behind: 'dir_behind',
}
