import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** The kiosk's staff view (all four languages travel together: staff read the kiosk's own language). */
const staffEn = {
  staffTitle: 'Staff',
  staffCode: 'Staff code',
  staffOpen: 'Open',
  staffWrongCode: 'That is not the code.',
  staffLeave: 'Back to the attract screen',
  staffToday: 'Today',
  staffDays: 'Counts per day',
  staffDay: 'Day',
  staffNoCounts: 'Nothing counted yet.',
  staffSave: 'Save the counts (CSV)',
  staffOffline: 'Offline cache',
  staffOfflineChecking: 'Checking…',
  staffOfflineOk: 'Complete: all {total} files are here.',
  staffOfflineMissing: '{count} files missing (first: {first}).',
  staffRestarts: 'Recent restarts',
  staffNoRestarts: 'No restarts recorded.',
} as const satisfies Catalogue

export type StaffKey = keyof typeof staffEn

export const STAFF: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: {
    staffTitle: 'Для персоналу',
    staffCode: 'Код персоналу',
    staffOpen: 'Відкрити',
    staffWrongCode: 'Це не той код.',
    staffLeave: 'Назад до заставки',
    staffToday: 'Сьогодні',
    staffDays: 'Лічба за днями',
    staffDay: 'День',
    staffNoCounts: 'Ще нічого не пораховано.',
    staffSave: 'Зберегти лічбу (CSV)',
    staffOffline: 'Офлайн-кеш',
    staffOfflineChecking: 'Перевіряємо…',
    staffOfflineOk: 'Повний: усі файли ({total}) на місці.',
    staffOfflineMissing: 'Бракує файлів: {count} (перший: {first}).',
    staffRestarts: 'Останні перезапуски',
    staffNoRestarts: 'Перезапусків не записано.',
  },
  de: {
    staffTitle: 'Personal',
    staffCode: 'Personalcode',
    staffOpen: 'Öffnen',
    staffWrongCode: 'Das ist nicht der Code.',
    staffLeave: 'Zurück zum Startbildschirm',
    staffToday: 'Heute',
    staffDays: 'Zählungen pro Tag',
    staffDay: 'Tag',
    staffNoCounts: 'Noch nichts gezählt.',
    staffSave: 'Zählungen speichern (CSV)',
    staffOffline: 'Offline-Speicher',
    staffOfflineChecking: 'Wird geprüft…',
    staffOfflineOk: 'Vollständig: alle {total} Dateien sind da.',
    staffOfflineMissing: '{count} Dateien fehlen (erste: {first}).',
    staffRestarts: 'Letzte Neustarts',
    staffNoRestarts: 'Keine Neustarts verzeichnet.',
  },
  pl: {
    staffTitle: 'Obsługa',
    staffCode: 'Kod obsługi',
    staffOpen: 'Otwórz',
    staffWrongCode: 'To nie jest ten kod.',
    staffLeave: 'Wróć do ekranu startowego',
    staffToday: 'Dzisiaj',
    staffDays: 'Liczby z kolejnych dni',
    staffDay: 'Dzień',
    staffNoCounts: 'Jeszcze nic nie policzono.',
    staffSave: 'Zapisz liczby (CSV)',
    staffOffline: 'Pamięć offline',
    staffOfflineChecking: 'Sprawdzanie…',
    staffOfflineOk: 'Kompletna: wszystkie pliki ({total}) są na miejscu.',
    staffOfflineMissing: 'Brakuje plików: {count} (pierwszy: {first}).',
    staffRestarts: 'Ostatnie ponowne uruchomienia',
    staffNoRestarts: 'Brak zapisanych ponownych uruchomień.',
  },
}

const staffMessages = defineMessages('staff', staffEn, async (lang) => STAFF[lang as keyof typeof STAFF])

export const useStaffT = () => useTranslator<StaffKey>(staffMessages)
