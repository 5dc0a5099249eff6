import { setLanguage, useLanguage, useLanguageProblem } from '../i18n/i18n'
import { LANGUAGES, type Language } from '../i18n/languages'
import { LANGUAGE_NAMES } from '../i18n/messages'
import { useT } from '../i18n/use-t'

/** The interface language, changeable at any moment; the choice is remembered on this device. */
export function LanguageSelect({ className }: { className?: string }) {
  const t = useT()
  const lang = useLanguage()
  const failed = useLanguageProblem()
  return (
    <>
      <label className={className}>
        <span>{t('chooseLanguage')}</span>
        <select
          value={lang}
          onChange={(e) => {
            void setLanguage(e.target.value as Language)
          }}
          data-role="language"
          aria-label={t('chooseLanguage')}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {failed && (
        <p className="notice language-problem" role="alert" data-role="language-problem">
          {t('languageFailed', { language: LANGUAGE_NAMES[failed] })}
        </p>
      )}
    </>
  )
}
