import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** Take action's own text (a few words, so all four languages travel together). */
export const actionsEn = {
  pageLanguage: '(in {language})',
  // Where the manifest, which holds the links, could not be read
  petition: 'Sign the petition',
  volunteer: 'Volunteer',
  unavailable: 'Not available just now: this link comes with the site’s content, which could not be loaded.',
  writeLetterWhy: 'Letters protect prisoners: when prison staff see the world is watching, abuse becomes less likely.',
  openLater: 'You asked to open these after leaving VR:',
  open: 'Open',
  dismiss: 'Dismiss',
  scanQr: 'Scan with your phone camera to open it there.',
  openAfterVR: 'Open after I leave VR',
  openAfterVRMarked: 'Will be offered when you leave VR',
} as const

export type ActionsKey = keyof typeof actionsEn

export const ACTIONS: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: {
    pageLanguage: '(сторінка мовою: {language})',
    petition: 'Підписати петицію',
    volunteer: 'Стати волонтером',
    unavailable: 'Зараз недоступно: це посилання надходить разом із вмістом сайту, який не вдалося завантажити.',

    writeLetterWhy: 'Листи захищають в’язнів: коли тюремники бачать, що світ стежить, знущань стає менше.',
    openLater: 'Ви просили відкрити це після виходу з VR:',
    open: 'Відкрити',
    dismiss: 'Закрити',
    scanQr: 'Скануйте камерою телефона, щоб відкрити там.',
    openAfterVR: 'Відкрити, коли вийду з VR',
    openAfterVRMarked: 'Запропонуємо після виходу з VR',
  },
  de: {
    pageLanguage: '(auf {language})',
    petition: 'Die Petition unterschreiben',
    volunteer: 'Ehrenamtlich mithelfen',
    unavailable:
      'Gerade nicht verfügbar: Dieser Link kommt mit den Inhalten der Website, die nicht geladen werden konnten.',

    writeLetterWhy:
      'Briefe schützen Gefangene: Wenn das Gefängnispersonal sieht, dass die Welt hinschaut, wird Misshandlung unwahrscheinlicher.',
    openLater: 'Sie wollten dies nach dem Verlassen von VR öffnen:',
    open: 'Öffnen',
    dismiss: 'Schließen',
    scanQr: 'Mit der Handykamera scannen, um es dort zu öffnen.',
    openAfterVR: 'Nach dem Verlassen von VR öffnen',
    openAfterVRMarked: 'Wird nach dem Verlassen von VR angeboten',
  },
  pl: {
    pageLanguage: '(strona w języku: {language})',
    petition: 'Podpisz petycję',
    volunteer: 'Zostań wolontariuszem',
    unavailable: 'Teraz niedostępne: ten link jest częścią treści strony, których nie udało się wczytać.',

    writeLetterWhy: 'Listy chronią więźniów: gdy strażnicy widzą, że świat patrzy, rzadziej dochodzi do przemocy.',
    openLater: 'Chciałeś otworzyć to po wyjściu z VR:',
    open: 'Otwórz',
    dismiss: 'Zamknij',
    scanQr: 'Zeskanuj aparatem telefonu, aby otworzyć tam.',
    openAfterVR: 'Otwórz po wyjściu z VR',
    openAfterVRMarked: 'Zaproponujemy po wyjściu z VR',
  },
}

const actionsMessages = defineMessages('actions', actionsEn, async (lang) => ACTIONS[lang as keyof typeof ACTIONS])

/** The translator for Take action's own text. */
export const useActionsT = () => useTranslator<ActionsKey>(actionsMessages)
