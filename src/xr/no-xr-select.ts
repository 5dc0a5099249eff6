import { useEffect, useRef } from 'react'

/** Taps on the page's own controls in handheld AR must not also place the cell (WebXR DOM Overlay spec). */
export function useNoXRSelect(root: HTMLElement) {
  const ref = useRef(root)
  useEffect(() => {
    const el = ref.current
    const block = (e: Event) => {
      if ((e.target as Element | null)?.closest?.('[data-no-xr-select], button, a, select')) e.preventDefault()
    }
    el.addEventListener('beforexrselect', block)
    return () => el.removeEventListener('beforexrselect', block)
  }, [])
}
