import type { Language, QuestionsFile } from '../content/schema'
import type { AskPart, Suggestion } from './match'

/** A span of the recording with its text: a caption cue, or a part (its title as text). */
interface Timed {
  start: number
  end: number
  text: string
}

/** What Ask reads of one testimony, in the visitor's language. */
export interface TestimonyAskSource {
  cell: string
  testimony: string
  questions: QuestionsFile
  /** Its parts (the chapters file's cues). */
  parts: readonly Timed[]
  /** Its captions in the visitor's language, or none. */
  captions: readonly Timed[]
}

/**
 * One testimony's parts as Ask searches them, and its questions as Ask offers them (in the curator's order): each
 * part with every phrasing of its questions in `lang` (English where a question has none in it) and the captions
 * under its span.
 */
export function collectTestimony(
  source: TestimonyAskSource,
  lang: Language,
): { parts: AskPart[]; offered: Suggestion[] } {
  const phrasings = (q: QuestionsFile['questions'][number]) => q[lang] ?? q.en
  const parts = source.parts.map((span, part): AskPart => ({
    cell: source.cell,
    testimony: source.testimony,
    part,
    start: span.start,
    end: span.end,
    title: span.text,
    questions: source.questions.questions.filter((q) => q.part === part).flatMap(phrasings),
    captions: source.captions
      .filter((c) => c.start < span.end && c.end > span.start)
      .map((c) => c.text)
      .join(' '),
  }))
  const offered = source.questions.questions.flatMap((q) => {
    const part = parts[q.part]
    const text = phrasings(q)[0]
    return part && text ? [{ text, part }] : []
  })
  return { parts, offered }
}
