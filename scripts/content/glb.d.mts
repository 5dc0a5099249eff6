/** The files a GLB names beside itself (its textures), relative to it. */
export function filesBeside(glb: Buffer): string[]
/** A binary glTF from its JSON and the bytes of its one buffer. */
export function toGlb(json: object, bin: Uint8Array): Buffer
