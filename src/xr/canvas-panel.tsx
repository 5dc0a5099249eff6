import { useEffect, useMemo, type ReactNode } from 'react'
import { CanvasTexture, SRGBColorSpace } from 'three'
import { useThree, type ThreeEvent } from '@react-three/fiber'

/** Pixels per metre of panel: sharp enough to read captions at arm's length in a headset. */
const DENSITY = 1024

interface PanelText {
  text: string
  size: number
  color?: string
  weight?: 'normal' | 'bold'
}

/** A QR code block: its modules, rows of dark (true) and light, in a square of `size` metres, centred. */
interface PanelQr {
  qr: readonly (readonly boolean[])[]
  size: number
}

export type PanelBlock = PanelText | PanelQr

/** Wraps text to a width, breaking at spaces (and inside words longer than a line). */
function wrapLines(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, maxWidth: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (ctx.measureText(candidate).width <= maxWidth || !line) line = candidate
      else {
        lines.push(line)
        line = word
      }
    }
    lines.push(line)
  }
  return lines
}

/** Draws a QR code's modules, black on white, into a square of the canvas. */
function drawQr(ctx: CanvasRenderingContext2D, modules: PanelQr['qr'], x: number, y: number, size: number): void {
  const cell = size / modules.length
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(x, y, size, size)
  ctx.fillStyle = '#000000'
  modules.forEach((row, j) =>
    row.forEach((dark, i) => {
      if (dark) ctx.fillRect(Math.floor(x + i * cell), Math.floor(y + j * cell), Math.ceil(cell), Math.ceil(cell))
    }),
  )
}

/** The system's fonts: no font file is fetched. */
const FONTS = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif'

/** The smallest a panel's text is drawn to fit, against its set size: still legible at arm's length. */
const MIN_SCALE = 0.7

/** The names of the panels on show whose text did not fit even at MIN_SCALE. */
const cutPanels = new Set<string>()

/** Publishes on the scene's canvas which panels' text did not fit (`data-vr-text-cut`), for tests and integrators. */
function markCut(canvas: HTMLElement, name: string, cut: boolean) {
  if (cut) cutPanels.add(name)
  else cutPanels.delete(name)
  if (cutPanels.size) canvas.dataset.vrTextCut = [...cutPanels].join(' ')
  else delete canvas.dataset.vrTextCut
}

/**
 * Lays the blocks out top to bottom at `scale` times their set size, drawing them unless `measureOnly`; returns
 * whether any line fell below the panel's foot.
 */
function drawBlocks(
  ctx: CanvasRenderingContext2D,
  blocks: readonly PanelBlock[],
  w: number,
  h: number,
  pad: number,
  align: 'left' | 'center',
  scale: number,
  measureOnly: boolean,
): boolean {
  let y = pad
  let cut = false
  ctx.textBaseline = 'top'
  ctx.textAlign = align
  const first = blocks[0]
  if (align === 'center' && blocks.length === 1 && first && !('qr' in first)) {
    // Centre the whole text vertically too, by the lines it wraps to (a button's label in German may take two).
    const px = Math.round(first.size * scale * DENSITY)
    ctx.font = `${first.weight ?? 'normal'} ${px}px ${FONTS}`
    const lines = wrapLines(ctx, first.text, w - pad * 2).length
    y = Math.max(pad / 2, (h - px * (lines * 1.3 - 0.3)) / 2)
  }
  for (const block of blocks) {
    if ('qr' in block) {
      // A QR code keeps its size: a phone's camera must read it.
      const side = Math.round(block.size * DENSITY)
      if (y + side > h) cut = true
      else if (!measureOnly) drawQr(ctx, block.qr, Math.round((w - side) / 2), Math.round(y), side)
      y += side + pad / 2
      continue
    }
    const px = Math.round(block.size * scale * DENSITY)
    ctx.font = `${block.weight ?? 'normal'} ${px}px ${FONTS}`
    ctx.fillStyle = block.color ?? '#f2efe9'
    for (const line of wrapLines(ctx, block.text, w - pad * 2)) {
      if (y + px > h - pad / 2) {
        cut = true
        break
      }
      if (!measureOnly) ctx.fillText(line, align === 'center' ? w / 2 : pad, y)
      y += px * 1.3
    }
    y += px * 0.4
  }
  return cut
}

/**
 * A flat panel whose face is drawn with the 2D canvas API using the system's fonts: no font file is fetched,
 * and every script the interface uses (Cyrillic, Latin) renders. Redrawn only when its text changes.
 */
export function CanvasPanel({
  width,
  height,
  blocks,
  background = 'rgba(12,12,14,0.88)',
  border,
  onClick,
  name,
  children,
  position,
  align = 'left',
}: {
  width: number
  height: number
  blocks: readonly PanelBlock[]
  background?: string
  border?: string
  onClick?: (e: ThreeEvent<MouseEvent>) => void
  name?: string
  children?: ReactNode
  position?: [number, number, number]
  /** Buttons centre their label. */
  align?: 'left' | 'center'
}) {
  const domElement = useThree((s) => s.gl.domElement)
  const { canvas, texture } = useMemo(() => {
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * DENSITY)
    canvas.height = Math.round(height * DENSITY)
    const texture = new CanvasTexture(canvas)
    texture.colorSpace = SRGBColorSpace
    texture.anisotropy = 4
    return { canvas, texture }
  }, [width, height])
  useEffect(() => () => texture.dispose(), [texture])

  const key = JSON.stringify(blocks) + background + border + align
  useEffect(() => {
    const ctx = canvas.getContext('2d')
    if (!ctx) return
    const w = canvas.width
    const h = canvas.height
    ctx.clearRect(0, 0, w, h)
    ctx.fillStyle = background
    const r = Math.min(w, h) * 0.08
    ctx.beginPath()
    ctx.roundRect(0, 0, w, h, r)
    ctx.fill()
    if (border) {
      ctx.strokeStyle = border
      ctx.lineWidth = 8
      ctx.stroke()
    }
    const pad = Math.min(w, h) * 0.08
    // A long text (a room's record, a long caption) is drawn smaller until it fits, down to MIN_SCALE; what still
    // does not fit is named on the canvas (`data-vr-text-cut`), never dropped silently.
    let scale = 1
    let cut = drawBlocks(ctx, blocks, w, h, pad, align, scale, true)
    while (cut && scale > MIN_SCALE) {
      scale = Math.max(MIN_SCALE, scale - 0.05)
      cut = drawBlocks(ctx, blocks, w, h, pad, align, scale, true)
    }
    drawBlocks(ctx, blocks, w, h, pad, align, scale, false)
    if (name) markCut(domElement, name, cut)
    texture.needsUpdate = true
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, canvas, texture, domElement])
  useEffect(
    () => () => {
      if (name) markCut(domElement, name, false)
    },
    [domElement, name],
  )

  return (
    <mesh name={name} position={position} onClick={onClick}>
      <planeGeometry args={[width, height]} />
      <meshBasicMaterial map={texture} transparent toneMapped={false} />
      {children}
    </mesh>
  )
}
