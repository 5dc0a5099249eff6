/**
 * A cell's interior in metres, origin at the centre of its floor: x across (`width`), y up (`height`), z from the
 * back wall (-z) to the front (+z) (`depth`). `wall` is the walls' thickness, which lies outside the interior.
 * @param {{ width: number; depth: number; height: number; wall: number }} size
 */
export function room({ width, depth, height, wall }) {
  return { width, depth, height, wall, halfWidth: width / 2, halfDepth: depth / 2 }
}
