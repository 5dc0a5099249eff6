export function usdName(text: string): string
export function uniqueName(taken: Set<string>, base: string): string
export function num(value: number): string
