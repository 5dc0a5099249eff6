export function cspSafeTranscoder(js: string): string
