/**
 * The DEMO testimonies' curated questions (Ask): for each part (by its index in the testimony's chapters), the
 * questions it answers, several phrasings each in uk, en, de, pl. Synthetic, like the demo's texts: they lead to words
 * a synthetic voice reads, attributed to no real person. Other phrasings, for measuring how well questions are
 * matched, live in the tests (tests/fixtures/ask-phrasings.json), never here.
 *
 * The first question of each testimony is the one Ask suggests for it (so every testimony is reachable from the
 * suggestions); the demo's questions about itself come last.
 *
 * Published by `npm run content:demo-parts` (publish-parts.mjs) as content/questions/<testimony>.json.
 */

/** @typedef {{ part: number; en: string[]; uk: string[]; de: string[]; pl: string[] }} Question */

/** What a visitor asks about the demo itself: each testimony's first part says it is synthetic. */
const aboutDemo = {
  part: 0,
  en: ['Is this a real voice?', 'Who is speaking here?', 'Is this a real person?'],
  uk: ['Це справжній голос?', 'Хто тут говорить?', 'Це реальна людина?'],
  de: ['Ist das eine echte Stimme?', 'Wer spricht hier?', 'Ist das ein echter Mensch?'],
  pl: ['Czy to prawdziwy głos?', 'Kto tu mówi?', 'Czy to prawdziwa osoba?'],
}

