/**
 * Measures of a page's layout, run inside the page: plain functions with no imports, so that Playwright's
 * `page.evaluate` and WebKit's WebDriver (`probeScript`) run the very same code.
 */

/** The sizes a phone shows the cell at: held upright, and turned on its side. */
export const PHONE_SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 430, height: 932 },
  { width: 844, height: 390 },
  { width: 640, height: 360 },
] as const

export interface RoomShare {
  /** Share of the grid's points where a tap reaches the room. */
  share: number
  /** What the other points reached, by element, with how many points each. */
  blockers: Record<string, number>
}

/**
 * Samples a grid of points `step` px apart over the viewport and counts those where a tap reaches the room: the
 * scene's canvas, or the element that hosts it (with the marker buttons standing in it).
 */
export function roomShare(step: number): RoomShare {
  const name = (el: Element | null) =>
    el
      ? el.tagName.toLowerCase() +
        (typeof el.className === 'string' && el.className.trim()
          ? '.' + el.className.trim().split(/\s+/).join('.')
          : '') +
        ((el as HTMLElement).dataset?.role ? `[data-role=${(el as HTMLElement).dataset.role}]` : '')
      : 'nothing'
  const host = document.querySelector('canvas[data-role="scene"]')?.closest('.scene-host') ?? null
  let room = 0
  let total = 0
  const blockers: Record<string, number> = {}
  for (let y = step / 2; y < window.innerHeight; y += step)
    for (let x = step / 2; x < window.innerWidth; x += step) {
      total++
      const hit = document.elementFromPoint(x, y)
      if (hit && host?.contains(hit)) room++
      else {
        const key = name(hit)
        blockers[key] = (blockers[key] ?? 0) + 1
      }
    }
  return { share: total ? room / total : 0, blockers }
}

/**
 * Pairs of visible text boxes that overlap by more than `slack` px both ways. A box is a line of a text node (its
 * Range rects), cut to what its scrolling or clipping ancestors show, and counted only where the text itself is on
 * top at one of its points (so a label hidden behind an opaque sheet is not counted as lying under the sheet's text).
 */
export function textOverlaps(slack: number): string[] {
  interface Box {
    node: Text
    label: string
    rect: { left: number; top: number; right: number; bottom: number }
  }
  // Text under `pointer-events: none` (captions, the hint) is found by elementFromPoint only while it takes taps.
  const style = document.createElement('style')
  style.textContent = '* { pointer-events: auto !important; }'
  document.head.append(style)
  const boxes: Box[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement
    if (!parent || !node.data.trim()) continue
    if (parent.closest('script, style, noscript, template, option, select')) continue
    // What a closed disclosure holds is not shown, though the browser still lays it out when asked.
    const closed = parent.closest('details:not([open])')
    if (closed && !parent.closest('summary')?.parentElement?.isSameNode(closed)) continue
    const css = getComputedStyle(parent)
    if (css.visibility !== 'visible' || Number(css.opacity) === 0) continue
    // What the ancestors that clip let show of the text.
    let clip = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
    for (let el: Element | null = parent; el; el = el.parentElement) {
      const s = getComputedStyle(el)
      if (Number(s.opacity) === 0) clip = { left: 0, top: 0, right: 0, bottom: 0 }
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.clipPath !== 'none') {
        const r = el.getBoundingClientRect()
        clip = {
          left: Math.max(clip.left, r.left),
          top: Math.max(clip.top, r.top),
          right: Math.min(clip.right, r.right),
          bottom: Math.min(clip.bottom, r.bottom),
        }
      }
    }
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const r of range.getClientRects()) {
      const rect = {
        left: Math.max(r.left, clip.left),
        top: Math.max(r.top, clip.top),
        right: Math.min(r.right, clip.right),
        bottom: Math.min(r.bottom, clip.bottom),
      }
      if (rect.right - rect.left < 2 || rect.bottom - rect.top < 2) continue
      const cx = (rect.left + rect.right) / 2
      const cy = (rect.top + rect.bottom) / 2
      const points = [
        [cx, cy],
        [rect.left + 2, cy],
        [rect.right - 2, cy],
      ]
      const onTop = points.some(([x, y]) => {
        const hit = document.elementFromPoint(x!, y!)
        return !!hit && (parent.contains(hit) || hit.contains(parent))
      })
      if (!onTop) continue
      const label = `"${node.data.trim().slice(0, 30)}" (${parent.tagName.toLowerCase()}${parent.className && typeof parent.className === 'string' ? '.' + parent.className.split(' ')[0] : ''})`
      boxes.push({ node, label, rect })
    }
  }
  style.remove()
  const out: string[] = []
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!
      const b = boxes[j]!
      if (a.node === b.node) continue
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
      if (w > slack && h > slack) out.push(`${a.label} × ${b.label} (${Math.round(w)}×${Math.round(h)} px)`)
    }
  return out
}

