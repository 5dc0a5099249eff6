import { useEffect, useState } from 'react'
import { useStartedAudioEngine } from '../audio/audio-store'
import type { Caption } from '../captions/cue-index'
import { loadCaptionsNatively } from '../captions/native-vtt'
import { localize } from '../content/localize'
import type { Testimony } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { splitTranscript } from './transcript-split'
import { useParts } from './use-parts'
import './parts.css'

/**
 * A testimony's transcript with its parts' titles as headings at their places, each part startable from its heading.
 * Its chapters and the captions it places them by are read when the transcript is opened.
 */
export function TranscriptParts({ testimony, base }: { testimony: Testimony; base: string }) {
  const engine = useStartedAudioEngine()
  const lang = useLanguage()
  const { load, start } = useParts(engine, testimony)
  const transcript = localize(testimony.transcript, lang)
  const captionFile = testimony.captions[transcript.lang] ?? null
  const [cues, setCues] = useState<{ file: string; list: Caption[] } | null>(null)
  useEffect(() => {
    if (!captionFile) return
    let live = true
    loadCaptionsNatively(base + captionFile, captionFile).then(
      (list) => live && setCues({ file: captionFile, list }),
      () => live && setCues({ file: captionFile, list: [] }),
    )
    return () => {
      live = false
    }
  }, [base, captionFile])
  const parts = load?.status === 'ready' ? load.parts : null
  if (!parts || !parts.length) return <p lang={transcript.lang}>{transcript.text}</p>
  const texts = splitTranscript(transcript.text, parts, cues?.file === captionFile ? cues.list : [])
  return (
    <div className="transcript-parts" data-role="transcript-parts">
      {parts.map((part, i) => (
        <section key={i} data-transcript-part={i}>
          <h3>
            <button type="button" data-role="transcript-part" onClick={() => start(part)}>
              {part.title}
            </button>
          </h3>
          {texts[i] && <p lang={transcript.lang}>{texts[i]}</p>}
        </section>
      ))}
    </div>
  )
}
