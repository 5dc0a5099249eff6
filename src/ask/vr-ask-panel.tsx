import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { useStartedAudioEngine } from '../audio/audio-store'
import { localize } from '../content/localize'
import type { Cell } from '../content/schema'
import { useLanguage } from '../i18n/i18n'
import { playTestimony } from '../testimonies/play'
import { CanvasPanel } from '../xr/canvas-panel'
import { VR_ASK } from '../xr/vr-layout'
import { askKey, useAsk } from './load'
import { ASK_SUGGESTIONS, suggestions, type AskPart, type Suggestion } from './match'
import { useAskT } from './messages'
import { askAnswered } from './outcome'

/**
 * Ask's column in a headset: what it says (the way to use it, or whose voice is heard and which part), and the
 * suggested questions under it, each a panel a ray or a pinch selects. A question picked plays its part from the
 * speaker's spot, as on screen. The column's words are published on the canvas as `data-vr-ask`, and the questions'
 * parts, in their order, as `data-vr-ask-questions` (`<testimony>#<part>` each).
 */
export default function VRAskPanel({ cell, base }: { cell: Cell; base: string }) {
  const t = useAskT()
  const lang = useLanguage()
  const engine = useStartedAudioEngine()
  const load = useAsk((s) => s.cells[askKey(cell.id, lang)] ?? null)
  useEffect(() => useAsk.getState().load(cell, lang, base), [cell, lang, base])
  const [heard, setHeard] = useState<{ lang: string; part: AskPart } | null>(null)
  // a new language is a new index: the part heard is named again only once picked there
  const part = heard?.lang === lang ? heard.part : null
  const offered = load?.status === 'ready' ? suggestions(load.value.offered, ASK_SUGGESTIONS) : []
  const testimony = part && cell.testimonies.find((x) => x.id === part.testimony)
  const said =
    load?.status === 'error'
      ? t('problem', { file: load.file })
      : load?.status !== 'ready'
        ? t('reading')
        : testimony && part
          ? t('answer', {
              speaker: localize(testimony.speaker.label, lang).text,
              part: part.title,
              testimony: localize(testimony.title, lang).text,
            })
          : t('vrIntro')
  const pick = (s: Suggestion) => {
    const picked = cell.testimonies.find((x) => x.id === s.part.testimony)
    if (!picked) return
    askAnswered({ result: 'answered', how: 'suggested', cell: cell.id, testimony: picked.id, lang })
    setHeard({ lang, part: s.part })
    playTestimony(engine, picked, s.part.start)
  }

  const domElement = useThree((s) => s.gl.domElement)
  const text = [t('title'), said, ...offered.map((s) => s.text)].join('\n')
  const targets = offered.map((s) => `${s.part.testimony}#${s.part.part}`).join(' ')
  useEffect(() => {
    domElement.dataset.vrAsk = text
    domElement.dataset.vrAskQuestions = targets
  }, [domElement, text, targets])
  useEffect(
    () => () => {
      delete domElement.dataset.vrAsk
      delete domElement.dataset.vrAskQuestions
    },
    [domElement],
  )
  return (
    <group name="vr-ask" position={[VR_ASK.x, 0, 0]}>
      <CanvasPanel
        name="vr-ask-said"
        width={VR_ASK.width}
        height={VR_ASK.sayHeight}
        position={[0, VR_ASK.top, 0]}
        background="rgba(20,19,22,0.95)"
        border={part ? '#7ad3ff' : undefined}
        blocks={[
          { text: t('title'), size: 0.026, weight: 'bold', color: '#ffd27a' },
          { text: said, size: 0.02 },
        ]}
      />
      {offered.map((s, i) => {
        const chosen = part?.testimony === s.part.testimony && part.part === s.part.part
        return (
          <CanvasPanel
            key={`${s.part.testimony}#${s.part.part}#${s.text}`}
            name={`vr-ask-question-${i}`}
            width={VR_ASK.width}
            height={VR_ASK.height}
            position={[0, VR_ASK.questionsTop - i * VR_ASK.step, 0]}
            background={chosen ? 'rgba(18,50,71,0.95)' : 'rgba(36,35,31,0.92)'}
            border={chosen ? '#7ad3ff' : undefined}
            blocks={[{ text: `${chosen ? '▶ ' : ''}${s.text}`, size: 0.022, weight: 'bold' }]}
            onClick={() => pick(s)}
          />
        )
      })}
    </group>
  )
}
