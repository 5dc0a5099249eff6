/**
 * Whether the page is shown inside a frame of another site. The deployment's headers refuse framing
 * (`frame-ancestors 'none'`, `X-Frame-Options`), but a host that cannot set headers leaves the app framable by any
 * site, where its petition link and Begin could be clickjacked: there the app refuses to run (src/main.tsx).
 * A frame of the site's own (same origin all the way up) is allowed.
 */
export function framedByAnotherSite(win: Window): boolean {
  if (!win.top || win.top === win.self) return false
  // Chromium and WebKit name every ancestor's origin, also where the top itself is of this origin.
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined
  if (ancestors) for (let i = 0; i < ancestors.length; i++) if (ancestors.item(i) !== win.location.origin) return true
  // Elsewhere (Firefox): a frame of another origin cannot be read from here, so reading each one above throws.
  try {
    for (let w: Window = win; w !== w.top; w = w.parent) void w.parent.location.href
  } catch {
    return true
  }
  return false
}
