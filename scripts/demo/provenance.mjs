/**
 * How the DEMO content came to be, for each cell's provenance record (content/provenance/<cell>.json) and each
 * testimony's consent scope, in en, uk, de and pl. content.mjs attaches these to its cells and testimonies.
 *
 * Honest by construction: the rooms are drawn for the demo from the campaign's published descriptions of typical
 * places of detention (the #PrisonersVoice "About the project" text and the 2022 winter letter marathon's call) and
 * from illustration, not from any one prison or anyone's memory; the voices are a speech synthesiser's, so no one was
 * recorded, transcribed or asked for consent; every element of the room is marked as illustration. No words are
 * attributed to a real person.
 */

/** The campaign's published texts the demo rooms and voices draw on (shared by both cells). */
const campaignTexts = {
  kind: /** @type {const} */ ('document'),
  title: {
    en: '#PrisonersVoice: About the project (campaign text)',
    uk: '#PrisonersVoice: Про проєкт (текст кампанії)',
    de: '#PrisonersVoice: Über das Projekt (Text der Kampagne)',
    pl: '#PrisonersVoice: O projekcie (tekst kampanii)',
  },
  contributed: {
    en: 'What such places are like in general: overcrowded, unsanitary cells without medical help, where prisoners are beaten, tortured with electricity, deprived of sleep, water and food, and their relatives threatened. It describes no particular cell.',
    uk: 'Якими загалом є такі місця: переповнені камери без санітарних умов і медичної допомоги, де в’язнів б’ють, катують струмом, позбавляють сну, води та їжі, а їхнім рідним погрожують. Жодної конкретної камери цей текст не описує.',
    de: 'Wie solche Orte im Allgemeinen sind: überfüllte, unhygienische Zellen ohne medizinische Hilfe, in denen Gefangene geschlagen, mit Strom gefoltert und ihnen Schlaf, Wasser und Essen entzogen werden, während ihren Angehörigen gedroht wird. Eine bestimmte Zelle beschreibt der Text nicht.',
    pl: 'Jak ogólnie wyglądają takie miejsca: przepełnione cele bez warunków sanitarnych i pomocy medycznej, gdzie więźniów się bije, torturuje prądem, pozbawia snu, wody i jedzenia, a ich bliskim grozi. Tekst nie opisuje żadnej konkretnej celi.',
  },
}

const letterMarathon = {
  kind: /** @type {const} */ ('document'),
  title: {
    en: 'Winter letter marathon 2022 (Center for Civil Liberties and Euromaidan Press)',
    uk: 'Зимовий марафон листів 2022 (Центр громадянських свобод і Euromaidan Press)',
    de: 'Winter-Briefmarathon 2022 (Zentrum für bürgerliche Freiheiten und Euromaidan Press)',
    pl: 'Zimowy maraton listów 2022 (Centrum Swobód Obywatelskich i Euromaidan Press)',
  },
  contributed: {
    en: 'Damp prison walls thousands of kilometres from home; about 300 people held in makeshift basement prisons in occupied Donbas; and that letters from abroad make abuse less likely.',
    uk: 'Вологі стіни в’язниць за тисячі кілометрів від дому; близько 300 людей у імпровізованих підвальних в’язницях окупованого Донбасу; і те, що листи з-за кордону зменшують знущання.',
    de: 'Feuchte Gefängnismauern Tausende Kilometer von zu Hause; rund 300 Menschen in behelfsmäßigen Kellergefängnissen im besetzten Donbas; und dass Briefe aus dem Ausland Misshandlungen unwahrscheinlicher machen.',
    pl: 'Wilgotne mury więzień tysiące kilometrów od domu; około 300 osób w prowizorycznych piwnicznych więzieniach okupowanego Donbasu; oraz to, że listy z zagranicy zmniejszają ryzyko znęcania się.',
  },
  date: '2022',
}

/**
 * The demo's own drawing of the room: what it contributed, in a sentence.
 * @param {{ en: string; uk: string; de: string; pl: string }} contributed
 */
const illustration = (contributed) => ({
  kind: /** @type {const} */ ('illustration'),
  title: {
    en: 'Drawn for this demo by its authors',
    uk: 'Намальовано для цього демо його авторами',
    de: 'Für diese Demo von ihren Autoren gezeichnet',
    pl: 'Narysowane na potrzeby tego demo przez jego autorów',
  },
  contributed,
})

/**
 * An element of the room, drawn to illustrate (nothing in a demo room is from a record or anyone's memory).
 * @param {{ en: string; uk: string; de: string; pl: string }} name
 * @param {{ en: string; uk: string; de: string; pl: string }} note
 */
