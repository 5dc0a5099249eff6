/**
 * The text of the DEMO content: cells, testimonies (sentence by sentence, English and Ukrainian), calls to action.
 * build-audio.mjs speaks the Ukrainian sentences, times the captions and writes the cell and testimony metadata
 * from this file into .demo-build/; publish.mjs writes public/content/manifest.json from `manifest` and passes every
 * cell and testimony through the content pipeline (scripts/content). Edit here, then run `npm run content:demo`.
 *
 * Ethics: no real person speaks here and no words are attributed to a named person. Every speaker is a labelled
 * synthetic voice standing in for a released prisoner whose testimony the campaign will record. Every testimony
 * opens by saying it is a demonstration, and then describes, in general terms, conditions the campaign's own texts
 * report (overcrowded and damp cells, no medical help, beatings, torture, sleep deprivation, threats against
 * relatives, letters from abroad making abuse less likely, makeshift basement prisons in occupied Donbas).
 * The English and Ukrainian sentences of a testimony correspond one to one (one caption cue each).
 *
 * A testimony's published position is taken by the pipeline from the `anchor-*` node it names in the cell's
 * optimised model; `position` here is what that must come to (checked before and after publishing), and must match
 * the anchors in its cell's recipe (cells/<cell>.mjs).
 */

/** A synthetic stand-in speaker; `pitch` is espeak-ng's -p (0-99) so the demo voices are told apart. */
const demoSpeaker = (n, pitch) => ({
  pitch,
  speaker: {
    label: { en: `Demo voice ${n} — synthetic`, uk: `Демо-голос ${n} — синтезований` },
    bio: {
      en: 'Not a real person. This synthetic voice stands in for a released prisoner whose testimony the campaign will record.',
      uk: 'Це не реальна людина. Синтезований голос звучить тут замість звільненого в’язня, чиє свідчення запише кампанія.',
    },
    demo: true,
    consent: 'demo-synthetic',
  },
})

export const manifest = {
  demo: true,
  title: { en: '#PrisonersVoice — demo content', uk: '#PrisonersVoice — демонстраційний вміст' },
  languages: ['en', 'uk'],
  actions: {
    petition: {
      title: { en: 'Sign the petition (placeholder link)', uk: 'Підпишіть петицію (тимчасове посилання)' },
      description: {
        en: 'Placeholder: the campaign will replace this link with its petition asking international organisations to help free the Ukrainian political prisoners of the Kremlin.',
        uk: 'Тимчасове посилання: кампанія замінить його своєю петицією із закликом до міжнародних організацій допомогти звільнити українських політв’язнів Кремля.',
      },
      url: 'https://example.org/prisonersvoice/petition',
    },
    volunteer: {
      title: { en: 'Volunteer (placeholder link)', uk: 'Станьте волонтером (тимчасове посилання)' },
      description: {
        en: 'Placeholder: the campaign will replace this link with its volunteer sign-up: writing letters to prisoners, the winter letter marathon, telling others about the prisoners.',
        uk: 'Тимчасове посилання: кампанія замінить його своєю формою для волонтерів: листи в’язням, зимовий марафон листів, розповіді іншим про в’язнів.',
      },
      url: 'https://example.org/prisonersvoice/volunteer',
    },
  },
}

