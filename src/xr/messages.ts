import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** The headset's and AR's own text (loaded with the WebXR layer; all four languages travel together). */
export const xrEn = {
  vrHint: 'Point at a glowing marker and pull the trigger, or pinch, to hear a testimony.',
  guidedOrder: 'The testimonies play one after another.',
  arPlaceHint: 'Point at the floor and tap to place the cell.',
  arScale: 'Size',
  arLifeSize: 'Life size',
  arTabletop: 'Tabletop model',
  arPlaceAgain: 'Place again',
} as const satisfies Catalogue

export type XRKey = keyof typeof xrEn

export const XR: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: {
    vrHint: 'Наведіть на світний маркер і натисніть курок або зімкніть пальці, щоб почути свідчення.',
    guidedOrder: 'Свідчення звучать одне за одним.',
    arPlaceHint: 'Наведіть на підлогу й торкніться, щоб розмістити камеру.',
    arScale: 'Розмір',
    arLifeSize: 'У натуральну величину',
    arTabletop: 'Настільна модель',
    arPlaceAgain: 'Розмістити знову',
  },
  de: {
    vrHint:
      'Zielen Sie auf eine leuchtende Markierung und drücken Sie den Abzug oder tippen Sie die Finger zusammen, um ein Zeugnis zu hören.',
    guidedOrder: 'Die Zeugnisse laufen nacheinander.',
    arPlaceHint: 'Auf den Boden richten und tippen, um die Zelle zu platzieren.',
    arScale: 'Größe',
    arLifeSize: 'Lebensgroß',
    arTabletop: 'Tischmodell',
    arPlaceAgain: 'Neu platzieren',
  },
  pl: {
    vrHint: 'Wskaż świecący znacznik i naciśnij spust albo złącz palce, aby usłyszeć relację.',
    guidedOrder: 'Świadectwa odtwarzane są jedno po drugim.',
    arPlaceHint: 'Skieruj na podłogę i dotknij, aby umieścić celę.',
    arScale: 'Rozmiar',
    arLifeSize: 'Naturalna wielkość',
    arTabletop: 'Model na stół',
    arPlaceAgain: 'Umieść ponownie',
  },
}

const xrMessages = defineMessages('xr', xrEn, async (lang) => XR[lang as keyof typeof XR])

export const useXRT = () => useTranslator<XRKey>(xrMessages)
