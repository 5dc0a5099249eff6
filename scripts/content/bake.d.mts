import type { Document } from '@gltf-transform/core'

export const BAKED_KEY: 'bakedLight'
declare const BAKE_DEFAULTS: {
  ambient: number
  occlusionDistance: number
  maxEdge: number
  triangleCap: number
  rays: number
}
export type LightSource =
  | { kind: 'bulb'; position: readonly number[]; color?: string; power?: number; radius?: number }
  | {
      kind: 'window'
      position: readonly number[]
      size: readonly number[]
      facing: readonly number[]
      color?: string
      power?: number
    }
export interface LightDescription {
  sources?: readonly LightSource[]
  ambient?: number
  exposure?: number
}
export interface BakeReport {
  triangles: { before: number; after: number }
  vertices: number
  rays: number
  maxEdge: number
  scale: number
  seconds: number
}
export function ownLight(doc: Document): string | null
export function bakeLight(doc: Document, light: LightDescription, options?: Partial<typeof BAKE_DEFAULTS>): BakeReport
// Only what is marked `export` above is the module's (BAKE_DEFAULTS stays inside bake.mjs).
export {}
