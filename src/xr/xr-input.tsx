import { DefaultXRController, DefaultXRHand } from '@react-three/xr'
import { Component, lazy, Suspense, type ReactNode } from 'react'

/** A trigger or pinch held this long still selects (the library's 300 ms default misses a slow, careful press). */
export const SELECT_MS = 1500

// The models' code and files are fetched only when a session shows a controller or a hand.
const ControllerBody = lazy(() => import('./xr-bodies').then((m) => ({ default: m.ControllerBody })))
const HandBody = lazy(() => import('./xr-bodies').then((m) => ({ default: m.HandBody })))

/** A body that cannot be shown (its code could not be fetched) leaves the pointers working without it. */
class WithoutBody extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  render() {
    return this.state.failed ? null : this.props.children
  }
}

/** A controller: its own model (or the plain fallback), a ray that selects, and a grab pointer. */
export function XRController() {
  return (
    <>
      <WithoutBody>
        <Suspense fallback={null}>
          <ControllerBody />
        </Suspense>
      </WithoutBody>
      <DefaultXRController model={false} rayPointer={{ clickThresholdMs: SELECT_MS }} />
    </>
  )
}

/** A tracked hand: the generic hand model, a ray that selects with a pinch, touch and grab pointers. */
export function XRHand() {
  return (
    <>
      <WithoutBody>
        <Suspense fallback={null}>
          <HandBody />
        </Suspense>
      </WithoutBody>
      <DefaultXRHand model={false} rayPointer={{ clickThresholdMs: SELECT_MS }} />
    </>
  )
}