export const cells = [
  {
    id: 'sizo-cell',
    demo: true,
    name: { en: 'Pre-trial detention cell', uk: 'Камера слідчого ізолятора' },
    place: {
      en: 'A pre-trial detention centre (SIZO) in Russia or occupied Crimea: a generic reconstruction, not a specific prison',
      uk: 'Слідчий ізолятор (СІЗО) у Росії чи в окупованому Криму: узагальнена реконструкція, а не конкретна в’язниця',
    },
    dates: { en: 'Since 2014 (illustrative)', uk: 'З 2014 року (ілюстративно)' },
    heldHere: {
      en: 'Ukrainian civilians held on fabricated charges: journalists, teachers, doctors, human-rights defenders',
      uk: 'Українські цивільні, яких тримають за сфабрикованими звинуваченнями: журналісти, вчителі, лікарі, правозахисники',
    },
    description: {
      en: 'Demo content. A typical cell of about 3 × 4.2 m: two double bunks, a table and a bench, a squat toilet behind a low partition, a small barred window under the ceiling and a steel door with a food hatch. The voices are synthetic placeholders until the campaign records people who were released.',
      uk: 'Демонстраційний вміст. Типова камера приблизно 3 × 4,2 м: два двоярусні ліжка, стіл і лавка, туалет за низькою перегородкою, маленьке заґратоване вікно під стелею та сталеві двері з віконцем для їжі. Голоси синтезовані й тимчасові, доки кампанія не запише людей, яких звільнили.',
    },
    model: 'models/sizo-cell.glb',
    dimensions: { width: 3.0, depth: 4.2, height: 2.9 },
    start: { position: [0, 0, 0.9], yaw: 0 },
    ambientVolume: 0.6,
    testimonies: [
      {
        id: 'sizo-window',
        ...demoSpeaker(1, 50),
        title: { en: 'The window', uk: 'Вікно' },
        anchor: 'anchor-window',
        position: [0, 1.6, -1.75],
        contentNote: {
          en: 'Describes conditions of detention: damp, cold and isolation.',
          uk: 'Описує умови утримання: вологу, холод та ізоляцію.',
        },
        sentences: [
          [
            'This is a demonstration: a synthetic voice is reading a text written for this demo.',
            'Це демонстрація: синтезований голос читає текст, написаний для цього демо.',
          ],
          [
            'In the finished exhibition, someone who has been released will speak here in their own voice.',
            'У готовій експозиції тут власним голосом говоритиме людина, яка вийшла на волю.',
          ],
          [
            'People who were held in pre-trial detention cells like this one speak about the window first.',
            'Люди, яких тримали в таких камерах слідчого ізолятора, насамперед розповідають про вікно.',
          ],
          [
            'It is small and high under the ceiling, with bars on the inside and a metal mesh on the outside, so the sky cannot be seen.',
            'Воно маленьке, високо під стелею, з ґратами всередині й металевою сіткою ззовні, тож неба не видно.',
          ],
          [
            'The walls around it are damp, and in winter the cold comes straight through them.',
            'Стіни довкола нього вологі, а взимку холод проходить просто крізь них.',
          ],
          [
            'For months, that grey patch of light is the only way to tell morning from evening.',
            'Місяцями ця сіра пляма світла — єдиний спосіб відрізнити ранок від вечора.',
          ],
          [
            'Home is thousands of kilometres away, and the window does not even show which way it lies.',
            'Дім — за тисячі кілометрів, і з вікна навіть не видно, в який бік до нього.',
          ],
        ],
      },
      {
        id: 'sizo-bunk',
        ...demoSpeaker(2, 38),
        title: { en: 'The bunks', uk: 'Нари' },
        anchor: 'anchor-bunk',
        position: [-0.55, 1.2, -0.6],
        contentNote: {
          en: 'Mentions overcrowding, sleep deprivation and illness without medical help.',
          uk: 'Згадує переповнені камери, позбавлення сну та хвороби без медичної допомоги.',
        },
        sentences: [
          [
            'This is a demonstration with a synthetic voice; the words were written for this demo.',
            'Це демонстрація із синтезованим голосом; слова написано для цього демо.',
          ],
          [
            'People held in cells like this say there are more people than places to sleep.',
            'Люди, яких тримали в таких камерах, розповідають, що людей тут більше, ніж спальних місць.',
          ],
          [
            'They sleep in turns, on the floor, or two to a narrow mattress.',
            'Сплять по черзі, на підлозі або вдвох на вузькому матраці.',
          ],
          [
            'The light above the door is often never switched off, and the guards can wake people at any hour.',
            'Світло над дверима часто не вимикають ніколи, а наглядачі можуть розбудити будь-коли.',
          ],
          [
            'Depriving people of sleep is one of the ways prisoners are put under pressure.',
            'Позбавлення сну — один зі способів тиску на в’язнів.',
          ],
          [
            'When someone falls ill, there is often no doctor and no medicine, only a long wait.',
            'Коли хтось захворює, лікаря й ліків часто немає, лише довге чекання.',
          ],
          [
            'During the pandemic there was not even a chance to wash one’s hands.',
            'Під час пандемії не було навіть змоги помити руки.',
          ],
        ],
      },
      {
        id: 'sizo-door',
        ...demoSpeaker(3, 58),
        title: { en: 'The door', uk: 'Двері' },
        anchor: 'anchor-door',
        position: [0.575, 1.5, 1.7],
        contentNote: {
          en: 'Mentions interrogations, beatings and threats against relatives.',
          uk: 'Згадує допити, побиття та погрози рідним.',
        },
        sentences: [
          [
            'This is a demonstration: the voice is synthetic and the text was written for this demo.',
            'Це демонстрація: голос синтезований, а текст написано для цього демо.',
          ],
          [
            'People held in cells like this say that every sound at the door keeps them on edge.',
            'Люди, яких тримали в таких камерах, кажуть, що кожен звук біля дверей тримає в напрузі.',
          ],
          [
            'Food is passed through the hatch in the door, and through the peephole you can be watched at any moment.',
            'Їжу подають крізь віконце в дверях, а крізь вічко за тобою можуть стежити будь-якої миті.',
          ],
          [
            'When the door opens, it can mean interrogation, and interrogation can mean beatings.',
            'Коли двері відчиняються, це може означати допит, а допит може означати побиття.',
          ],
          [
            'To force confessions to crimes people did not commit, investigators threaten their relatives.',
            'Щоб вибити зізнання у злочинах, яких люди не скоювали, слідчі погрожують їхнім рідним.',
          ],
          [
            'But there is something else, too: when prison staff see that the world is watching, they abuse prisoners less.',
            'Але є й інше: коли працівники в’язниці бачать, що світ стежить, вони менше знущаються з в’язнів.',
          ],
          [
            'That is why letters and postcards from abroad protect prisoners, even when they are not handed over.',
            'Тому листи й листівки з-за кордону захищають в’язнів, навіть якщо їх не передають адресатам.',
          ],
          ['You can write one too.', 'Ви теж можете написати такого листа.'],
        ],
      },
    ],
  },
  {
    id: 'basement',
    demo: true,
    name: { en: 'Basement prison', uk: 'Підвальна в’язниця' },
    place: {
      en: 'A basement in occupied Donbas used as a makeshift prison: a generic reconstruction, not a specific place',
      uk: 'Підвал на окупованому Донбасі, перетворений на імпровізовану в’язницю: узагальнена реконструкція, а не конкретне місце',
    },
    dates: { en: 'Since 2014 (illustrative)', uk: 'З 2014 року (ілюстративно)' },
    heldHere: {
      en: 'Civilians detained in occupied Donbas and held outside any official prison',
      uk: 'Цивільні, затримані на окупованому Донбасі, яких тримають поза будь-якою офіційною в’язницею',
    },
    description: {
      en: 'Demo content. A basement of about 4.5 × 5.5 m with no window: rough concrete walls, pipes under the ceiling, a bare bulb, mattresses and pallets on the floor, a bucket, and a steep stair up to the only door. The voices are synthetic placeholders until the campaign records people who were released.',
      uk: 'Демонстраційний вміст. Підвал приблизно 4,5 × 5,5 м без жодного вікна: шорсткі бетонні стіни, труби під стелею, гола лампочка, матраци й піддони на підлозі, відро та круті сходи до єдиних дверей. Голоси синтезовані й тимчасові, доки кампанія не запише людей, яких звільнили.',
    },
    model: 'models/basement.glb',
    dimensions: { width: 4.5, depth: 5.5, height: 2.3 },
    // Beside the foot of the landing, turned a little right: the stairs and the floor both in view on a phone.
    start: { position: [-1, 0, 2.4], yaw: -7 },
    ambientVolume: 0.6,
    testimonies: [
      {
        id: 'basement-floor',
        ...demoSpeaker(4, 44),
        title: { en: 'The floor', uk: 'Підлога' },
        anchor: 'anchor-floor',
        position: [0, 1.1, -1.4],
        contentNote: {
          en: 'Describes detention in a basement: cold, damp, little water or food, no toilet.',
          uk: 'Описує утримання в підвалі: холод, вологу, брак води та їжі, відсутність туалету.',
        },
        sentences: [
          [
            'This is a demonstration: a synthetic voice is reading a text written for this demo.',
            'Це демонстрація: синтезований голос читає текст, написаний для цього демо.',
          ],
          [
            'In occupied Donbas, hundreds of people have been held not in prisons but in basements like this one.',
            'На окупованому Донбасі сотні людей тримали не у в’язницях, а в таких підвалах, як цей.',
          ],
          [
            'Those who were held in them describe mattresses or pallets on a concrete floor, and a bucket instead of a toilet.',
            'Ті, кого там тримали, описують матраци або піддони на бетонній підлозі й відро замість туалету.',
          ],
          [
            'There is no window; air comes in only through a small grate.',
            'Вікна немає; повітря надходить лише крізь маленьку решітку.',
          ],
          [
            'It is cold and damp all year round, and water and food are handed out rarely.',
            'Тут холодно й волого цілий рік, а воду та їжу дають рідко.',
          ],
          [
            'Without daylight, people lose count of the days and do not know how much time has passed.',
            'Без денного світла люди втрачають лік дням і не знають, скільки часу минуло.',
          ],
          ['They are civilians: people who committed no crime.', 'Це цивільні — люди, які не вчинили жодного злочину.'],
        ],
      },
      {
        id: 'basement-stairs',
        ...demoSpeaker(5, 32),
        title: { en: 'The stairs', uk: 'Сходи' },
        anchor: 'anchor-stairs',
        position: [-1.05, 1.5, 0.25],
        contentNote: {
          en: 'Mentions beatings, torture with electric shocks, deprivation of sleep, water and food, and threats against relatives.',
          uk: 'Згадує побиття, катування струмом, позбавлення сну, води та їжі, а також погрози рідним.',
        },
        sentences: [
          [
            'This is a demonstration with a synthetic voice; the text was written for this demo.',
            'Це демонстрація із синтезованим голосом; текст написано для цього демо.',
          ],
          [
            'People held in basements like this say that what they listen to most is the stairs and the door at the top.',
            'Люди, яких тримали в таких підвалах, кажуть, що найбільше прислухаються до сходів і дверей нагорі.',
          ],
          [
            'Footsteps on the stairs can mean that someone will be taken up for interrogation.',
            'Кроки на сходах можуть означати, що когось поведуть нагору на допит.',
          ],
          [
            'Prisoners describe beatings, torture with electric shocks, and days without sleep, water or food.',
            'В’язні розповідають про побиття, катування струмом і дні без сну, води та їжі.',
          ],
          ['Their relatives are threatened with violence.', 'Їхнім рідним погрожують насильством.'],
          [
            'What helps is not being forgotten: names the world knows, petitions, letters.',
            'Допомагає те, що про них не забувають: імена, які знає світ, петиції, листи.',
          ],
          [
            'Letters to prisoners in occupied Donbas can be sent through the Center for Civil Liberties.',
            'Листи до в’язнів на окупованому Донбасі можна передати через Центр громадянських свобод.',
          ],
        ],
      },
    ],
  },
]
