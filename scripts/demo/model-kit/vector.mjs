// 3-vectors as [x, y, z] arrays, and the axis tables the model kit builds faces from.

/** @typedef {number[]} Vec [x, y, z] */
/** @typedef {'x' | 'y' | 'z'} Axis */

/** @type {(a: Vec, b: Vec) => Vec} */
export const sub = (a, b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
/** @type {(a: Vec, b: Vec) => Vec} */
export const add = (a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
/** @type {(a: Vec, s: number) => Vec} */
export const scale = (a, s) => [a[0] * s, a[1] * s, a[2] * s]
/** @type {(a: Vec, b: Vec) => number} */
export const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
/** @type {(a: Vec, b: Vec) => Vec} */
export const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
/** @type {(a: Vec) => Vec} */
export const normalize = (a) => {
  const l = Math.hypot(a[0], a[1], a[2])
  return [a[0] / l, a[1] / l, a[2] / l]
}
/** @type {Record<Axis, Vec>} */
export const AXES = { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] }

/**
 * For each axis, two tangent axes u, v with u x v along it (right-handed).
 * @type {Record<Axis, [Axis, Axis]>}
 */
export const TANGENTS = { x: ['y', 'z'], y: ['z', 'x'], z: ['x', 'y'] }

/**
 * @param {Axis} axis
 * @returns {number}
 */
export function axisIndex(axis) {
  return { x: 0, y: 1, z: 2 }[axis]
}
