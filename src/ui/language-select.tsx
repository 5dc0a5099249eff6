import { useLanguage, setLanguage } from '../i18n/i18n'
import { LANGUAGES, type Language } from '../i18n/languages'
import { LANGUAGE_NAMES } from '../i18n/messages'
import { useT } from '../i18n/use-t'

/** The interface language, changeable at any moment; the choice is remembered on this device. */
export function LanguageSelect({ className }: { className?: string }) {
  const t = useT()
  const lang = useLanguage()
  return (
    <label className={className}>
      <span>{t('chooseLanguage')}</span>
      <select
        value={lang}
        onChange={(e) => {
          setLanguage(e.target.value as Language)
        }}
        data-role="language"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  )
}
