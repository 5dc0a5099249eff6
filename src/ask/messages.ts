import { defineMessages, useTranslator } from '../i18n/i18n'
import type { Catalogue } from '../i18n/messages'

/** Ask (loaded with its panel, on the first opening; all four languages travel together). */
const askEn = {
  title: 'Ask',
  intro:
    'Pick a question, or ask your own: you will hear the part of a testimony that answers it, in the speaker’s own recorded words.',
  suggested: 'Questions you can ask',
  yourQuestion: 'Your question',
  askIt: 'Ask',
  close: 'Close',
  reading: 'Getting the questions ready…',
  problem: 'The questions could not be read ({file}). Every testimony can still be heard from the list.',
  answer: 'You are hearing {speaker}: “{part}”, from “{testimony}”.',
  wholeTestimony: 'Hear the whole testimony',
  partEnded: 'That is where this part ends.',
  noAnswer:
    'There is no recorded answer to that. Nothing is made up here: you only hear what speakers said. These questions have an answer:',
  private: 'Your question stays on this device.',
  vrIntro:
    'Pick a question: you will hear the part of a testimony that answers it, in the speaker’s own recorded words.',
} as const satisfies Catalogue

export type AskKey = keyof typeof askEn

export const ASK: Record<'uk' | 'de' | 'pl', Catalogue> = {
  uk: {
    title: 'Запитати',
    intro:
      'Виберіть запитання або поставте своє: ви почуєте частину свідчення, яка на нього відповідає, власними записаними словами оповідача.',
    suggested: 'Запитання, які можна поставити',
    yourQuestion: 'Ваше запитання',
    askIt: 'Запитати',
    close: 'Закрити',
    reading: 'Готуємо запитання…',
    problem: 'Не вдалося прочитати запитання ({file}). Кожне свідчення все одно можна прослухати зі списку.',
    answer: 'Ви чуєте: {speaker} — «{part}», зі свідчення «{testimony}».',
    wholeTestimony: 'Прослухати все свідчення',
    partEnded: 'Тут ця частина закінчується.',
    noAnswer:
      'На це запитання немає записаної відповіді. Тут нічого не вигадано: ви чуєте лише те, що сказали оповідачі. На ці запитання відповідь є:',
    private: 'Ваше запитання залишається на цьому пристрої.',
    vrIntro:
      'Виберіть запитання: ви почуєте частину свідчення, яка на нього відповідає, власними записаними словами оповідача.',
  },
  de: {
    title: 'Fragen',
    intro:
      'Wählen Sie eine Frage oder stellen Sie Ihre eigene: Sie hören den Teil eines Zeugnisses, der sie beantwortet, in den aufgenommenen Worten der sprechenden Person.',
    suggested: 'Fragen, die Sie stellen können',
    yourQuestion: 'Ihre Frage',
    askIt: 'Fragen',
    close: 'Schließen',
    reading: 'Die Fragen werden vorbereitet…',
    problem:
      'Die Fragen konnten nicht gelesen werden ({file}). Jedes Zeugnis kann weiterhin aus der Liste gehört werden.',
    answer: 'Sie hören {speaker}: „{part}“, aus „{testimony}“.',
    wholeTestimony: 'Das ganze Zeugnis hören',
    partEnded: 'Hier endet dieser Teil.',
    noAnswer:
      'Darauf gibt es keine aufgenommene Antwort. Hier wird nichts erfunden: Sie hören nur, was die Sprechenden gesagt haben. Auf diese Fragen gibt es eine Antwort:',
    private: 'Ihre Frage bleibt auf diesem Gerät.',
    vrIntro:
      'Wählen Sie eine Frage: Sie hören den Teil eines Zeugnisses, der sie beantwortet, in den aufgenommenen Worten der sprechenden Person.',
  },
  pl: {
    title: 'Zapytaj',
    intro:
      'Wybierz pytanie albo zadaj własne: usłyszysz część relacji, która na nie odpowiada, w nagranych słowach osoby mówiącej.',
    suggested: 'Pytania, które możesz zadać',
    yourQuestion: 'Twoje pytanie',
    askIt: 'Zapytaj',
    close: 'Zamknij',
    reading: 'Przygotowujemy pytania…',
    problem: 'Nie udało się odczytać pytań ({file}). Każdej relacji nadal można wysłuchać z listy.',
    answer: 'Słuchasz: {speaker} — „{part}”, z relacji „{testimony}”.',
    wholeTestimony: 'Wysłuchaj całej relacji',
    partEnded: 'Tu kończy się ta część.',
    noAnswer:
      'Na to pytanie nie ma nagranej odpowiedzi. Nic tu nie jest wymyślone: słyszysz tylko to, co powiedzieli mówiący. Na te pytania odpowiedź jest:',
    private: 'Twoje pytanie zostaje na tym urządzeniu.',
    vrIntro: 'Wybierz pytanie: usłyszysz część relacji, która na nie odpowiada, w nagranych słowach osoby mówiącej.',
  },
}

const askMessages = defineMessages('ask', askEn, async (lang) => ASK[lang as keyof typeof ASK])

/** The translator for Ask in the visitor's language. */
export const useAskT = () => useTranslator<AskKey>(askMessages)
