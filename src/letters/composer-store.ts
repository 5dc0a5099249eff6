import { create } from 'zustand'
import { onStartOver } from '../state/start-over'
import { EMPTY_DRAFT, type Draft } from './composer'

interface ComposerState extends Draft {
  setRecipient(id: string | null): void
  togglePhrase(id: string): void
  setName(name: string): void
  /** Corrects the name in Cyrillic; '' or the transliteration itself hands it back to the transliteration. */
  setNameRu(nameRu: string | null): void
  setCountry(countryCode: string): void
  setOwnWords(text: string): void
  clear(): void
}

/** The postcard being written; in memory only, emptied by "Start again" (and by a kiosk's reset). */
export const useComposer = create<ComposerState>()((set) => ({
  ...EMPTY_DRAFT,
  setRecipient: (recipientId) => set({ recipientId }),
  togglePhrase: (id) =>
    set((s) => ({ phraseIds: s.phraseIds.includes(id) ? s.phraseIds.filter((p) => p !== id) : [...s.phraseIds, id] })),
  setName: (name) => set({ name }),
  setNameRu: (nameRu) => set({ nameRu }),
  setCountry: (countryCode) => set({ countryCode }),
  setOwnWords: (ownWords) => set({ ownWords }),
  clear: () => set(EMPTY_DRAFT),
}))

onStartOver(() => useComposer.getState().clear())
