export const PREVIEW: { width: number; height: number; maxBytes: number; type: string }
export const SITE_PREVIEW: string
export function previewPath(subject: string, lang: string): string
export const PREVIEW_INDEX: string
