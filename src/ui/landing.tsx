import { LANGUAGES, type Language } from '../i18n/languages'
import { MESSAGES } from '../i18n/messages'
import { useT } from '../i18n/use-t'
import { useAppStore } from '../app/app-store'

/**
 * What this is, the content note, headphones, language, and Begin. The same markup is in index.html,
 * so it shows before any script has run.
 */
export function Landing({ onBegin }: { onBegin(): void }) {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const setLang = useAppStore((s) => s.setLang)
  return (
    <main className="landing" id="landing">
      <h1 className="landing-title">{t('title')}</h1>
      <p className="landing-tagline">{t('tagline')}</p>
      <p className="landing-note">
        <strong>{t('contentNote')}</strong> {t('headphones')}
      </p>
      <label className="landing-lang">
        <span>{t('chooseLanguage')}</span>
        <select value={lang} onChange={(e) => setLang(e.target.value as Language)} data-role="language">
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {MESSAGES[l].languageName}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="begin" data-role="begin" onClick={onBegin}>
        {t('begin')}
      </button>
    </main>
  )
}
