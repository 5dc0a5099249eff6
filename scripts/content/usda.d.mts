export function usdName(text: string): string
export function uniqueName(taken: Set<string>, base: string): string
export function num(value: number): string
/** `[(x,y,z),…]` from a flat list taken `size` at a time, rounded to `decimals` places where given. */
export function tuples(flat: ArrayLike<number>, size: number, decimals?: number): string
/** `[1,2,3]` from integers. */
export function ints(values: Iterable<number>): string
