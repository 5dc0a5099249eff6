import type { Language } from '../content/schema'

/**
 * Words that say nothing about what a question is about (question words, articles, pronouns, "was", "did"): they
 * must not make a question look answered. Kept small: only what visitors' questions are made of.
 */
const STOP: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    'a an the is are was were be been do does did done what which who whom whose how why when where there here this that these those it its to of in on at by for from with about as and or but not no any can could would should will shall may might must i you he she we they me him her us them my your our their was were has have had get got tell me please'.split(
      ' ',
    ),
  ),
  uk: new Set(
    'а і й та чи що як хто де коли чому навіщо скільки який яка яке які якою яким це той та те ці в у на з із зі до від по про для за над під при же ж не ні так би б ви ти я він вона воно ми вони вас вам вами нам нас їх його її мені мене там тут було був була були є бути можна розкажіть скажіть'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das den dem des ein eine einen einem einer eines ist sind war waren wurde wurden werden sein hat haben hatte hatten gab gibt es was wie wer wen wem wo wann warum wieso worauf womit woher wohin wovon welche welcher welches man sie ihr ich du er wir mich mir uns euch in im an am auf aus bei mit nach von vom zu zur zum für über und oder aber nicht kein keine da dort hier denn doch sollte konnte kann können bitte erzählen'.split(
      ' ',
    ),
  ),
  pl: new Set(
    'a i oraz czy co jak kto jakiś jakaś jakieś jakichś gdzie kiedy dlaczego po ile jaki jaka jakie jakiej jakim to ten ta te tam tu w we na z ze do od o u przy dla za nad pod się nie ni tak by był była było byli były jest są być wy ty ja on ona ono my oni was wam wami nam nas ich jego jej mi mnie można proszę opowiedz'.split(
      ' ',
    ),
  ),
}

/**
 * Endings cut from a word so that forms of one word meet ("sleep", "sleeping"; "камері", "камера"), longest first;
 * a stem keeps at least `MIN_STEM` letters. A light stemmer, not a dictionary: it errs towards cutting too little.
 */
const ENDINGS: Record<Language, readonly string[]> = {
  en: ['ingly', 'ings', 'ing', 'edly', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's', 'y', 'e'],
  uk: [
    'ування',
    'ювання',
    'ання',
    'ення',
    'іння',
    'ями',
    'ами',
    'ові',
    'еві',
    'ого',
    'ому',
    'ими',
    'іми',
    'ій',
    'ий',
    'ої',
    'ою',
    'ею',
    'ам',
    'ям',
    'ах',
    'ях',
    'ів',
    'їв',
    'ом',
    'ем',
    'им',
    'ім',
    'их',
    'іх',
    'ти',
    'ли',
    'ла',
    'ло',
    'ють',
    'ать',
    'ять',
    'уть',
    'ить',
    'іть',
    'ав',
    'ив',
    'а',
    'я',
    'о',
    'е',
    'і',
    'ї',
    'и',
    'у',
    'ю',
    'ь',
    'й',
  ],
  de: ['ungen', 'ung', 'heit', 'keit', 'en', 'er', 'ern', 'em', 'es', 'e', 'n', 's', 't'],
  pl: [
    'owania',
    'owanie',
    'ami',
    'ach',
    'ych',
    'ich',
    'ego',
    'emu',
    'ymi',
    'imi',
    'owi',
    'iem',
    'om',
    'ów',
    'ie',
    'ą',
    'ę',
    'y',
    'i',
    'a',
    'o',
    'u',
    'e',
    'ł',
    'li',
    'ła',
    'ło',
  ],
}
const MIN_STEM = 3

/** Letters that are written two ways: apostrophes inside Ukrainian words, German umlauts typed without their dots. */
const FOLD: [RegExp, string][] = [
  [/['’ʼ`]/g, ''],
  [/ё/g, 'е'],
  [/ä/g, 'a'],
  [/ö/g, 'o'],
  [/ü/g, 'u'],
  [/ß/g, 'ss'],
]

/** A word as the index keeps it in `lang`: folded, lower-case, its ending cut; null for a word that says nothing. */
export function stem(word: string, lang: Language): string | null {
  let w = word.normalize('NFC').toLowerCase()
  if (STOP[lang].has(w)) return null
  for (const [from, to] of FOLD) w = w.replace(from, to)
  if (w.length < 2) return null
  for (const end of ENDINGS[lang])
    if (w.endsWith(end) && w.length - end.length >= MIN_STEM) return w.slice(0, w.length - end.length)
  return w
}

/** The words of a text (letters and digits of any script, Cyrillic included; an apostrophe inside a word kept). */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu) ?? []
}