/** @type {Record<string, Question[]>} */
export const questions = {
  'basement-floor': [
    {
      part: 1,
      en: ['What was the basement like?', 'Where did people sleep in the basement?', 'Was there a toilet?'],
      uk: ['Який був підвал?', 'Де люди спали в підвалі?', 'Чи був там туалет?'],
      de: ['Wie war der Keller?', 'Wo haben die Menschen im Keller geschlafen?', 'Gab es eine Toilette?'],
      pl: ['Jak wyglądała piwnica?', 'Gdzie ludzie spali w piwnicy?', 'Czy była tam toaleta?'],
    },
    {
      part: 2,
      en: ['Was it cold in the basement?', 'Did you get food and water?', 'Did you know what day it was?'],
      uk: ['Чи було холодно в підвалі?', 'Чи давали їжу і воду?', 'Чи знали ви, який сьогодні день?'],
      de: ['War es kalt im Keller?', 'Gab es Essen und Wasser?', 'Wussten Sie, welcher Tag war?'],
      pl: ['Czy w piwnicy było zimno?', 'Czy dostawaliście jedzenie i wodę?', 'Czy wiedzieliście, jaki jest dzień?'],
    },
    aboutDemo,
  ],
  'basement-stairs': [
    {
      part: 1,
      en: [
        'What did you hear from the stairs?',
        'What did footsteps on the stairs mean?',
        'What were you listening for?',
      ],
      uk: ['Що було чути зі сходів?', 'Що означали кроки на сходах?', 'Чого ви прислухалися?'],
      de: ['Was hörte man von der Treppe?', 'Was bedeuteten Schritte auf der Treppe?', 'Worauf haben Sie gehorcht?'],
      pl: ['Co było słychać ze schodów?', 'Co oznaczały kroki na schodach?', 'Czego nasłuchiwaliście?'],
    },
    {
      part: 2,
      en: [
        'Were prisoners beaten or tortured?',
        'Was there torture with electric shocks?',
        'Were relatives threatened?',
      ],
      uk: ["Чи били або катували в'язнів?", 'Чи катували струмом?', 'Чи погрожували родичам?'],
      de: [
        'Wurden Gefangene geschlagen oder gefoltert?',
        'Gab es Folter mit Elektroschocks?',
        'Wurden Angehörige bedroht?',
      ],
      pl: ['Czy więźniów bito lub torturowano?', 'Czy były tortury prądem?', 'Czy grożono krewnym?'],
    },
    {
      part: 3,
      en: ['What helps the prisoners?', 'How can I send a letter to a prisoner in Donbas?', 'Do petitions help?'],
      uk: ["Що допомагає в'язням?", "Як надіслати лист в'язню на Донбасі?", 'Чи допомагають петиції?'],
      de: [
        'Was hilft den Gefangenen?',
        'Wie kann ich einem Gefangenen im Donbas einen Brief schicken?',
        'Helfen Petitionen?',
      ],
      pl: ['Co pomaga więźniom?', 'Jak wysłać list do więźnia w Donbasie?', 'Czy petycje pomagają?'],
    },
    aboutDemo,
  ],
  'sizo-window': [
    {
      part: 1,
      en: ['What is the window like?', 'Could you see the sky from the cell?', 'Were there bars on the window?'],
      uk: ['Яке вікно в камері?', 'Чи було видно небо з камери?', 'Чи були ґрати на вікні?'],
      de: ['Wie ist das Fenster?', 'Konnte man aus der Zelle den Himmel sehen?', 'Hatte das Fenster Gitter?'],
      pl: ['Jakie jest okno?', 'Czy z celi było widać niebo?', 'Czy w oknie były kraty?'],
    },
    {
      part: 2,
      en: ['How could you tell morning from evening?', 'How far away was home?', 'How did you know the time of day?'],
      uk: ['Як відрізнити ранок від вечора?', 'Як далеко був дім?', 'Як ви дізнавалися, котра година?'],
      de: [
        'Wie unterschied man Morgen und Abend?',
        'Wie weit war es bis nach Hause?',
        'Woher wussten Sie die Tageszeit?',
      ],
      pl: ['Jak odróżnić ranek od wieczoru?', 'Jak daleko był dom?', 'Skąd wiedzieliście, jaka jest pora dnia?'],
    },
    aboutDemo,
  ],
  'sizo-bunk': [
    {
      part: 1,
      en: ['How many people were in the cell?', 'Was there a bed for everyone?', 'Was the cell crowded?'],
      uk: ['Скільки людей було в камері?', 'Чи вистачало ліжок на всіх?', 'Чи була камера переповнена?'],
      de: ['Wie viele Menschen waren in der Zelle?', 'Gab es für alle ein Bett?', 'War die Zelle überfüllt?'],
      pl: ['Ile osób było w celi?', 'Czy każdy miał łóżko?', 'Czy cela była przepełniona?'],
    },
    {
      part: 2,
      en: ['Could you sleep?', 'Was the light on at night?', 'Did the guards wake people up?'],
      uk: ['Чи можна було спати?', 'Чи горіло світло вночі?', 'Чи будила охорона людей?'],
      de: ['Konnte man schlafen?', 'Brannte nachts das Licht?', 'Haben die Wärter die Menschen geweckt?'],
      pl: ['Czy dało się spać?', 'Czy w nocy paliło się światło?', 'Czy strażnicy budzili ludzi?'],
    },
    {
      part: 3,
      en: ['Was there a doctor?', 'What happened when someone got sick?', 'Was there medicine?'],
      uk: ['Чи був лікар?', 'Що було, коли хтось захворів?', 'Чи були ліки?'],
      de: ['Gab es einen Arzt?', 'Was geschah, wenn jemand krank wurde?', 'Gab es Medikamente?'],
      pl: ['Czy był lekarz?', 'Co się działo, gdy ktoś zachorował?', 'Czy były leki?'],
    },
    aboutDemo,
  ],
  'sizo-door': [
    {
      part: 1,
      en: ['What is the door like?', 'How was food passed into the cell?', 'Were you watched through the peephole?'],
      uk: ['Які двері в камері?', 'Як передавали їжу в камеру?', 'Чи стежили за вами через вічко?'],
      de: [
        'Wie ist die Tür?',
        'Wie wurde das Essen in die Zelle gereicht?',
        'Wurden Sie durch den Türspion beobachtet?',
      ],
      pl: ['Jakie są drzwi?', 'Jak podawano jedzenie do celi?', 'Czy obserwowano was przez judasza?'],
    },
    {
      part: 2,
      en: [
        'What happened at interrogations?',
        'Were people forced to confess?',
        'Were prisoners beaten at interrogation?',
      ],
      uk: ['Що відбувалося на допитах?', 'Чи змушували людей зізнаватися?', "Чи били в'язнів на допитах?"],
      de: [
        'Was geschah bei den Verhören?',
        'Wurden Menschen zu Geständnissen gezwungen?',
        'Wurden Gefangene beim Verhör geschlagen?',
      ],
      pl: [
        'Co działo się na przesłuchaniach?',
        'Czy zmuszano ludzi do przyznania się?',
        'Czy więźniów bito na przesłuchaniach?',
      ],
    },
    {
      part: 3,
      en: [
        'Do letters from abroad help?',
        'Why should I write a postcard?',
        'Does it matter that the world is watching?',
      ],
      uk: ['Чи допомагають листи з-за кордону?', 'Навіщо писати листівку?', 'Чи важливо, що світ стежить?'],
      de: [
        'Helfen Briefe aus dem Ausland?',
        'Warum sollte ich eine Postkarte schreiben?',
        'Ist es wichtig, dass die Welt hinsieht?',
      ],
      pl: ['Czy listy z zagranicy pomagają?', 'Po co pisać pocztówkę?', 'Czy to ważne, że świat patrzy?'],
    },
    aboutDemo,
  ],
}
