import type { Catalogue } from '../i18n/messages'

/** The "Write a letter" page in the other interface languages; plural keys follow each language's CLDR forms. */
type LettersMessages = Catalogue

export const lettersUk: LettersMessages = {
  pageTitle: 'Напишіть лист політичному в’язню',
  back: 'Назад',
  demoDirectory: 'Демонстраційний довідник: ці люди вигадані; справжні імена та адреси надасть кампанія.',
  whyTitle: 'Чому листи важливі',
  whyWatching:
    'Коли тюремники бачать, що світ стежить, вони менше знущаються з людей, які опинилися в їхніх руках. Кожен лист — доказ того, що хтось стежить.',
  whyAbroad:
    'Листівки й листи з-за кордону захищають в’язня, навіть якщо до нього так і не доходять: цензори їх читають і знають, що про в’язня не забули.',
  whySupport:
    'Для людини, яку за сфабрикованими звинуваченнями тримають далеко від дому, кілька теплих слів від незнайомця можуть означати більше, ніж ви уявляєте.',
  rulesTitle: 'Як написати, щоб лист дійшов',
  ruleRussian:
    'Пишіть російською, щоб цензори пропустили лист. Якщо ви не знаєте російської, скористайтеся простими фразами нижче: коротка листівка теж приносить велику радість.',
  ruleNeutral:
    'Дотримуйтеся політичної нейтральності: жодної політики, жодних новин про війну, нічого, що цензори могли б використати проти в’язня.',
  ruleEnvelope: 'Напишіть на конверті повне ім’я та рік народження в’язня, а адресу — точно так, як її подано.',
  ruleReply: 'Додайте кілька чистих аркушів паперу, конверт і марку, щоб людина могла відповісти.',
  ruleDonbas: 'Листи людям, яких утримують на окупованому Донбасі, передають через Центр громадянських свобод.',
  directoryTitle: 'Кому можна написати',
  born: 'рік народження: {year}',
  heldAt: 'Місце утримання',
  address: 'Адреса',
  writeTo: 'Написати: {name}',
  composerTitle: 'Складіть листівку',
  nothingLeaves: 'Усе, що ви вводите, залишається на цьому пристрої: жоден текст нікуди не надсилається.',
  choosePerson: 'Кому',
  choosePersonPrompt: 'Оберіть людину',
  pickPhrases: 'Оберіть фрази',
  group_greeting: 'Привітання',
  group_support: 'Підтримка',
  group_wishes: 'Побажання',
  'group_about-me': 'Про мене',
  group_closing: 'Прощання',
  yourName: 'Ваше ім’я',
  yourCountry: 'Ваша країна',
  phrasesChosen: {
    one: 'Обрано {count} фразу',
    few: 'Обрано {count} фрази',
    many: 'Обрано {count} фраз',
    other: 'Обрано {count} фрази',
  },
  preview: 'Попередній перегляд',
  previewEmpty: 'Оберіть людину й кілька фраз, щоб побачити свою листівку.',
  russianText: 'Листівка (російською)',
  translation: 'Що в ній написано ({language})',
  envelope: 'Конверт',
  envelopeTo: 'Кому',
  envelopeFrom: 'Від кого',
  print: 'Надрукувати',
  copy: 'Скопіювати текст',
  copied: 'Скопійовано.',
  copyFailed: 'Тут копіювати не дозволено; виділіть текст і скопіюйте його вручну.',
  clear: 'Почати наново',
  dated: 'Написано {date}',
}

export const lettersDe: LettersMessages = {
  pageTitle: 'Schreiben Sie einem politischen Gefangenen',
  back: 'Zurück',
  demoDirectory:
    'Demo-Verzeichnis: Diese Personen sind erfunden; die echten Namen und Adressen stellt die Kampagne bereit.',
  whyTitle: 'Warum Briefe wichtig sind',
  whyWatching:
    'Wenn das Gefängnispersonal sieht, dass die Welt hinschaut, misshandelt es die Menschen in seiner Gewalt seltener. Jeder Brief ist ein Beweis dafür, dass jemand hinschaut.',
  whyAbroad:
    'Postkarten und Briefe aus dem Ausland schützen Gefangene, selbst wenn sie nie zugestellt werden: Die Zensoren lesen sie und wissen, dass diese Menschen nicht vergessen sind.',
  whySupport:
    'Für jemanden, der unter konstruierten Vorwürfen fern der Heimat festgehalten wird, können ein paar warme Worte von einem fremden Menschen mehr bedeuten, als Sie sich vorstellen.',
  rulesTitle: 'So schreiben Sie, damit Ihr Brief ankommt',
  ruleRussian:
    'Schreiben Sie auf Russisch, damit die Zensur den Brief durchlässt. Wenn Sie kein Russisch können, nutzen Sie die einfachen Sätze unten: Auch eine kurze Postkarte macht große Freude.',
  ruleNeutral:
    'Bleiben Sie politisch neutral: keine Politik, keine Nachrichten über den Krieg, nichts, was die Zensur gegen den Gefangenen verwenden könnte.',
  ruleEnvelope:
    'Schreiben Sie den vollständigen Namen und das Geburtsjahr des Gefangenen auf den Umschlag, die Adresse genau wie angegeben.',
  ruleReply:
    'Legen Sie ein paar leere Blätter, einen Umschlag und eine Briefmarke bei, damit eine Antwort möglich ist.',
  ruleDonbas:
    'Briefe an Menschen, die im besetzten Donbas festgehalten werden, laufen über das Zentrum für bürgerliche Freiheiten.',
  directoryTitle: 'Menschen, denen Sie schreiben können',
  born: 'geboren {year}',
  heldAt: 'Haftort',
  address: 'Adresse',
  writeTo: 'An {name} schreiben',
  composerTitle: 'Eine Postkarte gestalten',
  nothingLeaves: 'Nichts, was Sie eingeben, verlässt dieses Gerät: Es wird kein Text irgendwohin gesendet.',
  choosePerson: 'An',
  choosePersonPrompt: 'Person auswählen',
  pickPhrases: 'Sätze auswählen',
  group_greeting: 'Begrüßung',
  group_support: 'Zuspruch',
  group_wishes: 'Wünsche',
  'group_about-me': 'Über mich',
  group_closing: 'Abschluss',
  yourName: 'Ihr Name',
  yourCountry: 'Ihr Land',
  phrasesChosen: { one: '{count} Satz ausgewählt', other: '{count} Sätze ausgewählt' },
  preview: 'Vorschau',
  previewEmpty: 'Wählen Sie eine Person und einige Sätze aus, um Ihre Postkarte zu sehen.',
  russianText: 'Postkarte (Russisch)',
  translation: 'Was darauf steht ({language})',
  envelope: 'Umschlag',
  envelopeTo: 'An',
  envelopeFrom: 'Von',
  print: 'Drucken',
  copy: 'Text kopieren',
  copied: 'Kopiert.',
  copyFailed: 'Kopieren ist hier nicht erlaubt; markieren Sie den Text und kopieren Sie ihn von Hand.',
  clear: 'Neu beginnen',
  dated: 'Geschrieben am {date}',
}

