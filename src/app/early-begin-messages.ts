/** The second ask after an early Begin tap (see early-begin.tsx), in every interface language. */
export const earlyBeginEn = {
  soundAsk: 'Tap once more to start the sound',
}
export type EarlyBeginKey = keyof typeof earlyBeginEn
export const EARLY_BEGIN: Record<'uk' | 'de' | 'pl', Record<EarlyBeginKey, string>> = {
  uk: { soundAsk: 'Торкніться ще раз, щоб увімкнути звук' },
  de: { soundAsk: 'Noch einmal tippen, um den Ton zu starten' },
  pl: { soundAsk: 'Dotknij jeszcze raz, aby włączyć dźwięk' },
}
