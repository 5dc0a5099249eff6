import { Component, useEffect, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react'
import { useT } from '../i18n/use-t'
import { fetchWouldFail, isOnline, loadAgain, retryStep, siteAnswers, subscribeOnline } from './part-retry'

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
  const part = (module: M) => module[name] as ComponentType<Props>
  // Fetched once for every place that shows the part; a failure is not kept, so Try again asks anew.
  let loaded: ComponentType<Props> | null = null
  let loading: Promise<ComponentType<Props>> | null = null
  const fetchPart = (attempt: number, failure: unknown) => {
    if (loading) return loading
    const fetched = attempt === 0 ? load() : loadAgain(load, failure, attempt)
    loading = fetched.then(part).then(
      (Part) => (loaded = Part),
      (e: unknown) => {
        loading = null
        throw e
      },
    )
    return loading
  }
  return function LazyPart(props: Props) {
    const [attempt, setAttempt] = useState(0)
    const [unreachable, setUnreachable] = useState(false)
    // Held in state, not thrown to a Suspense boundary: React holds back content that follows a fallback for some
    // 300 ms, longer than a tap should wait for a panel (docs/product.md: 100 ms).
    const [Part, setPart] = useState<ComponentType<Props> | null>(() => loaded)
    const [failed, setFailed] = useState(false)
    // What the last fetch failed with: it names the address to ask again under a fresh one
    const failure = useRef<unknown>(null)
    const live = useRef(true)
    useEffect(() => {
      live.current = true
      return () => void (live.current = false)
    }, [])
    useEffect(() => {
      if (Part) return
      // Offline it waits for the network (PartFailed asks again on `online`) rather than fail for good.
      if (fetchWouldFail()) return void setFailed(true)
      let current = true
      fetchPart(attempt, failure.current).then(
        (fetched) => current && setPart(() => fetched),
        (e: unknown) => {
          console.warn(`A part of the page could not be loaded: ${e instanceof Error ? e.message : String(e)}`)
          failure.current = e
          if (current) setFailed(true)
        },
      )
      return () => void (current = false)
    }, [attempt, Part])
    const retry = () => {
      const step = retryStep(attempt, isOnline())
      if (step === 'wait-online') return
      setUnreachable(false)
      if (step === 'in-place') {
        setFailed(false)
        return setAttempt(attempt + 1)
      }
      void siteAnswers(location.href).then((answers) => {
        if (answers) location.reload()
        else if (live.current) setUnreachable(true)
      })
    }
    const notice = <PartFailed onRetry={retry} back={back} unreachable={unreachable} />
    if (failed) return notice
    if (!Part) return fallback ?? null
    return (
      <PartBoundary key={attempt} failed={notice}>
        <Part {...props} />
      </PartBoundary>
    )
  }
}

/** A part whose code came but fails as it is drawn: the same notice, in its place. */
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
