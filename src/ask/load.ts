import { create } from 'zustand'
import { CaptionFileError, loadCaptionsNatively } from '../captions/native-vtt'
import { questionsFile, type Cell, type Language } from '../content/schema'
import { collectTestimony, type TestimonyAskSource } from './collect'
import { buildAskIndex, type AskIndex, type Suggestion } from './match'

/** A cell's Ask, in one language: its index and each testimony's questions as offered. */
export interface CellAsk {
  index: AskIndex
  /** Each testimony's questions, in the curator's order (its first is suggested). */
  offered: Suggestion[][]
}

export type CellAskLoad =
  { status: 'loading' } | { status: 'ready'; value: CellAsk } | { status: 'error'; file: string }

/** Reads one testimony's questions file, checked against the schema: a wrong one names its file. */
async function readQuestions(base: string, file: string) {
  const response = await fetch(base + file)
  if (!response.ok) throw new AskFileError(file)
  const parsed = questionsFile.safeParse(await response.json().catch(() => null))
  if (!parsed.success) throw new AskFileError(file)
  return parsed.data
}

class AskFileError extends Error {
  constructor(readonly file: string) {
    super(`ask: ${file} could not be read`)
  }
}

/**
 * Everything Ask searches in a cell, in `lang`: each testimony's questions, parts (chapters) and captions there
 * (English where it has none), read from this site only; the questions typed are matched here, on the device.
 */
async function loadCellAsk(cell: Cell, lang: Language, base: string): Promise<CellAsk> {
  const sources: TestimonyAskSource[] = await Promise.all(
    cell.testimonies
      .filter((t) => t.questions && t.chapters)
      .map(async (t) => {
        const chapters = t.chapters?.[lang] ?? t.chapters?.en ?? Object.values(t.chapters ?? {})[0] ?? ''
        const captions = t.captions[lang] ?? t.captions.en
        const [questions, parts, cues] = await Promise.all([
          readQuestions(base, t.questions ?? ''),
          loadCaptionsNatively(base + chapters, chapters),
          captions ? loadCaptionsNatively(base + captions, captions).catch(() => []) : Promise.resolve([]),
        ])
        return { cell: cell.id, testimony: t.id, questions, parts, captions: cues }
      }),
  )
  const collected = sources.map((s) => collectTestimony(s, lang))
  return {
    index: buildAskIndex(
      collected.flatMap((c) => c.parts),
      lang,
    ),
    offered: collected.map((c) => c.offered),
  }
}

interface AskState {
  /** Each cell's Ask by `cell|lang`. */
  cells: Partial<Record<string, CellAskLoad>>
  /** Reads a cell's Ask in `lang` once; a failed one is read again on the next call. */
  load(cell: Cell, lang: Language, base: string): void
}

export const askKey = (cell: string, lang: Language) => `${cell}|${lang}`

/** The Ask of each cell and language asked for: made when the visitor first opens Ask there. */
export const useAsk = create<AskState>()((set, get) => ({
  cells: {},
  load(cell, lang, base) {
    const key = askKey(cell.id, lang)
    const known = get().cells[key]
    if (known && known.status !== 'error') return
    const put = (value: CellAskLoad) => set((s) => ({ cells: { ...s.cells, [key]: value } }))
    put({ status: 'loading' })
    loadCellAsk(cell, lang, base).then(
      (value) => put({ status: 'ready', value }),
      (e: unknown) =>
        put({ status: 'error', file: e instanceof AskFileError || e instanceof CaptionFileError ? e.file : String(e) }),
    )
  },
}))
