import { isLanguage } from '../i18n/language'
import type { Language } from '../i18n/languages'

/**
 * Who the experience is set up for:
 * - `visitor`: a person's own phone, laptop or headset (the default);
 * - `kiosk`: an unattended touchscreen in a gallery (attract screen, idle reset, no way out, QR codes only);
 * - `exhibition`: shared headsets handed from visitor to visitor (one action into VR, reset when taken off).
 */
export type DeploymentMode = 'visitor' | 'kiosk' | 'exhibition'

/** How a deployment runs the experience, read from the address the device opens (see {@link readDeployment}). */
export interface Deployment {
  mode: DeploymentMode
  /** Seconds without a touch before a kiosk asks "Still there?". @default 90 */
  idleSeconds: number
  /** Seconds the "Still there?" countdown runs before the kiosk starts again. @default 20 */
  countdownSeconds: number
  /** Seconds a headset may stay off (hidden) before the experience resets for the next visitor. @default 3 */
  hiddenSeconds: number
  /** The language each new visitor starts in; null: the device's language. */
  lang: Language | null
  /** The cell a headset opens into (exhibition); null: the first cell. */
  cell: string | null
  /** Play a cell's testimonies one after another. @default false */
  guided: boolean
  /** Register the service worker that keeps everything available offline (kiosk and exhibition always do). */
  offline: boolean
  /**
   * Show external links only as QR codes: no new tabs or windows. Kiosks and exhibition headsets always do; any
   * deployment can ask for it with `?links=qr`.
   */
  linksAsQrOnly: boolean
  /** Publish the renderer's counts on the 3D canvas (`?stats`), for the benchmark. @default false */
  stats: boolean
  /**
   * Draw rooms without their baked light, under a flat even light (`?unlit`): to compare a cell with and without it
   * (screenshots, tests). @default false
   */
  unlit: boolean
  /**
   * A path on this site that a kiosk asks for every `heartbeatSeconds`, so monitoring can see it is alive
   * (`?heartbeat=/kiosk-alive`). Same origin only. @default null (off)
   */
  heartbeat: string | null
  /** @default 60 */
  heartbeatSeconds: number
  /**
   * Count visits and what happens in them (src/counting/): set for the whole site by whoever deploys it, in the built
   * page (`PV_COUNTING=1 npm run build` writes `<meta name="pv-counting" content="on">`), never by the address, so no
   * link can turn it on. Kiosks and exhibition headsets count on the device instead, whatever this says.
   * @default false
   */
  counting: boolean
  /** Days a kiosk or headset keeps its counts (`?keepDays=30`). @default 30 */
  keepDays: number
  /**
   * The SHA-256 (hex) of the code that opens a kiosk's staff view (`?staff=<hash>`); null: no staff view. The code
   * itself is never in the address.
   */
  staffCode: string | null
  /**
   * Keep the questions Ask found no recorded answer to, on this kiosk only, for its curators (`?keepUnanswered`):
   * never sent anywhere, pruned to the latest (src/ask/unanswered.ts). Kiosks only. @default false
   */
  keepUnanswered: boolean
  /** What in the address could not be used, naming the parameter; the rest still applies. */
  problems: string[]
}

export const DEFAULT_DEPLOYMENT: Deployment = {
  mode: 'visitor',
  idleSeconds: 90,
  countdownSeconds: 20,
  hiddenSeconds: 3,
  lang: null,
  cell: null,
  guided: false,
  offline: false,
  linksAsQrOnly: false,
  stats: false,
  unlit: false,
  heartbeat: null,
  heartbeatSeconds: 60,
  counting: false,
  keepDays: 30,
  staffCode: null,
  keepUnanswered: false,
  problems: [],
}

const MODES: readonly DeploymentMode[] = ['visitor', 'kiosk', 'exhibition']
const MAX_SECONDS = 24 * 60 * 60

/**
 * Reads the deployment from URL parameters, so a kiosk or headset is set up by the address it opens.
 * @example readDeployment('?mode=kiosk&idle=60&countdown=15&lang=de')
 * @example readDeployment('?mode=exhibition&cell=sizo-cell&guided')
 * @example readDeployment('?links=qr')
 */
