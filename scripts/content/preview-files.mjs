// Where the content tool puts each link-preview image and what every one must be: read by the tool that makes and
// checks them (previews.mjs, check.mjs) and by the build that names them in the pages (build/link-pages.ts).

/** What feeds show best and accept everywhere: 1200×630 (1.91:1), a JPEG of at most 300 KB. */
export const PREVIEW = { width: 1200, height: 630, maxBytes: 300 * 1024, type: 'image/jpeg' }

/** The site's own preview (the landing, the cell choice, a withdrawn testimony): no cell id starts with "_". */
export const SITE_PREVIEW = '_site'

/**
 * The image of a cell (or of the site) with its name in one language.
 * @param {string} subject
 * @param {string} lang
 * @returns {string}
 */
export const previewPath = (subject, lang) => `previews/${subject}.${lang}.jpg`

/** What each image was made from (a hash per cell, and the site's), so `check` can say when one is out of date. */
export const PREVIEW_INDEX = 'previews/index.json'
