/** Every content file's schema in one module, for the content tool (scripts/content/schema.mjs). */
export * from '../content/schema'
export * from '../letters/schema'
// Fields named as the app names them, `testimonies[1].audio.opus`.
export { formatPath } from '../content/load'
