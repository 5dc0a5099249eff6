import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, safeStorage } from './app/app'
import { useAppStore } from './app/app-store'
import { initialLanguage } from './i18n/language'
import './ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

useAppStore.getState().setLang(initialLanguage(safeStorage(), navigator.languages ?? [navigator.language]))

createRoot(root).render(
  <StrictMode>
    <App root={root} base={import.meta.env.BASE_URL} />
  </StrictMode>,
)
