import { useEffect, useRef, useState } from 'react'
import { useFocusOnOpen } from '../a11y/focus'
import { ExternalLink } from '../actions/external-link'
import { isolate, localize } from '../content/localize'
import { receivesLetters, type Letters } from './schema'
import { useLanguage } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { useAppStore } from '../state/app-store'
import { useContent } from '../state/content-store'
import { ContentProblems } from '../ui/content-problems'
import { LanguageSelect } from '../ui/language-select'
import { useComposer } from './composer-store'
import { Composer } from './postcard-composer'
import { useLettersT } from './use-letters-t'
import './letters.css'

/**
 * Write a letter: why letters matter, how to write so a letter gets through, people to write to, and a postcard
 * composer in Russian with a translation beside it. Everything typed stays on this device.
 */
export function LetterPage({ base }: { base: string }) {
  const t = useLettersT()
  const close = useAppStore((s) => s.closeLetters)
  const [letters, setLetters] = useState<Letters | null>(null)
  const [error, setError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusOnOpen(heading)

  useEffect(() => {
    let live = true
    import('./load-letters')
      .then((m) => m.loadLetters(base))
      .then(
        (l) => live && setLetters(l),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      )
    return () => {
      live = false
    }
  }, [base])

  return (
    <main className="letter-page" data-role="letter-page">
      <header className="letter-header">
        <button type="button" data-role="letters-back" onClick={close}>
          ← {t('back')}
        </button>
        <h1 ref={heading} tabIndex={-1}>
          {t('pageTitle')}
        </h1>
        <LanguageSelect className="top-lang" />
      </header>
      {error && <ContentProblems problems={[error]} />}
      <Why />
      <Rules letters={letters} />
      {letters && <Directory letters={letters} />}
      {letters && <Composer letters={letters} />}
    </main>
  )
}

function Why() {
  const t = useLettersT()
  return (
    <section className="letter-why">
      <h2>{t('whyTitle')}</h2>
      <p>{t('whyWatching')}</p>
      <p>{t('whyAbroad')}</p>
      <p>{t('whySupport')}</p>
    </section>
  )
}

function Rules({ letters }: { letters: Letters | null }) {
  const t = useLettersT()
  const lang = useLanguage()
  const route = letters && localize(letters.donbasRoute.text, lang)
  return (
    <section className="letter-rules">
      <h2>{t('rulesTitle')}</h2>
      <ul>
        <li>{t('ruleRussian')}</li>
        <li>{t('ruleNeutral')}</li>
        <li>{t('ruleAvoid')}</li>
        <li>{t('ruleSender')}</li>
        <li>{t('ruleEnvelope')}</li>
        <li>{t('ruleReply')}</li>
        <li>
          {t('ruleDonbas')}{' '}
          {letters && route && (
            <ExternalLink url={letters.donbasRoute.url} qrLabel={route.text} qrSize={120} lang={route.lang}>
              {route.text}
            </ExternalLink>
          )}
        </li>
      </ul>
    </section>
  )
}

function Directory({ letters }: { letters: Letters }) {
  const t = useLettersT()
  const common = useT()
  const lang = useLanguage()
  const setRecipient = useComposer((s) => s.setRecipient)
  return (
    <section className="letter-directory">
      <h2>{t('directoryTitle')}</h2>
      {letters.demo && <p className="demo-note">{t('demoDirectory')}</p>}
      <ul>
        {letters.recipients.map((r) => {
          const name = localize(r.name, lang)
          const who = localize(r.who, lang)
          const heldAt = localize(r.heldAt, lang)
          return (
            <li key={r.id} className="recipient" data-recipient={r.id}>
              <h3 lang={name.lang}>
                <bdi>{name.text}</bdi> {r.demo && <span className="demo-badge">{common('demo')}</span>}
              </h3>
              <p>
                {t('born', { year: r.yearOfBirth })} · <span lang={who.lang}>{who.text}</span>
              </p>
              <p>
                {t('heldAt')}: <span lang={heldAt.lang}>{heldAt.text}</span>
              </p>
              {receivesLetters(r) ? (
                <>
                  <p className="address" lang="ru">
                    {t('address')}: {r.address?.join(', ')}
                  </p>
                  <button
                    type="button"
                    onClick={() => {
                      setRecipient(r.id)
                      document.getElementById('composer')?.scrollIntoView({ behavior: 'smooth' })
                    }}
                  >
                    {t('writeTo', { name: isolate(name.text) })}
                  </button>
                </>
              ) : (
                <CannotReceive name={name.text} />
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** In place of the address and the composer: said plainly, with the petition to sign instead. */
function CannotReceive({ name }: { name: string }) {
  const t = useLettersT()
  const lang = useLanguage()
  const content = useContent((s) => s.loadable)
  const petition = content.status === 'ready' ? content.value.manifest.actions.petition : null
  const title = petition && localize(petition.title, lang)
  return (
    <div className="cannot-receive" data-role="cannot-receive">
      <p>
        <strong>{t('cannotReceive', { name: isolate(name) })}</strong> {t('cannotReceiveHelp')}
      </p>
      {petition && title ? (
        <ExternalLink
          url={petition.url}
          qrLabel={title.text}
          qrSize={120}
          lang={title.lang}
          action="petition"
          className="button-link"
        >
          {title.text}
        </ExternalLink>
      ) : (
        <p>{t('cannotReceiveTake')}</p>
      )}
    </div>
  )
}
