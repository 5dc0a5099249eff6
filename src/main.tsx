import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, safeStorage } from './app/app'
import { useAppStore } from './app/app-store'
import { useSettings } from './app/settings'
import { locale } from './i18n/i18n'
import { initialLanguage } from './i18n/language'
import './ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const lang = initialLanguage(safeStorage(), navigator.languages ?? [navigator.language])
// The interface text follows the app's language; other languages' text downloads when first needed.
useAppStore.subscribe((s) => locale.set(s.lang))
useAppStore.getState().setLang(lang)
const params = new URLSearchParams(location.search)
// A deployment can show external links only as QR codes (kiosks): `?links=qr`.
if (params.get('links') === 'qr') useSettings.setState({ linksAsQrOnly: true })
if (location.hash === '#letter') useAppStore.getState().openLetters()

createRoot(root).render(
  <StrictMode>
    <App root={root} base={import.meta.env.BASE_URL} />
  </StrictMode>,
)