const drawn = (name, note) => ({ name, basis: /** @type {const} */ ('illustration'), note })

const madeBy = {
  en: 'The demo’s authors, with the content tool (scripts/demo)',
  uk: 'Автори демо, за допомогою інструмента вмісту (scripts/demo)',
  de: 'Die Autoren der Demo, mit dem Inhaltswerkzeug (scripts/demo)',
  pl: 'Autorzy demo, za pomocą narzędzia do treści (scripts/demo)',
}

const lightChange = {
  date: '2026-11-28',
  what: {
    en: 'The room’s light (its bulb, and its window or door) baked into the model; materials drawn for it.',
    uk: 'Світло кімнати (лампочку та вікно чи двері) запечено в модель; матеріали намальовано для неї.',
    de: 'Das Licht des Raums (seine Glühbirne und sein Fenster oder seine Tür) ins Modell eingebrannt; Materialien dafür gezeichnet.',
    pl: 'Światło pomieszczenia (żarówkę oraz okno lub drzwi) wypalono w modelu; materiały narysowano dla niego.',
  },
}

/** Each cell's room record (provenance.ts `roomProvenance`), by cell id. */
export const rooms = {
  'sizo-cell': {
    summary: {
      en: 'Demo content: a generic pre-trial detention cell, drawn for this demo from the campaign’s published descriptions of such cells, not from any one prison or anyone’s memory. It stands in for a reconstruction the campaign will make with people who were held there, who will correct it themselves.',
      uk: 'Демонстраційний вміст: узагальнена камера слідчого ізолятора, намальована для цього демо за описами таких камер, які оприлюднила кампанія, а не за якоюсь однією в’язницею чи чиїмись спогадами. Вона стоїть на місці реконструкції, яку кампанія зробить разом із людьми, яких там тримали, і які самі її виправлять.',
      de: 'Demo-Inhalt: eine verallgemeinerte Zelle der Untersuchungshaft, für diese Demo nach den von der Kampagne veröffentlichten Beschreibungen solcher Zellen gezeichnet, nicht nach einem bestimmten Gefängnis oder jemandes Erinnerung. Sie steht für eine Rekonstruktion, die die Kampagne mit Menschen erstellen wird, die dort festgehalten wurden, und die diese selbst korrigieren werden.',
      pl: 'Treść demonstracyjna: uogólniona cela aresztu śledczego, narysowana na potrzeby tego demo według opublikowanych przez kampanię opisów takich cel, a nie według jednego więzienia czy czyichś wspomnień. Zastępuje rekonstrukcję, którą kampania wykona razem z osobami tam przetrzymywanymi, które same ją poprawią.',
    },
    sources: [
      campaignTexts,
      letterMarathon,
      illustration({
        en: 'The layout, the sizes, the two double bunks, table, toilet, window and door, the materials and the light: a typical cell drawn for the demo, not measured from any place.',
        uk: 'Планування, розміри, два двоярусні ліжка, стіл, туалет, вікно й двері, матеріали та світло: типова камера, намальована для демо, а не виміряна в якомусь місці.',
        de: 'Der Grundriss, die Maße, die zwei Etagenbetten, Tisch, Toilette, Fenster und Tür, die Materialien und das Licht: eine typische Zelle, für die Demo gezeichnet, nicht an einem Ort vermessen.',
        pl: 'Układ, wymiary, dwie prycze piętrowe, stół, toaleta, okno i drzwi, materiały i światło: typowa cela narysowana dla demo, a nie zmierzona w jakimkolwiek miejscu.',
      }),
    ],
    elements: [
      drawn(
        { en: 'The room’s size', uk: 'Розмір камери', de: 'Die Größe der Zelle', pl: 'Wielkość celi' },
        {
          en: 'About 3 × 4.2 m: chosen to illustrate a small cell, not measured.',
          uk: 'Близько 3 × 4,2 м: обрано, щоб показати малу камеру, а не виміряно.',
          de: 'Etwa 3 × 4,2 m: gewählt, um eine kleine Zelle zu zeigen, nicht vermessen.',
          pl: 'Około 3 × 4,2 m: wybrane, by pokazać małą celę, a nie zmierzone.',
        },
      ),
      drawn(
        { en: 'The bunks', uk: 'Нари', de: 'Die Pritschen', pl: 'Prycze' },
        {
          en: 'Fewer places to sleep than people, after the campaign’s word “overcrowded”; their shape is drawn.',
          uk: 'Спальних місць менше, ніж людей, — за словом кампанії «переповнені»; їхню форму намальовано.',
          de: 'Weniger Schlafplätze als Menschen, nach dem Wort der Kampagne „überfüllt“; ihre Form ist gezeichnet.',
          pl: 'Mniej miejsc do spania niż ludzi, według słowa kampanii „przepełnione”; ich kształt narysowano.',
        },
      ),
      drawn(
        { en: 'The window', uk: 'Вікно', de: 'Das Fenster', pl: 'Okno' },
        {
          en: 'Small, barred and high under the ceiling: drawn to illustrate, not from a photograph.',
          uk: 'Маленьке, заґратоване, високо під стелею: намальоване для ілюстрації, а не за фотографією.',
          de: 'Klein, vergittert und hoch unter der Decke: zur Veranschaulichung gezeichnet, nicht nach einem Foto.',
          pl: 'Małe, zakratowane, wysoko pod sufitem: narysowane poglądowo, nie według zdjęcia.',
        },
      ),
      drawn(
        { en: 'The door', uk: 'Двері', de: 'Die Tür', pl: 'Drzwi' },
        {
          en: 'A steel door with a food hatch and a peephole: drawn to illustrate.',
          uk: 'Сталеві двері з віконцем для їжі та вічком: намальовані для ілюстрації.',
          de: 'Eine Stahltür mit Essensklappe und Spion: zur Veranschaulichung gezeichnet.',
          pl: 'Stalowe drzwi z okienkiem na jedzenie i wizjerem: narysowane poglądowo.',
        },
      ),
    ],
    madeBy,
    made: '2026-11',
    changes: [lightChange],
  },
  basement: {
    summary: {
      en: 'Demo content: a generic basement used as a makeshift prison in occupied Donbas, drawn for this demo from the campaign’s published descriptions, not from any one place or anyone’s memory. It stands in for a reconstruction the campaign will make with people who were held in such basements, who will correct it themselves.',
      uk: 'Демонстраційний вміст: узагальнений підвал, перетворений на імпровізовану в’язницю на окупованому Донбасі, намальований для цього демо за описами, які оприлюднила кампанія, а не за якимось одним місцем чи чиїмись спогадами. Він стоїть на місці реконструкції, яку кампанія зробить разом із людьми, яких тримали в таких підвалах, і які самі її виправлять.',
      de: 'Demo-Inhalt: ein verallgemeinerter Keller, der im besetzten Donbas als behelfsmäßiges Gefängnis dient, für diese Demo nach den von der Kampagne veröffentlichten Beschreibungen gezeichnet, nicht nach einem bestimmten Ort oder jemandes Erinnerung. Er steht für eine Rekonstruktion, die die Kampagne mit Menschen erstellen wird, die in solchen Kellern festgehalten wurden, und die diese selbst korrigieren werden.',
      pl: 'Treść demonstracyjna: uogólniona piwnica zamieniona w prowizoryczne więzienie na okupowanym Donbasie, narysowana na potrzeby tego demo według opisów opublikowanych przez kampanię, a nie według jednego miejsca czy czyichś wspomnień. Zastępuje rekonstrukcję, którą kampania wykona razem z osobami przetrzymywanymi w takich piwnicach, które same ją poprawią.',
    },
    sources: [
      letterMarathon,
      campaignTexts,
      illustration({
        en: 'The layout, the sizes, the stair and door, the pipes, mattresses, pallets and bucket, the materials and the light: a typical basement drawn for the demo, not measured from any place.',
        uk: 'Планування, розміри, сходи й двері, труби, матраци, піддони та відро, матеріали та світло: типовий підвал, намальований для демо, а не виміряний в якомусь місці.',
        de: 'Der Grundriss, die Maße, Treppe und Tür, die Rohre, Matratzen, Paletten und der Eimer, die Materialien und das Licht: ein typischer Keller, für die Demo gezeichnet, nicht an einem Ort vermessen.',
        pl: 'Układ, wymiary, schody i drzwi, rury, materace, palety i wiadro, materiały i światło: typowa piwnica narysowana dla demo, a nie zmierzona w jakimkolwiek miejscu.',
      }),
    ],
    elements: [
      drawn(
        { en: 'The room’s size', uk: 'Розмір підвалу', de: 'Die Größe des Kellers', pl: 'Wielkość piwnicy' },
        {
          en: 'About 4.5 × 5.5 m with no window: chosen to illustrate, not measured.',
          uk: 'Близько 4,5 × 5,5 м без вікна: обрано для ілюстрації, а не виміряно.',
          de: 'Etwa 4,5 × 5,5 m ohne Fenster: zur Veranschaulichung gewählt, nicht vermessen.',
          pl: 'Około 4,5 × 5,5 m bez okna: wybrane poglądowo, a nie zmierzone.',
        },
      ),
      drawn(
        { en: 'The floor', uk: 'Підлога', de: 'Der Boden', pl: 'Podłoga' },
        {
          en: 'Mattresses and pallets on concrete and a bucket: drawn to illustrate a makeshift prison.',
          uk: 'Матраци й піддони на бетоні та відро: намальовано, щоб показати імпровізовану в’язницю.',
          de: 'Matratzen und Paletten auf Beton und ein Eimer: gezeichnet, um ein behelfsmäßiges Gefängnis zu zeigen.',
          pl: 'Materace i palety na betonie oraz wiadro: narysowane, by pokazać prowizoryczne więzienie.',
        },
      ),
      drawn(
        { en: 'The stairs and the door', uk: 'Сходи й двері', de: 'Treppe und Tür', pl: 'Schody i drzwi' },
        {
          en: 'A steep stair up to the only door: drawn to illustrate.',
          uk: 'Круті сходи до єдиних дверей: намальовано для ілюстрації.',
          de: 'Eine steile Treppe hinauf zur einzigen Tür: zur Veranschaulichung gezeichnet.',
          pl: 'Strome schody do jedynych drzwi: narysowane poglądowo.',
        },
      ),
    ],
    madeBy,
    made: '2026-11',
    changes: [lightChange],
  },
}

