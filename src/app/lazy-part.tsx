import { Component, lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react'
import { translateNow } from '../i18n/common'

/**
 * A part of the app fetched when first needed (the letter page, the cells, a kiosk's screens). Offline, or when the
 * server fails, it says so in its place with a way to try again, instead of leaving the page blank. Browsers keep a
 * failed module in memory, so a second try reloads the page when the network is back.
 * @example const LetterPage = lazyPart(() => import('../letters/letter-page'))
 */
export function lazyPart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, fallback?: ReactNode) {
  const first = lazy(load)
  return function LazyPart(props: P) {
    const [attempt, setAttempt] = useState(0)
    const Part = useMemo(() => (attempt === 0 ? first : lazy(load)), [attempt])
    const retry = () => (attempt > 0 ? location.reload() : setAttempt(attempt + 1))
    return (
      <PartBoundary key={attempt} onRetry={retry}>
        <Suspense fallback={fallback ?? null}>
          <Part {...props} />
        </Suspense>
      </PartBoundary>
    )
  }
}

class PartBoundary extends Component<{ children: ReactNode; onRetry(): void }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch(error: unknown) {
    console.warn(`A part of the page could not be loaded: ${error instanceof Error ? error.message : String(error)}`)
  }
  render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="notice part-failed" role="alert" data-role="part-failed">
        <p>{translateNow('partFailed')}</p>
        <button type="button" data-role="retry" onClick={this.props.onRetry}>
          {translateNow('retry')}
        </button>
      </div>
    )
  }
}
