import {
  Component,
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react'
import { useT } from '../i18n/use-t'
import { isOnline, retryStep, siteAnswers, subscribeOnline } from './part-retry'

/**
 * A part of the app fetched when first needed (the letter page, the cells, a kiosk's screens). Offline, or when the
 * server fails, it says so in its place with a way to try again (and `back`, where given, a way back), instead of
 * leaving the page blank. While the browser is offline it waits for the network and tries again by itself; a second
 * Try again reloads the page, and only once the site answers (part-retry.ts).
 * @example const LetterPage = lazyPart(() => import('./letter-page'), null, () => closeLetters())
 */
export function lazyPart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fallback?: ReactNode,
  back?: () => void,
) {
  const first = lazy(load)
  return function LazyPart(props: P) {
    const [attempt, setAttempt] = useState(0)
    const [unreachable, setUnreachable] = useState(false)
    const Part = useMemo(() => (attempt === 0 ? first : lazy(load)), [attempt])
    const live = useRef(true)
    useEffect(() => {
      live.current = true
      return () => void (live.current = false)
    }, [])
    const retry = () => {
      const step = retryStep(attempt, isOnline())
      if (step === 'wait-online') return
      setUnreachable(false)
      if (step === 'in-place') return setAttempt(attempt + 1)
      void siteAnswers(location.href).then((answers) => {
        if (answers) location.reload()
        else if (live.current) setUnreachable(true)
      })
    }
    return (
      <PartBoundary key={attempt} failed={<PartFailed onRetry={retry} back={back} unreachable={unreachable} />}>
        <Suspense fallback={fallback ?? null}>
          <Part {...props} />
        </Suspense>
      </PartBoundary>
    )
  }
}

class PartBoundary extends Component<{ children: ReactNode; failed: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch(error: unknown) {
    console.warn(`A part of the page could not be loaded: ${error instanceof Error ? error.message : String(error)}`)
  }
  render() {
    return this.state.failed ? this.props.failed : this.props.children
  }
}

/** What failed, and what the visitor can do: wait for the network, try again, or go back. */
function PartFailed({ onRetry, back, unreachable }: { onRetry(): void; back?: () => void; unreachable: boolean }) {
  const t = useT()
  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true)
  const wasOffline = useRef(!online)
  // Told it would load once the network is back: it tries by itself then.
  useEffect(() => {
    if (!online) wasOffline.current = true
    else if (wasOffline.current) {
      wasOffline.current = false
      onRetry()
    }
  }, [online, onRetry])
  return (
    <div className="notice part-failed" role="alert" data-role="part-failed" data-online={String(online)}>
      <p>{online ? t(unreachable ? 'partUnreachable' : 'partFailed') : t('partOffline')}</p>
      {online && (
        <button type="button" data-role="retry" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
      {back && (
        <button type="button" data-role="part-back" onClick={back}>
          {t('back')}
        </button>
      )}
    </div>
  )
}
