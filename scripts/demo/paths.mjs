/**
 * Where the DEMO build keeps its sources and where the content pipeline publishes them.
 *
 *   .demo-build/models/<cell>.glb                  raw cell models (build-models.mjs)
 *   .demo-build/audio/<testimony>.wav              synthetic speech, one WAV per testimony, not normalised (build-audio.mjs)
 *   .demo-build/audio/ambient-<cell>.wav           ambient loops (build-audio.mjs)
 *   .demo-build/captions/<testimony>.<lang>.vtt    captions timed from the measured sentences (build-audio.mjs)
 *   .demo-build/meta/cells/<cell>.json             cell metadata for `addCell` (build-audio.mjs)
 *   .demo-build/meta/testimonies/<testimony>.json  testimony metadata for `addTestimony` (build-audio.mjs)
 *
 * .demo-build/ is a gitignored scratch folder; publish.mjs passes its files through scripts/content into public/.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const PUBLIC = join(ROOT, 'public')
export const BUILD_DIR = join(ROOT, '.demo-build')

export const source = {
  modelsDir: join(BUILD_DIR, 'models'),
  audioDir: join(BUILD_DIR, 'audio'),
  captionsDir: join(BUILD_DIR, 'captions'),
  metaDir: join(BUILD_DIR, 'meta'),
  workDir: join(BUILD_DIR, 'work'),
  /** @param {string} cellId */
  model: (cellId) => join(BUILD_DIR, 'models', `${cellId}.glb`),
  /** @param {string} testimonyId */
  speech: (testimonyId) => join(BUILD_DIR, 'audio', `${testimonyId}.wav`),
  /** @param {string} cellId */
  ambient: (cellId) => join(BUILD_DIR, 'audio', `ambient-${cellId}.wav`),
  /**
   * @param {string} testimonyId
   * @param {string} lang
   */
  captions: (testimonyId, lang) => join(BUILD_DIR, 'captions', `${testimonyId}.${lang}.vtt`),
  /**
   * @param {string} testimonyId
   * @param {string} lang
   */
  chapters: (testimonyId, lang) => join(BUILD_DIR, 'captions', `${testimonyId}.chapters.${lang}.vtt`),
  /** @param {string} cellId */
  cellMeta: (cellId) => join(BUILD_DIR, 'meta', 'cells', `${cellId}.json`),
  /** @param {string} testimonyId */
  testimonyMeta: (testimonyId) => join(BUILD_DIR, 'meta', 'testimonies', `${testimonyId}.json`),
}