/**
 * Controls under `scope` (a selector; buttons, links, summaries, selects, checkable inputs' labels) shown on screen whose box is
 * smaller than `min` px either way, as "text: width×height".
 */
export function smallTargets([scope, min]: readonly [string, number]): string[] {
  const out: string[] = []
  const selector = 'button, a[href], summary, select, label:has(> input), input:not([type="hidden"])'
  for (const root of document.querySelectorAll(scope))
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect()
      if (!el.getClientRects().length || getComputedStyle(el).visibility !== 'visible') continue
      if (el.closest('.visually-hidden')) continue
      // An input inside a label is tapped through its label, which is measured instead.
      if (el.tagName === 'INPUT' && el.closest('label')) continue
      if (r.width + 0.5 < min || r.height + 0.5 < min)
        out.push(
          `${(el.textContent ?? '').trim().slice(0, 30) || el.tagName}: ${Math.round(r.width)}×${Math.round(r.height)}`,
        )
    }
  return out
}

/**
 * Controls under `selector` that a tap cannot reach without scrolling or that something covers: what lies at the
 * centre of each box, taken as is (never scrolled into view), when it is not the control itself.
 */
export function unreachable(selector: string): string[] {
  const out: string[] = []
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    if (!el.getClientRects().length) continue
    const r = el.getBoundingClientRect()
    const x = r.left + r.width / 2
    const y = r.top + r.height / 2
    const hit =
      x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight ? document.elementFromPoint(x, y) : null
    if (!hit || !(hit === el || el.contains(hit)))
      out.push(
        `${(el.textContent ?? '').trim().slice(0, 30)} under ${hit ? hit.tagName + '.' + hit.className : 'the screen edge'}`,
      )
  }
  return out
}

/** `fn` called with `args`, as a script for WebDriver's execute (`return (…)`, see scripts/browsers/webkit-page.mjs). */
export function probeScript(fn: (...args: never[]) => unknown, ...args: unknown[]): string {
  return `(${fn.toString()})(${args.map((a) => JSON.stringify(a)).join(', ')})`
}

/**
 * Where the caption's lines lie under a control of the header or a panel (the menu, the speaker card, the list of
 * testimonies) rather than over the room: "caption line × what", empty when they lie clear of them all.
 */
export function captionUnder(): string[] {
  const lines = [...document.querySelectorAll('[data-role="captions"] .caption-line')].flatMap((el) => [
    ...el.getClientRects(),
  ])
  const panels = [
    ...document.querySelectorAll<HTMLElement>(
      '.hud-top > :not(.look-hint), .menu-panel, [data-role="speaker-card"], .testimony-list',
    ),
  ]
  const out: string[] = []
  for (const line of lines)
    for (const panel of panels) {
      if (!panel.getClientRects().length) continue
      const r = panel.getBoundingClientRect()
      const w = Math.min(line.right, r.right) - Math.max(line.left, r.left)
      const h = Math.min(line.bottom, r.bottom) - Math.max(line.top, r.top)
      if (w > 1 && h > 1) out.push(`caption line at ${Math.round(line.top)} px × ${panel.className || panel.tagName}`)
    }
  return out
}

/**
 * Like `unreachable`, for controls inside a panel that scrolls: each is scrolled into view within its panel first,
 * as a person would scroll a long card.
 */
export function unreachableAfterScroll(selector: string): string[] {
  const out: string[] = []
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    if (!el.getClientRects().length) continue
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' })
    const r = el.getBoundingClientRect()
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
    if (!hit || !(hit === el || el.contains(hit)))
      out.push(
        `${(el.textContent ?? '').trim().slice(0, 30)} under ${hit ? hit.tagName + '.' + hit.className : 'nothing'}`,
      )
  }
  return out
}

/**
 * Markers shown on screen that something of the page lies over (a caption's box, the player, the header): their dot
 * or label is not what a tap at that point reaches. "label under what", empty when every marker shows whole.
 */
export function coveredMarkers(): string[] {
  // Captions and the hint take no taps, but they hide a marker all the same.
  const style = document.createElement('style')
  style.textContent = '* { pointer-events: auto !important; }'
  document.head.append(style)
  const out: string[] = []
  for (const marker of document.querySelectorAll<HTMLElement>('.marker-button')) {
    if (getComputedStyle(marker).visibility !== 'visible' || !marker.getClientRects().length) continue
    const r = marker.getBoundingClientRect()
    const cy = r.top + r.height / 2
    for (const x of [r.left + 4, r.left + r.width / 2, r.right - 4]) {
      const hit = document.elementFromPoint(x, cy)
      if (hit && marker.contains(hit)) continue
      const name = hit
        ? hit.tagName.toLowerCase() +
          (typeof hit.className === 'string' && hit.className ? '.' + hit.className.split(' ')[0] : '')
        : 'off screen'
      out.push(`"${marker.textContent?.trim()}" under ${name}`)
      break
    }
  }
  style.remove()
  return out
}
