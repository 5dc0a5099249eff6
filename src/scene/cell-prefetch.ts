import { prefetchModel } from '../models/model-fetch'
import { useRuntime } from './runtime-store'

/**
 * Everything the first frame of a cell needs, asked for at once and in parallel: the 3D runtime, the model and the
 * model's mesh decoder. Called when a cell is chosen (before its view, and the canvas, exist) and, for the first
 * cell, while the visitor reads the cards. Asking twice costs nothing.
 */
export function prefetchCell(modelUrl: string): void {
  void useRuntime.getState().load()
  prefetchModel(modelUrl)
  void import('three/examples/jsm/libs/meshopt_decoder.module.js').catch(() => undefined)
}

/** Runs `work` when the page is idle (the cards are on screen and answer taps first); returns a cancel. */
export function whenIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(work, { timeout: 2000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(work, 200) // Safari before 26 has no requestIdleCallback
  return () => clearTimeout(id)
}
