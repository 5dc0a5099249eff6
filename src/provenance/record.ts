import { ContentError, explained, fetchJson, validate } from '../content/load'
import { provenance, type Provenance } from '../content/provenance'

/**
 * Fetches a cell's provenance record from the site and holds it to its schema; a record for another cell is refused.
 * @throws a ContentError naming the file and what is wrong with it
 */
export async function loadRecord(base: string, cellId: string, path: string): Promise<Provenance> {
  const json = await fetchJson(base + path, path, fetch)
  const record = await explained(() => validate(provenance, json, path))
  if (record.cell !== cellId)
    throw new ContentError(path, [`cell: the record is for "${record.cell}", not "${cellId}"`])
  return record
}
