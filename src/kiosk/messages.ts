import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** A kiosk's own text: its attract screen and "Still there?" (a few lines, so all four languages travel together). */
export const kioskEn = {
  touchToBegin: 'Touch to begin',
  stillThere: 'Still there?',
  startingAgain: {
    one: 'Starting again for the next visitor in {count} second.',
    other: 'Starting again for the next visitor in {count} seconds.',
  },
  stillHere: 'I’m still here',
  offlineIncomplete:
    'Offline content incomplete: {count} files missing. Connect the kiosk to the network to repair it.',
} as const satisfies Catalogue

export type KioskKey = keyof typeof kioskEn

export const KIOSK: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: {
    touchToBegin: 'Торкніться, щоб почати',
    stillThere: 'Ви ще тут?',
    startingAgain: {
      one: 'Почнемо спочатку для наступного відвідувача через {count} секунду.',
      few: 'Почнемо спочатку для наступного відвідувача через {count} секунди.',
      many: 'Почнемо спочатку для наступного відвідувача через {count} секунд.',
      other: 'Почнемо спочатку для наступного відвідувача через {count} секунди.',
    },
    stillHere: 'Я ще тут',
    offlineIncomplete:
      'Офлайн-вміст неповний: бракує файлів — {count}. Під’єднайте кіоск до мережі, щоб його відновити.',
  },
  de: {
    touchToBegin: 'Zum Starten berühren',
    stillThere: 'Sind Sie noch da?',
    startingAgain: {
      one: 'In {count} Sekunde beginnt es für die nächste Person von vorn.',
      other: 'In {count} Sekunden beginnt es für die nächste Person von vorn.',
    },
    stillHere: 'Ich bin noch da',
    offlineIncomplete:
      'Offline-Inhalt unvollständig: {count} Dateien fehlen. Verbinden Sie den Kiosk mit dem Netz, um ihn zu reparieren.',
  },
  pl: {
    touchToBegin: 'Dotknij, aby rozpocząć',
    stillThere: 'Czy nadal tu jesteś?',
    startingAgain: {
      one: 'Za {count} sekundę zaczniemy od nowa dla następnej osoby.',
      few: 'Za {count} sekundy zaczniemy od nowa dla następnej osoby.',
      many: 'Za {count} sekund zaczniemy od nowa dla następnej osoby.',
      other: 'Za {count} sekundy zaczniemy od nowa dla następnej osoby.',
    },
    stillHere: 'Nadal tu jestem',
    offlineIncomplete: 'Treść offline niekompletna: brakuje plików — {count}. Podłącz kiosk do sieci, aby ją naprawić.',
  },
}

const kioskMessages = defineMessages('kiosk', kioskEn, async (lang) => KIOSK[lang as keyof typeof KIOSK])

export const useKioskT = () => useTranslator<KioskKey>(kioskMessages)
