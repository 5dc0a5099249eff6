import type { Document, NodeIO } from '@gltf-transform/core'
import type { LightDescription } from './bake.mjs'
import type { ModelStats, OptimisedModel } from './commands.mjs'
export function modelStats(file: string): Promise<ModelStats>
export function modelIO(): Promise<NodeIO>
export function readModel(file: string): Promise<Document>
export function optimizeModel(
  input: string,
  output: string,
  options?: { light?: LightDescription },
): Promise<OptimisedModel>
export function countGeometry(doc: Document): { triangles: number; drawCalls: number }
