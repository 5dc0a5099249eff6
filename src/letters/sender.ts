import cyrillicToTranslit from 'cyrillic-to-translit-js'

/**
 * The sender's name and country in Russian Cyrillic, for the postcard and the envelope: censors may stop a letter
 * with Latin script in it as "foreign words". The name is a suggestion the writer can correct.
 */

const russian = cyrillicToTranslit({ preset: 'ru' })

/**
 * Letters and clusters the library's Russian table does not cover (it reads only its own romanisation back), taken
 * first and longest first: German, Polish and English spellings as a Russian writer would hear them.
 */
const LATIN_CLUSTERS: readonly [string, string][] = [
  ['tsch', 'ч'],
  ['chr', 'кр'],
  ['jü', 'ю'],
  ['szcz', 'щ'],
  ['sch', 'ш'],
  ['shch', 'щ'],
  // The library's own romanisation (sh, ch, zh, kh, ts, ya, yu, yo) is left to it.
  ['sh', 'sh'],
  ['ch', 'ch'],
  ['zh', 'zh'],
  ['kh', 'kh'],
  ['ts', 'ts'],
  ['ya', 'ya'],
  ['yu', 'yu'],
  ['yo', 'yo'],
  ['sz', 'ш'],
  ['cz', 'ч'],
  ['rz', 'ж'],
  ['dż', 'дж'],
  ['ck', 'к'],
  ['ph', 'ф'],
  ['th', 'т'],
  ['qu', 'кв'],
  ['ja', 'я'],
  ['ju', 'ю'],
  ['je', 'е'],
  ['ei', 'ай'],
  ['eu', 'ой'],
  ['ce', 'це'],
  ['ci', 'ци'],
  ['cy', 'ци'],
  ['ä', 'э'],
  ['ö', 'ё'],
  ['ü', 'ю'],
  ['ß', 'сс'],
  ['ø', 'ё'],
  ['æ', 'э'],
  ['œ', 'ё'],
  ['þ', 'т'],
  ['ð', 'д'],
  ['đ', 'дж'],
  ['ı', 'ы'],
  ['ą', 'он'],
  ['ę', 'ен'],
  ['ó', 'у'],
  ['ł', 'л'],
  ['ń', 'нь'],
  ['ś', 'сь'],
  ['ć', 'ць'],
  ['ż', 'ж'],
  ['ź', 'зь'],
  ['h', 'х'],
  ['w', 'в'],
  ['x', 'кс'],
  ['q', 'к'],
  ['j', 'й'],
  ['c', 'к'],
]

/** Ukrainian letters Russian lacks, and the apostrophe that marks a separate sound (Мар'яна → Марьяна). */
const UKRAINIAN: readonly [RegExp, string][] = [
  [/['’ʼ](?=[яюєїЯЮЄЇ])/g, 'ь'],
  [/і/g, 'и'],
  [/І/g, 'И'],
  [/ї/g, 'и'],
  [/Ї/g, 'И'],
  [/є/g, 'е'],
  [/Є/g, 'Е'],
  [/ґ/g, 'г'],
  [/Ґ/g, 'Г'],
]

const sameCase = (source: string, target: string) =>
  source[0] === source[0]?.toUpperCase() && source[0] !== source[0]?.toLowerCase()
    ? (target[0]?.toUpperCase() ?? '') + target.slice(1)
    : target

/** Replaces, left to right, the clusters above; what is left is the library's own romanisation. */
function latinClusters(word: string): string {
  const lower = word.toLowerCase()
  let out = ''
  let i = 0
  while (i < word.length) {
    const hit = LATIN_CLUSTERS.find(([latin]) => lower.startsWith(latin, i))
    const length = hit ? hit[0].length : 1
    const source = word.slice(i, i + length)
    out += hit ? sameCase(source, hit[1]) : source
    i += length
  }
  return out
}

/**
 * A name as Russian Cyrillic: Latin spellings transliterated (German, Polish and English ones sensibly), Ukrainian
 * Cyrillic brought to the Russian alphabet (і, ї → и; є → е; ґ → г), Russian left as it is.
 * @example toRussianCyrillic('Anna Schmidt') // 'Анна Шмидт'
 */
export function toRussianCyrillic(name: string): string {
  let text = name.normalize('NFC').trim().replace(/\s+/g, ' ')
  for (const [pattern, replacement] of UKRAINIAN) text = text.replace(pattern, replacement)
  text = text.replace(/\p{Script=Latin}+/gu, (word) => russian.reverse(latinClusters(word)))
  // Whatever accented letter is still Latin: drop its accent and read it again.
  return text.replace(/\p{Script=Latin}+/gu, (word) =>
    russian.reverse(latinClusters(word.normalize('NFD').replace(/\p{Mn}/gu, ''))),
  )
}

/**
 * Countries a writer can choose, as ISO 3166 region codes: Europe, North America and the countries where the
 * campaign's partners work. Names come from the browser (`Intl.DisplayNames`), so no list of names is shipped.
 */
export const SENDER_COUNTRIES: readonly string[] = (
  'AL AM AR AT AU AZ BA BE BG BR CA CH CL CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT JP KR KZ LI LT LU ' +
  'LV MD ME MK MT MX NL NO NZ PL PT RO RS SE SI SK TR UA US UY'
).split(' ')

const ruRegions = new Intl.DisplayNames(['ru'], { type: 'region', fallback: 'none' })

/** A country's name in Russian, for the postcard and the envelope. @example countryInRussian('DE') // 'Германия' */
export function countryInRussian(code: string): string {
  return ruRegions.of(code) ?? ''
}

/** The countries in the writer's language, sorted as that language sorts. */
export function countryOptions(lang: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })
  const collator = new Intl.Collator(lang)
  return SENDER_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  )
}
