export interface UsdzEntry {
  name: string
  /** Where the file's data starts in the archive. */
  offset: number
  size: number
  stored: boolean
  bytes: Uint8Array
}
export function packUsdz(entries: [string, Uint8Array][]): Uint8Array
export function usdzEntries(archive: Uint8Array): UsdzEntry[]
export function usdzProblems(entries: UsdzEntry[]): string[]