export function readDeployment(search: string, site: SiteSettings = { counting: false }): Deployment {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const out: Deployment = { ...DEFAULT_DEPLOYMENT, problems, counting: site.counting }

  const mode = params.get('mode')
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) out.mode = mode as DeploymentMode
    else problems.push(`mode=${mode}: must be one of ${MODES.join(', ')}`)
  }

  const seconds = (name: string, min: number, fallback: number) => {
    const raw = params.get(name)
    if (raw === null) return fallback
    const value = Number(raw)
    if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > MAX_SECONDS) {
      problems.push(`${name}=${raw}: must be a number of seconds from ${min} to ${MAX_SECONDS}`)
      return fallback
    }
    return value
  }
  out.idleSeconds = seconds('idle', 0.1, out.idleSeconds)
  out.countdownSeconds = seconds('countdown', 0.1, out.countdownSeconds)
  out.hiddenSeconds = seconds('hidden', 0, out.hiddenSeconds)

  const lang = params.get('lang')
  if (lang !== null) {
    if (isLanguage(lang)) out.lang = lang
    else problems.push(`lang=${lang}: must be one of uk, en, de, pl`)
  }

  const cell = params.get('cell')
  if (cell !== null) {
    if (/^[a-z0-9][a-z0-9-]*$/.test(cell)) out.cell = cell
    else problems.push(`cell=${cell}: must be a cell id (lower-case letters, digits and hyphens)`)
  }

  out.guided = flag(params, 'guided', problems) ?? false
  out.offline = flag(params, 'offline', problems) ?? out.mode !== 'visitor'
  out.stats = flag(params, 'stats', problems) ?? false
  out.unlit = flag(params, 'unlit', problems) ?? false

  const heartbeat = params.get('heartbeat')
  if (heartbeat !== null) {
    // A path of this site only: the kiosk asks nothing of any other host.
    if (/^\/[A-Za-z0-9._~/-]*$/.test(heartbeat) && !heartbeat.startsWith('//')) out.heartbeat = heartbeat
    else problems.push(`heartbeat=${heartbeat}: must be a path on this site, such as /kiosk-alive`)
  }
  out.heartbeatSeconds = seconds('heartbeatEvery', 5, out.heartbeatSeconds)

  const keepDays = params.get('keepDays')
  if (keepDays !== null) {
    const days = Number(keepDays)
    if (Number.isInteger(days) && days >= 1 && days <= 366) out.keepDays = days
    else problems.push(`keepDays=${keepDays}: must be a whole number of days from 1 to 366`)
  }
  const staff = params.get('staff')
  if (staff !== null) {
    if (/^[0-9a-f]{64}$/.test(staff)) out.staffCode = staff
    else problems.push('staff: must be the SHA-256 of the staff code, 64 hexadecimal digits')
  }
  const keep = flag(params, 'keepUnanswered', problems) ?? false
  if (keep && out.mode !== 'kiosk') problems.push('keepUnanswered: only a kiosk keeps unanswered questions')
  out.keepUnanswered = keep && out.mode === 'kiosk'

  const links = params.get('links')
  if (links !== null && links !== 'qr') problems.push(`links=${links}: must be qr`)
  out.linksAsQrOnly = out.mode !== 'visitor' || links === 'qr'
  return out
}

/** `?name`, `?name=1` and `?name=true` switch a feature on; `0` and `false` switch it off. */
function flag(params: URLSearchParams, name: string, problems: string[]): boolean | null {
  const raw = params.get(name)
  if (raw === null) return null
  if (raw === '' || raw === '1' || raw === 'true') return true
  if (raw === '0' || raw === 'false') return false
  problems.push(`${name}=${raw}: must be 1 or 0`)
  return null
}

/** What the site as deployed says, whatever the address: read from the built page. */
export interface SiteSettings {
  counting: boolean
}

/** The meta tag the build writes where counting is on (build/counting.ts). */
const COUNTING_META = 'pv-counting'

/** Reads the site's settings from its page (see {@link Deployment.counting}). */
export function readSiteSettings(doc: Pick<Document, 'querySelector'>): SiteSettings {
  return { counting: doc.querySelector(`meta[name="${COUNTING_META}"]`)?.getAttribute('content') === 'on' }
}
