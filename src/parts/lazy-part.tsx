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
import { isOnline, loadAgain, retryStep, siteAnswers, subscribeOnline } from './part-retry'

export interface PartOptions<N extends string> {
  /** The module's export that is the part. @default 'default' */
  name?: N
  /** Shown while the part's code arrives. @default nothing */
  fallback?: ReactNode
  /** Where given, the notice of a part that cannot be loaded also offers a way back. */
  back?: () => void
}

/**
 * A part of the app fetched when first needed (the letter page, the cells, a kiosk's screens, the panels that open
 * on a tap). Offline, or when the server fails, it says so in its place with a way to try again (and `back`, where
 * given, a way back), instead of leaving the page blank. While the browser is offline it waits for the network and
 * tries again by itself; Try again fetches the part again in place, a second one reloads the page, and only once the
 * site answers (part-retry.ts).
 * @example const LetterPage = lazyPart(() => import('./letter-page'), { name: 'LetterPage', back: closeLetters })
 */
export function lazyPart<M, N extends keyof M & string = 'default' & keyof M>(
  load: () => Promise<M>,
  { name = 'default' as N, fallback, back }: PartOptions<N> = {},
) {
  type Props = M[N] extends ComponentType<infer P> ? P & object : never
  const part = (module: M) => ({ default: module[name] as ComponentType<Props> })
  const first = lazy(() => load().then(part))
  return function LazyPart(props: Props) {
    const [attempt, setAttempt] = useState(0)
    const [unreachable, setUnreachable] = useState(false)
    const failure = useRef<unknown>(null)
    const Part = useMemo(
      () => (attempt === 0 ? first : lazy(() => loadAgain(load, failure.current, attempt).then(part))),
      [attempt],
    )
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
      <PartBoundary
        key={attempt}
        onError={(e) => void (failure.current = e)}
        failed={<PartFailed onRetry={retry} back={back} unreachable={unreachable} />}
      >
        <Suspense fallback={fallback ?? null}>
          <Part {...props} />
        </Suspense>
      </PartBoundary>
    )
  }
}

class PartBoundary extends Component<
  { children: ReactNode; failed: ReactNode; onError(error: unknown): void },
  { failed: boolean }
> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch(error: unknown) {
    this.props.onError(error)
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
