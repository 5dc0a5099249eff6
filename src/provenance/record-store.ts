import { useEffect } from 'react'
import { useStore } from 'zustand'
import type { Provenance } from '../content/provenance'
import type { Cell } from '../content/schema'
import { createLazyService, type LazyServiceStore, type Loadable } from '../state/lazy-service'

/** One lazy service per record, so a record is fetched once however many views show it. */
const records = new Map<string, LazyServiceStore<Provenance>>()

function recordService(base: string, cellId: string, path: string): LazyServiceStore<Provenance> {
  const key = `${base}${path}#${cellId}`
  let service = records.get(key)
  if (!service) {
    // The schema and the loader come with the first record asked for: never on the way to the first voice.
    service = createLazyService(async () => (await import('./record')).loadRecord(base, cellId, path))
    records.set(key, service)
  }
  return service
}

/** Stands in where a cell names no record: never loaded. */
const noRecord: LazyServiceStore<Provenance> = createLazyService(() => Promise.reject(new Error('no record')))

/** A cell's provenance record as it arrives; `null` where the cell names none. Fetched on first use. */
export function useProvenanceRecord(base: string, cell: Pick<Cell, 'id' | 'provenance'>): Loadable<Provenance> | null {
  const service = cell.provenance ? recordService(base, cell.id, cell.provenance) : null
  const loadable = useStore(service ?? noRecord, (s) => s.loadable)
  // Asked again on each opening: a record that failed may be there now.
  useEffect(() => void service?.getState().load(), [service])
  return service ? loadable : null
}
