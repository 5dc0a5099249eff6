import type { Material, Mesh, Object3D, Texture } from 'three'

/** Calls `visit` for every material of every mesh under `root` (a mesh may have several), with its mesh. */
export function forEachMaterial(root: Object3D, visit: (material: Material, mesh: Mesh) => void): void {
  root.traverse((o) => {
    const mesh = o as Mesh
    if (!mesh.isMesh) return
    for (const material of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) visit(material, mesh)
  })
}

/** Calls `visit` for every texture slot of `material` that holds one (`map`, `normalMap`, …), with the slot's name. */
export function forEachTexture(material: Material, visit: (texture: Texture, slot: string) => void): void {
  for (const [slot, value] of Object.entries(material)) if ((value as Texture | null)?.isTexture) visit(value, slot)
}
