import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, safeStorage } from './app/app'
import { useAppStore } from './app/app-store'
import { useSettings } from './app/settings'
import { initialLanguage } from './i18n/language'
import './ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

useAppStore.getState().setLang(initialLanguage(safeStorage(), navigator.languages ?? [navigator.language]))
const params = new URLSearchParams(location.search)
// A deployment can show external links only as QR codes (kiosks): `?links=qr`.
if (params.get('links') === 'qr') useSettings.setState({ linksAsQrOnly: true })
if (location.hash === '#letter') useAppStore.getState().openLetters()

createRoot(root).render(
  <StrictMode>
    <App root={root} base={import.meta.env.BASE_URL} />
  </StrictMode>,
)
