/**
 * Which controller or hand model a headset session shows, chosen from the index the content tool writes beside the
 * models (`xr-profiles/models.json`, scripts/content/xr-profiles.mjs). Only the models in it are served, all from this
 * site: a controller without a model of its own gets the plain fallback, never a request for one that is not there.
 */

/** The index of the served models. */
export interface BodyModelIndex {
  /** The registry package the models were made from, for the record. */
  source: string
  /** The profile whose model every other controller gets. */
  fallback: string
  /** The profile of the tracked-hand model. */
  hand: string
  /** Profile id → the handednesses it has models for. */
  controllers: Record<string, XRHandedness[]>
  /** The handednesses the hand model has. */
  hands: XRHandedness[]
}

/** A model to show: its path under `xr-profiles/`, and the profile it belongs to (published for tests). */
export interface BodyModel {
  path: string
  profile: string
}

const HANDEDNESS: readonly XRHandedness[] = ['left', 'right', 'none']
const isHandednessList = (v: unknown): v is XRHandedness[] =>
  Array.isArray(v) && v.every((h) => HANDEDNESS.includes(h as XRHandedness))
// The ids become paths: the registry's own spelling only, so nothing can point outside the folder.
const isProfileId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v)

/** The index as served, checked: a damaged one is an error naming what is wrong, not a guess. */
export function parseBodyModelIndex(json: unknown): BodyModelIndex {
  const index = json as Partial<BodyModelIndex> | null
  if (!index || typeof index !== 'object') throw new Error('models.json is not an object')
  if (!isProfileId(index.fallback)) throw new Error('models.json: "fallback" is not a profile id')
  if (!isProfileId(index.hand)) throw new Error('models.json: "hand" is not a profile id')
  if (!isHandednessList(index.hands)) throw new Error('models.json: "hands" is not a list of handednesses')
  const controllers = index.controllers
  if (!controllers || typeof controllers !== 'object') throw new Error('models.json: "controllers" is missing')
  for (const [id, hands] of Object.entries(controllers))
    if (!isProfileId(id) || !isHandednessList(hands))
      throw new Error(`models.json: controller "${id}" is not a profile id with a list of handednesses`)
  if (!controllers[index.fallback]?.length) throw new Error('models.json: the fallback controller has no models')
  return { ...(index as BodyModelIndex), source: String(index.source ?? '') }
}

/**
 * The model for a controller that calls itself `profiles` (most specific first, as WebXR lists them): the first with
 * a model for this hand, else the fallback's — for the same hand, or whichever hand it has.
 * @example controllerModel(index, ['meta-quest-touch-plus', 'oculus-touch-v3'], 'left')
 * // → { path: 'meta-quest-touch-plus/left.glb', profile: 'meta-quest-touch-plus' }
 */
export function controllerModel(
  index: BodyModelIndex,
  profiles: readonly string[],
  handedness: XRHandedness,
): BodyModel {
  for (const profile of profiles)
    if (Object.hasOwn(index.controllers, profile) && index.controllers[profile]?.includes(handedness))
      return { path: `${profile}/${handedness}.glb`, profile }
  const hands = index.controllers[index.fallback] ?? []
  const hand = hands.includes(handedness) ? handedness : (hands[0] ?? 'none')
  return { path: `${index.fallback}/${hand}.glb`, profile: index.fallback }
}

/** The hand model for a tracked hand, or null where the index has none for that hand (nothing is then shown). */
export function handModel(index: BodyModelIndex, handedness: XRHandedness): BodyModel | null {
  return index.hands.includes(handedness) ? { path: `${index.hand}/${handedness}.glb`, profile: index.hand } : null
}
