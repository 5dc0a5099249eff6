import { explained, fetchJson, validate } from '../content/load'
import { letters, type Letters } from './schema'

export function parseLetters(data: unknown, file: string): Letters {
  return validate(letters, data, file)
}

/** The letter directory and the postcard phrases. */
export async function loadLetters(base: string, fetchImpl: typeof fetch = fetch): Promise<Letters> {
  const file = 'content/letters.json'
  const json = await fetchJson(base + file, file, fetchImpl)
  return explained(() => parseLetters(json, file))
}