export const lettersPl: LettersMessages = {
  pageTitle: 'Napisz list do więźnia politycznego',
  back: 'Wróć',
  demoDirectory: 'Katalog demonstracyjny: te osoby są zmyślone; prawdziwe nazwiska i adresy dostarczy kampania.',
  whyTitle: 'Dlaczego listy są ważne',
  whyWatching:
    'Gdy personel więzienia widzi, że świat patrzy, rzadziej znęca się nad ludźmi, którzy są w jego rękach. Każdy list jest dowodem, że ktoś patrzy.',
  whyAbroad:
    'Kartki i listy z zagranicy chronią więźnia, nawet jeśli nigdy do niego nie dotrą: cenzorzy je czytają i wiedzą, że o więźniu nie zapomniano.',
  whySupport:
    'Dla kogoś, kto na podstawie sfabrykowanych zarzutów jest przetrzymywany daleko od domu, kilka ciepłych słów od nieznajomej osoby może znaczyć więcej, niż sobie wyobrażasz.',
  rulesTitle: 'Jak pisać, żeby list dotarł',
  ruleRussian:
    'Pisz po rosyjsku, żeby cenzorzy przepuścili list. Jeśli nie znasz rosyjskiego, skorzystaj z prostych zwrotów poniżej: krótka kartka też sprawia wielką radość.',
  ruleNeutral:
    'Zachowaj neutralność polityczną: żadnej polityki, żadnych wiadomości o wojnie, niczego, co cenzorzy mogliby wykorzystać przeciwko więźniowi.',
  ruleEnvelope:
    'Na kopercie napisz pełne imię i nazwisko oraz rok urodzenia więźnia, a adres dokładnie tak, jak został podany.',
  ruleReply: 'Dołącz kilka czystych kartek, kopertę i znaczek, żeby adresat mógł odpisać.',
  ruleDonbas:
    'Listy do osób przetrzymywanych na okupowanym Donbasie są przekazywane przez Centrum Swobód Obywatelskich.',
  directoryTitle: 'Osoby, do których możesz napisać',
  born: 'ur. {year}',
  heldAt: 'Miejsce przetrzymywania',
  address: 'Adres',
  writeTo: 'Napisz do: {name}',
  composerTitle: 'Ułóż kartkę',
  nothingLeaves: 'Nic, co wpiszesz, nie opuszcza tego urządzenia: żaden tekst nie jest nigdzie wysyłany.',
  choosePerson: 'Do',
  choosePersonPrompt: 'Wybierz osobę',
  pickPhrases: 'Wybierz zwroty',
  group_greeting: 'Powitanie',
  group_support: 'Wsparcie',
  group_wishes: 'Życzenia',
  'group_about-me': 'O mnie',
  group_closing: 'Zakończenie',
  yourName: 'Twoje imię',
  yourCountry: 'Twój kraj',
  phrasesChosen: {
    one: 'Wybrano {count} zwrot',
    few: 'Wybrano {count} zwroty',
    many: 'Wybrano {count} zwrotów',
    other: 'Wybrano {count} zwrotu',
  },
  preview: 'Podgląd',
  previewEmpty: 'Wybierz osobę i kilka zwrotów, aby zobaczyć swoją kartkę.',
  russianText: 'Kartka (po rosyjsku)',
  translation: 'Co na niej napisano ({language})',
  envelope: 'Koperta',
  envelopeTo: 'Adresat',
  envelopeFrom: 'Nadawca',
  print: 'Drukuj',
  copy: 'Kopiuj tekst',
  copied: 'Skopiowano.',
  copyFailed: 'Kopiowanie jest tu niedozwolone; zaznacz tekst i skopiuj go ręcznie.',
  clear: 'Zacznij od nowa',
  dated: 'Napisano {date}',
}
export const LETTERS = { uk: lettersUk, de: lettersDe, pl: lettersPl }
