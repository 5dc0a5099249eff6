export interface MaterialSpec {
  color?: string
  texture?: string
  tint?: string
  roughness?: number
  metallic?: number
  emissive?: string
}
export class CellBuilder {
  constructor(id: string)
  id: string
  material(name: string, spec: MaterialSpec): void
  box(mat: string, min: number[], max: number[], skip?: string[]): void
  boxAt(mat: string, center: number[], size: number[], skip?: string[]): void
  anchor(name: string, position: number[]): void
}