/**
 * A demo testimony's record (provenance.ts `testimonyProvenance`): no one was recorded; a speech synthesiser read a
 * text written for the demo, which the content tool levelled to the loudness of every other voice.
 */
export const demoTestimony = {
  recorded: '2026',
  transcribedBy: {
    en: 'No one: the text was written for this demo and read by a speech synthesiser (espeak-ng)',
    uk: 'Ніхто: текст написано для цього демо, його прочитав синтезатор мовлення (espeak-ng)',
    de: 'Niemand: Der Text wurde für diese Demo geschrieben und von einem Sprachsynthesizer (espeak-ng) gelesen',
    pl: 'Nikt: tekst napisano na potrzeby tego demo i odczytał go syntezator mowy (espeak-ng)',
  },
  translatedBy: {
    en: 'The demo’s authors, writing each sentence in four languages side by side',
    uk: 'Автори демо, які писали кожне речення чотирма мовами поруч',
    de: 'Die Autoren der Demo, die jeden Satz in vier Sprachen nebeneinander schrieben',
    pl: 'Autorzy demo, piszący każde zdanie równolegle w czterech językach',
  },
  audioEdits: /** @type {('synthetic' | 'levelled')[]} */ (['synthetic', 'levelled']),
  agreed: {
    en: 'No one was asked, because no one speaks here: the voice is synthetic and the words are attributed to no real person. The demo may be shown everywhere (web, AR, headsets, exhibitions, kiosks) until the campaign replaces it with recorded testimonies.',
    uk: 'Нікого не питали, бо тут ніхто не говорить: голос синтезований, а слова не приписано жодній реальній людині. Демо можна показувати всюди (веб, AR, гарнітури, виставки, кіоски), доки кампанія не замінить його записаними свідченнями.',
    de: 'Niemand wurde gefragt, weil hier niemand spricht: Die Stimme ist synthetisch, und die Worte werden keiner realen Person zugeschrieben. Die Demo darf überall gezeigt werden (Web, AR, Headsets, Ausstellungen, Kioske), bis die Kampagne sie durch aufgenommene Zeugnisse ersetzt.',
    pl: 'Nikogo nie pytano, bo nikt tu nie mówi: głos jest syntetyczny, a słowa nie są przypisane żadnej prawdziwej osobie. Demo można pokazywać wszędzie (strona, AR, gogle, wystawy, kioski), dopóki kampania nie zastąpi go nagranymi relacjami.',
  },
}

/**
 * A demo testimony's consent scope (schema.ts `consentScope`): everywhere, with no end date, and the campaign's
 * address for withdrawals — a placeholder, like the petition and volunteer links, until the campaign names its own.
 */
export const demoConsent = {
  where: /** @type {('web' | 'ar' | 'headset' | 'exhibition' | 'kiosk')[]} */ ([
    'web',
    'ar',
    'headset',
    'exhibition',
    'kiosk',
  ]),
  withdrawContact: 'https://example.org/prisonersvoice/withdraw',
}
