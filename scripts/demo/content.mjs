/**
 * The text of the DEMO content: cells, testimonies (sentence by sentence, in uk, en, de, pl), calls to action.
 * build-audio.mjs speaks the Ukrainian sentences, times the captions and writes the cell and testimony metadata
 * from this file into .demo-build/; publish.mjs writes public/content/manifest.json from `manifest` and passes every
 * cell and testimony through the content pipeline (scripts/content). Edit here, then run `npm run content:demo`.
 *
 * Ethics: no real person speaks here and no words are attributed to a named person. Every speaker is a labelled
 * synthetic voice standing in for a released prisoner whose testimony the campaign will record. Every testimony
 * opens by saying it is a demonstration, and then describes, in general terms, conditions the campaign's own texts
 * report (overcrowded and damp cells, no medical help, beatings, torture, sleep deprivation, threats against
 * relatives, letters from abroad making abuse less likely, makeshift basement prisons in occupied Donbas).
 * Each sentence is given in English, Ukrainian, German and Polish, one to one (one caption cue each); the voice
 * speaks the Ukrainian, and every language's captions share its cue timings.
 *
 * A testimony's published position is taken by the pipeline from the `anchor-*` node it names in the cell's
 * optimised model; `position` here is what that must come to (checked before and after publishing), and must match
 * the anchors in its cell's recipe (cells/<cell>.mjs).
 *
 * How each room and voice came to be (the cells' provenance records) and what the demo's consent covers are in
 * provenance.mjs: drawn from the campaign's published descriptions and illustration, synthetic voices, shown
 * everywhere.
 */
import { demoConsent, demoTestimony, rooms } from './provenance.mjs'

/** Who the demo recipe publishes as when PV_CURATOR names no one (the provenance record's `published.by`). */
export const DEMO_PUBLISHER = 'The demo recipe (scripts/demo)'

/**
 * A synthetic stand-in speaker; `pitch` is espeak-ng's -p (0-99) so the demo voices are told apart.
 * @param {number} n
 * @param {number} pitch
 */
const demoSpeaker = (n, pitch) => ({
  pitch,
  speaker: {
    label: {
      en: `Demo voice ${n} — synthetic`,
      uk: `Демо-голос ${n} — синтезований`,
      de: `Demo-Stimme ${n} — synthetisch`,
      pl: `Głos demonstracyjny ${n} — syntetyczny`,
    },
    bio: {
      en: 'Not a real person. This synthetic voice stands in for a released prisoner whose testimony the campaign will record.',
      uk: 'Це не реальна людина. Синтезований голос звучить тут замість звільненого в’язня, чиє свідчення запише кампанія.',
      de: 'Keine reale Person. Diese synthetische Stimme steht für einen freigelassenen Gefangenen, dessen Zeugnis die Kampagne aufnehmen wird.',
      pl: 'To nie jest prawdziwa osoba. Ten syntetyczny głos zastępuje byłego więźnia, którego relację nagra kampania.',
    },
    demo: true,
    consent: 'demo-synthetic',
  },
  consentScope: demoConsent,
  provenance: demoTestimony,
})

export const manifest = {
  demo: true,
  title: {
    en: '#PrisonersVoice — demo content',
    uk: '#PrisonersVoice — демонстраційний вміст',
    de: '#PrisonersVoice — Demo-Inhalt',
    pl: '#PrisonersVoice — treść demonstracyjna',
  },
  // Promised (and held to by `npm run content -- check`): English and Ukrainian. The demo's texts, captions and
  // transcripts are also in German and Polish; the content tool's tests build on a manifest that promises two.
  languages: ['en', 'uk'],
  actions: {
    petition: {
      title: {
        en: 'Sign the petition (placeholder link)',
        uk: 'Підпишіть петицію (тимчасове посилання)',
        de: 'Petition unterschreiben (Platzhalter-Link)',
        pl: 'Podpisz petycję (link tymczasowy)',
      },
      description: {
        en: 'Placeholder: the campaign will replace this link with its petition asking international organisations to help free the Ukrainian political prisoners of the Kremlin.',
        uk: 'Тимчасове посилання: кампанія замінить його своєю петицією із закликом до міжнародних організацій допомогти звільнити українських політв’язнів Кремля.',
        de: 'Platzhalter: Die Kampagne ersetzt diesen Link durch ihre Petition, die internationale Organisationen auffordert, bei der Befreiung der ukrainischen politischen Gefangenen des Kremls zu helfen.',
        pl: 'Link tymczasowy: kampania zastąpi go swoją petycją wzywającą organizacje międzynarodowe do pomocy w uwolnieniu ukraińskich więźniów politycznych Kremla.',
      },
      url: 'https://example.org/prisonersvoice/petition',
      lang: 'en',
    },
    volunteer: {
      title: {
        en: 'Volunteer (placeholder link)',
        uk: 'Станьте волонтером (тимчасове посилання)',
        de: 'Freiwillig mithelfen (Platzhalter-Link)',
        pl: 'Zostań wolontariuszem (link tymczasowy)',
      },
      description: {
        en: 'Placeholder: the campaign will replace this link with its volunteer sign-up: writing letters to prisoners, the winter letter marathon, telling others about the prisoners.',
        uk: 'Тимчасове посилання: кампанія замінить його своєю формою для волонтерів: листи в’язням, зимовий марафон листів, розповіді іншим про в’язнів.',
        de: 'Platzhalter: Die Kampagne ersetzt diesen Link durch ihre Anmeldung für Freiwillige: Briefe an Gefangene, der Winter-Briefmarathon, anderen von den Gefangenen erzählen.',
        pl: 'Link tymczasowy: kampania zastąpi go swoim formularzem dla wolontariuszy: listy do więźniów, zimowy maraton listów, opowiadanie innym o więźniach.',
      },
      url: 'https://example.org/prisonersvoice/volunteer',
      lang: 'en',
    },
  },
}

export const cells = [
  {
    id: 'sizo-cell',
    demo: true,
    name: {
      en: 'Pre-trial detention cell',
      uk: 'Камера слідчого ізолятора',
      de: 'Zelle in der Untersuchungshaft',
      pl: 'Cela aresztu śledczego',
    },
    place: {
      en: 'A pre-trial detention centre (SIZO) in Russia or occupied Crimea: a generic reconstruction, not a specific prison',
      uk: 'Слідчий ізолятор (СІЗО) у Росії чи в окупованому Криму: узагальнена реконструкція, а не конкретна в’язниця',
      de: 'Eine Untersuchungshaftanstalt (SISO) in Russland oder auf der besetzten Krim: eine verallgemeinerte Rekonstruktion, kein bestimmtes Gefängnis',
      pl: 'Areszt śledczy (SIZO) w Rosji lub na okupowanym Krymie: uogólniona rekonstrukcja, a nie konkretne więzienie',
    },
    dates: {
      en: 'Since 2014 (illustrative)',
      uk: 'З 2014 року (ілюстративно)',
      de: 'Seit 2014 (zur Veranschaulichung)',
      pl: 'Od 2014 roku (poglądowo)',
    },
    heldHere: {
      en: 'Ukrainian civilians held on fabricated charges: journalists, teachers, doctors, human-rights defenders',
      uk: 'Українські цивільні, яких тримають за сфабрикованими звинуваченнями: журналісти, вчителі, лікарі, правозахисники',
      de: 'Ukrainische Zivilisten, die unter konstruierten Vorwürfen festgehalten werden: Journalisten, Lehrkräfte, Ärzte, Menschenrechtsverteidiger',
      pl: 'Ukraińscy cywile przetrzymywani pod sfabrykowanymi zarzutami: dziennikarze, nauczyciele, lekarze, obrońcy praw człowieka',
    },
    description: {
      en: 'Demo content. A typical cell of about 3 × 4.2 m: two double bunks, a table and a bench, a squat toilet behind a low partition, a small barred window under the ceiling and a steel door with a food hatch. The voices are synthetic placeholders until the campaign records people who were released.',
      uk: 'Демонстраційний вміст. Типова камера приблизно 3 × 4,2 м: два двоярусні ліжка, стіл і лавка, туалет за низькою перегородкою, маленьке заґратоване вікно під стелею та сталеві двері з віконцем для їжі. Голоси синтезовані й тимчасові, доки кампанія не запише людей, яких звільнили.',
      de: 'Demo-Inhalt. Eine typische Zelle von etwa 3 × 4,2 m: zwei Etagenbetten, ein Tisch und eine Bank, eine Hocktoilette hinter einer niedrigen Trennwand, ein kleines vergittertes Fenster unter der Decke und eine Stahltür mit Essensklappe. Die Stimmen sind synthetische Platzhalter, bis die Kampagne Menschen aufnimmt, die freigelassen wurden.',
      pl: 'Treść demonstracyjna. Typowa cela o wymiarach około 3 × 4,2 m: dwie prycze piętrowe, stół i ławka, toaleta kucana za niskim przepierzeniem, małe zakratowane okno pod sufitem i stalowe drzwi z okienkiem na jedzenie. Głosy są syntetyczne i tymczasowe, dopóki kampania nie nagra osób, które wyszły na wolność.',
    },
    model: 'models/sizo-cell.glb',
    provenance: rooms['sizo-cell'],
    dimensions: { width: 3.0, depth: 4.2, height: 2.9 },
    start: { position: [0, 0, 0.9], yaw: 0 },
    // baked by the content tool: the caged ceiling bulb, dim and yellow; grey daylight through the frosted window
    light: {
      exposure: 1.3,
      ambient: 0.12,
      sources: [
        { kind: 'bulb', position: [0, 2.78, -0.4], color: '#ffcf8a', power: 1.6, radius: 0.12 },
        {
          kind: 'window',
          position: [0, 2.275, -2.37],
          size: [0.9, 0.55],
          facing: [0, 0, 1],
          color: '#aab6c4',
          power: 1.2,
        },
      ],
    },
    ambientVolume: 0.6,
    testimonies: [
      {
        id: 'sizo-window',
        ...demoSpeaker(1, 50),
        title: { en: 'The window', uk: 'Вікно', de: 'Das Fenster', pl: 'Okno' },
        anchor: 'anchor-window',
        position: [0, 1.6, -1.75],
        contentNote: {
          en: 'Describes conditions of detention: damp, cold and isolation.',
          uk: 'Описує умови утримання: вологу, холод та ізоляцію.',
          de: 'Beschreibt die Haftbedingungen: Feuchtigkeit, Kälte und Isolation.',
          pl: 'Opisuje warunki przetrzymywania: wilgoć, zimno i izolację.',
        },
        // Its parts (WebVTT chapters): each begins at a sentence (by index) and runs to the next part.
        parts: [
          { from: 0, title: { en: 'About this demo', uk: 'Про це демо', de: 'Über diese Demo', pl: 'O tym demo' } },
          {
            from: 2,
            title: {
              en: 'What the window is like',
              uk: 'Яке воно, вікно',
              de: 'Wie das Fenster ist',
              pl: 'Jakie jest okno',
            },
          },
          {
            from: 5,
            title: { en: 'Time and distance', uk: 'Час і відстань', de: 'Zeit und Entfernung', pl: 'Czas i odległość' },
          },
        ],
        sentences: [
          [
            'This is a demonstration: a synthetic voice is reading a text written for this demo.',
            'Це демонстрація: синтезований голос читає текст, написаний для цього демо.',
            'Dies ist eine Demonstration: Eine synthetische Stimme liest einen Text, der für diese Demo geschrieben wurde.',
            'To jest demonstracja: syntetyczny głos czyta tekst napisany na potrzeby tego demo.',
          ],
          [
            'In the finished exhibition, someone who has been released will speak here in their own voice.',
            'У готовій експозиції тут власним голосом говоритиме людина, яка вийшла на волю.',
            'In der fertigen Ausstellung wird hier ein Mensch, der freigelassen wurde, mit eigener Stimme sprechen.',
            'W gotowej wystawie będzie tu mówić własnym głosem ktoś, kto wyszedł na wolność.',
          ],
          [
            'People who were held in pre-trial detention cells like this one speak about the window first.',
            'Люди, яких тримали в таких камерах слідчого ізолятора, насамперед розповідають про вікно.',
            'Menschen, die in solchen Zellen der Untersuchungshaft festgehalten wurden, sprechen zuerst über das Fenster.',
            'Ludzie, których przetrzymywano w takich celach aresztu śledczego, najpierw mówią o oknie.',
          ],
          [
            'It is small and high under the ceiling, with bars on the inside and a metal mesh on the outside, so the sky cannot be seen.',
            'Воно маленьке, високо під стелею, з ґратами всередині й металевою сіткою ззовні, тож неба не видно.',
            'Es ist klein und sitzt hoch unter der Decke, innen vergittert und außen mit einem Metallnetz, sodass man den Himmel nicht sieht.',
            'Jest małe, wysoko pod sufitem, z kratami od wewnątrz i metalową siatką od zewnątrz, więc nie widać nieba.',
          ],
          [
            'The walls around it are damp, and in winter the cold comes straight through them.',
            'Стіни довкола нього вологі, а взимку холод проходить просто крізь них.',
            'Die Wände ringsum sind feucht, und im Winter dringt die Kälte direkt durch sie hindurch.',
            'Ściany wokół są wilgotne, a zimą chłód przenika prosto przez nie.',
          ],
          [
            'For months, that grey patch of light is the only way to tell morning from evening.',
            'Місяцями ця сіра пляма світла — єдиний спосіб відрізнити ранок від вечора.',
            'Monatelang ist dieser graue Lichtfleck die einzige Möglichkeit, Morgen und Abend zu unterscheiden.',
            'Przez całe miesiące ta szara plama światła to jedyny sposób, by odróżnić ranek od wieczoru.',
          ],
          [
            'Home is thousands of kilometres away, and the window does not even show which way it lies.',
            'Дім — за тисячі кілометрів, і з вікна навіть не видно, в який бік до нього.',
            'Das Zuhause ist Tausende Kilometer entfernt, und das Fenster zeigt nicht einmal, in welcher Richtung es liegt.',
            'Dom jest tysiące kilometrów stąd, a okno nie pokazuje nawet, w którą stronę do niego.',
          ],
        ],
      },
      {
        id: 'sizo-bunk',
        ...demoSpeaker(2, 38),
        title: { en: 'The bunks', uk: 'Нари', de: 'Die Pritschen', pl: 'Prycze' },
        anchor: 'anchor-bunk',
        position: [-0.55, 1.2, -0.6],
        contentNote: {
          en: 'Mentions overcrowding, sleep deprivation and illness without medical help.',
          uk: 'Згадує переповнені камери, позбавлення сну та хвороби без медичної допомоги.',
          de: 'Erwähnt überfüllte Zellen, Schlafentzug und Krankheit ohne medizinische Hilfe.',
          pl: 'Wspomina o przepełnionych celach, pozbawianiu snu i chorobach bez pomocy medycznej.',
        },
        // Its parts (WebVTT chapters): each begins at a sentence (by index) and runs to the next part.
        parts: [
          { from: 0, title: { en: 'About this demo', uk: 'Про це демо', de: 'Über diese Demo', pl: 'O tym demo' } },
          {
            from: 1,
            title: { en: 'Too many people', uk: 'Забагато людей', de: 'Zu viele Menschen', pl: 'Zbyt wielu ludzi' },
          },
          { from: 3, title: { en: 'No sleep', uk: 'Без сну', de: 'Ohne Schlaf', pl: 'Bez snu' } },
          { from: 5, title: { en: 'No doctor', uk: 'Без лікаря', de: 'Ohne Arzt', pl: 'Bez lekarza' } },
        ],
        sentences: [
          [
            'This is a demonstration with a synthetic voice; the words were written for this demo.',
            'Це демонстрація із синтезованим голосом; слова написано для цього демо.',
            'Dies ist eine Demonstration mit einer synthetischen Stimme; die Worte wurden für diese Demo geschrieben.',
            'To jest demonstracja z syntetycznym głosem; słowa napisano na potrzeby tego demo.',
          ],
          [
            'People held in cells like this say there are more people than places to sleep.',
            'Люди, яких тримали в таких камерах, розповідають, що людей тут більше, ніж спальних місць.',
            'Menschen, die in solchen Zellen festgehalten wurden, erzählen, dass es mehr Menschen als Schlafplätze gibt.',
            'Ludzie przetrzymywani w takich celach mówią, że jest tu więcej osób niż miejsc do spania.',
          ],
          [
            'They sleep in turns, on the floor, or two to a narrow mattress.',
            'Сплять по черзі, на підлозі або вдвох на вузькому матраці.',
            'Sie schlafen abwechselnd, auf dem Boden oder zu zweit auf einer schmalen Matratze.',
            'Śpią na zmianę, na podłodze albo we dwoje na wąskim materacu.',
          ],
          [
            'The light above the door is often never switched off, and the guards can wake people at any hour.',
            'Світло над дверима часто не вимикають ніколи, а наглядачі можуть розбудити будь-коли.',
            'Das Licht über der Tür wird oft nie ausgeschaltet, und die Wärter können die Menschen zu jeder Stunde wecken.',
            'Światło nad drzwiami często nigdy nie jest gaszone, a strażnicy mogą budzić ludzi o każdej porze.',
          ],
          [
            'Depriving people of sleep is one of the ways prisoners are put under pressure.',
            'Позбавлення сну — один зі способів тиску на в’язнів.',
            'Schlafentzug ist eine der Methoden, mit denen Gefangene unter Druck gesetzt werden.',
            'Pozbawianie snu to jeden ze sposobów wywierania nacisku na więźniów.',
          ],
          [
            'When someone falls ill, there is often no doctor and no medicine, only a long wait.',
            'Коли хтось захворює, лікаря й ліків часто немає, лише довге чекання.',
            'Wenn jemand krank wird, gibt es oft keinen Arzt und keine Medikamente, nur langes Warten.',
            'Kiedy ktoś zachoruje, często nie ma lekarza ani leków, jest tylko długie czekanie.',
          ],
          [
            'During the pandemic there was not even a chance to wash one’s hands.',
            'Під час пандемії не було навіть змоги помити руки.',
            'Während der Pandemie gab es nicht einmal die Möglichkeit, sich die Hände zu waschen.',
            'W czasie pandemii nie było nawet możliwości umycia rąk.',
          ],
        ],
      },
      {
        id: 'sizo-door',
        ...demoSpeaker(3, 58),
        title: { en: 'The door', uk: 'Двері', de: 'Die Tür', pl: 'Drzwi' },
        anchor: 'anchor-door',
        position: [0.575, 1.5, 1.7],
        contentNote: {
          en: 'Mentions interrogations, beatings and threats against relatives.',
          uk: 'Згадує допити, побиття та погрози рідним.',
          de: 'Erwähnt Verhöre, Schläge und Drohungen gegen Angehörige.',
          pl: 'Wspomina o przesłuchaniach, biciu i groźbach wobec bliskich.',
        },
        // Its parts (WebVTT chapters): each begins at a sentence (by index) and runs to the next part.
        parts: [
          { from: 0, title: { en: 'About this demo', uk: 'Про це демо', de: 'Über diese Demo', pl: 'O tym demo' } },
          {
            from: 1,
            title: {
              en: 'Sounds at the door',
              uk: 'Звуки біля дверей',
              de: 'Geräusche an der Tür',
              pl: 'Dźwięki przy drzwiach',
            },
          },
          { from: 3, title: { en: 'Interrogation', uk: 'Допити', de: 'Verhöre', pl: 'Przesłuchania' } },
          {
            from: 5,
            title: {
              en: 'Letters from abroad',
              uk: 'Листи з-за кордону',
              de: 'Briefe aus dem Ausland',
              pl: 'Listy z zagranicy',
            },
          },
        ],
        sentences: [
          [
            'This is a demonstration: the voice is synthetic and the text was written for this demo.',
            'Це демонстрація: голос синтезований, а текст написано для цього демо.',
            'Dies ist eine Demonstration: Die Stimme ist synthetisch, und der Text wurde für diese Demo geschrieben.',
            'To jest demonstracja: głos jest syntetyczny, a tekst napisano na potrzeby tego demo.',
          ],
          [
            'People held in cells like this say that every sound at the door keeps them on edge.',
            'Люди, яких тримали в таких камерах, кажуть, що кожен звук біля дверей тримає в напрузі.',
            'Menschen, die in solchen Zellen festgehalten wurden, sagen, dass jedes Geräusch an der Tür sie in Anspannung hält.',
            'Ludzie przetrzymywani w takich celach mówią, że każdy dźwięk przy drzwiach trzyma ich w napięciu.',
          ],
          [
            'Food is passed through the hatch in the door, and through the peephole you can be watched at any moment.',
            'Їжу подають крізь віконце в дверях, а крізь вічко за тобою можуть стежити будь-якої миті.',
            'Das Essen wird durch die Klappe in der Tür gereicht, und durch den Spion kann man jederzeit beobachtet werden.',
            'Jedzenie podaje się przez okienko w drzwiach, a przez wizjer można być obserwowanym w każdej chwili.',
          ],
          [
            'When the door opens, it can mean interrogation, and interrogation can mean beatings.',
            'Коли двері відчиняються, це може означати допит, а допит може означати побиття.',
            'Wenn sich die Tür öffnet, kann das ein Verhör bedeuten, und ein Verhör kann Schläge bedeuten.',
            'Gdy drzwi się otwierają, może to oznaczać przesłuchanie, a przesłuchanie może oznaczać bicie.',
          ],
          [
            'To force confessions to crimes people did not commit, investigators threaten their relatives.',
            'Щоб вибити зізнання у злочинах, яких люди не скоювали, слідчі погрожують їхнім рідним.',
            'Um Geständnisse für Verbrechen zu erzwingen, die die Menschen nicht begangen haben, bedrohen Ermittler ihre Angehörigen.',
            'Aby wymusić przyznanie się do przestępstw, których ludzie nie popełnili, śledczy grożą ich bliskim.',
          ],
          [
            'But there is something else, too: when prison staff see that the world is watching, they abuse prisoners less.',
            'Але є й інше: коли працівники в’язниці бачать, що світ стежить, вони менше знущаються з в’язнів.',
            'Doch es gibt auch etwas anderes: Wenn das Gefängnispersonal sieht, dass die Welt hinschaut, misshandelt es die Gefangenen weniger.',
            'Ale jest też coś innego: gdy personel więzienia widzi, że świat patrzy, mniej znęca się nad więźniami.',
          ],
          [
            'That is why letters and postcards from abroad protect prisoners, even when they are not handed over.',
            'Тому листи й листівки з-за кордону захищають в’язнів, навіть якщо їх не передають адресатам.',
            'Deshalb schützen Briefe und Postkarten aus dem Ausland die Gefangenen, selbst wenn sie nicht ausgehändigt werden.',
            'Dlatego listy i kartki z zagranicy chronią więźniów, nawet jeśli nie zostaną im przekazane.',
          ],
          [
            'You can write one too.',
            'Ви теж можете написати такого листа.',
            'Auch Sie können einen solchen Brief schreiben.',
            'Ty też możesz napisać taki list.',
          ],
        ],
      },
    ],
  },
  {
    id: 'basement',
    demo: true,
    name: { en: 'Basement prison', uk: 'Підвальна в’язниця', de: 'Kellergefängnis', pl: 'Więzienie w piwnicy' },
    place: {
      en: 'A basement in occupied Donbas used as a makeshift prison: a generic reconstruction, not a specific place',
      uk: 'Підвал на окупованому Донбасі, перетворений на імпровізовану в’язницю: узагальнена реконструкція, а не конкретне місце',
      de: 'Ein Keller im besetzten Donbas, der als behelfsmäßiges Gefängnis dient: eine verallgemeinerte Rekonstruktion, kein bestimmter Ort',
      pl: 'Piwnica na okupowanym Donbasie zamieniona w prowizoryczne więzienie: uogólniona rekonstrukcja, a nie konkretne miejsce',
    },
    dates: {
      en: 'Since 2014 (illustrative)',
      uk: 'З 2014 року (ілюстративно)',
      de: 'Seit 2014 (zur Veranschaulichung)',
      pl: 'Od 2014 roku (poglądowo)',
    },
    heldHere: {
      en: 'Civilians detained in occupied Donbas and held outside any official prison',
      uk: 'Цивільні, затримані на окупованому Донбасі, яких тримають поза будь-якою офіційною в’язницею',
      de: 'Zivilisten, die im besetzten Donbas festgenommen wurden und außerhalb jedes offiziellen Gefängnisses festgehalten werden',
      pl: 'Cywile zatrzymani na okupowanym Donbasie i przetrzymywani poza jakimkolwiek oficjalnym więzieniem',
    },
    description: {
      en: 'Demo content. A basement of about 4.5 × 5.5 m with no window: rough concrete walls, pipes under the ceiling, a bare bulb, mattresses and pallets on the floor, a bucket, and a steep stair up to the only door. The voices are synthetic placeholders until the campaign records people who were released.',
      uk: 'Демонстраційний вміст. Підвал приблизно 4,5 × 5,5 м без жодного вікна: шорсткі бетонні стіни, труби під стелею, гола лампочка, матраци й піддони на підлозі, відро та круті сходи до єдиних дверей. Голоси синтезовані й тимчасові, доки кампанія не запише людей, яких звільнили.',
      de: 'Demo-Inhalt. Ein Keller von etwa 4,5 × 5,5 m ohne ein einziges Fenster: raue Betonwände, Rohre unter der Decke, eine nackte Glühbirne, Matratzen und Paletten auf dem Boden, ein Eimer und eine steile Treppe hinauf zur einzigen Tür. Die Stimmen sind synthetische Platzhalter, bis die Kampagne Menschen aufnimmt, die freigelassen wurden.',
      pl: 'Treść demonstracyjna. Piwnica o wymiarach około 4,5 × 5,5 m bez żadnego okna: surowe betonowe ściany, rury pod sufitem, goła żarówka, materace i palety na podłodze, wiadro i strome schody do jedynych drzwi. Głosy są syntetyczne i tymczasowe, dopóki kampania nie nagra osób, które wyszły na wolność.',
    },
    model: 'models/basement.glb',
    provenance: rooms.basement,
    dimensions: { width: 4.5, depth: 5.5, height: 2.3 },
    // Beside the foot of the landing, turned a little right: the stairs and the floor both in view on a phone.
    start: { position: [-1, 0, 2.4], yaw: -7 },
    // baked by the content tool: one bare bulb on a wire, and the strip of light under the door at the top of the stair
    light: {
      exposure: 1.2,
      ambient: 0.08,
      sources: [
        { kind: 'bulb', position: [0.2, 1.85, -0.4], color: '#ffc878', power: 1.2, radius: 0.06 },
        {
          kind: 'window',
          position: [-1.825, 2.57, 2.72],
          size: [0.67, 0.03],
          facing: [0, 0, -1],
          color: '#ffe8c0',
          power: 6,
        },
      ],
    },
    ambientVolume: 0.6,
    testimonies: [
      {
        id: 'basement-floor',
        ...demoSpeaker(4, 44),
        title: { en: 'The floor', uk: 'Підлога', de: 'Der Boden', pl: 'Podłoga' },
        anchor: 'anchor-floor',
        position: [0, 1.1, -1.4],
        contentNote: {
          en: 'Describes detention in a basement: cold, damp, little water or food, no toilet.',
          uk: 'Описує утримання в підвалі: холод, вологу, брак води та їжі, відсутність туалету.',
          de: 'Beschreibt die Haft in einem Keller: Kälte, Feuchtigkeit, kaum Wasser und Essen, keine Toilette.',
          pl: 'Opisuje przetrzymywanie w piwnicy: zimno, wilgoć, brak wody i jedzenia, brak toalety.',
        },
        // Its parts (WebVTT chapters): each begins at a sentence (by index) and runs to the next part.
        parts: [
          { from: 0, title: { en: 'About this demo', uk: 'Про це демо', de: 'Über diese Demo', pl: 'O tym demo' } },
          {
            from: 1,
            title: {
              en: 'Basements as prisons',
              uk: 'Підвали замість тюрем',
              de: 'Keller statt Gefängnisse',
              pl: 'Piwnice zamiast więzień',
            },
          },
          {
            from: 4,
            title: {
              en: 'Cold, dark, lost time',
              uk: 'Холод, темрява, втрачений час',
              de: 'Kälte, Dunkelheit, verlorene Zeit',
              pl: 'Zimno, ciemność, utracony czas',
            },
          },
        ],
        sentences: [
          [
            'This is a demonstration: a synthetic voice is reading a text written for this demo.',
            'Це демонстрація: синтезований голос читає текст, написаний для цього демо.',
            'Dies ist eine Demonstration: Eine synthetische Stimme liest einen Text, der für diese Demo geschrieben wurde.',
            'To jest demonstracja: syntetyczny głos czyta tekst napisany na potrzeby tego demo.',
          ],
          [
            'In occupied Donbas, hundreds of people have been held not in prisons but in basements like this one.',
            'На окупованому Донбасі сотні людей тримали не у в’язницях, а в таких підвалах, як цей.',
            'Im besetzten Donbas wurden Hunderte Menschen nicht in Gefängnissen festgehalten, sondern in Kellern wie diesem.',
            'Na okupowanym Donbasie setki ludzi przetrzymywano nie w więzieniach, lecz w piwnicach takich jak ta.',
          ],
          [
            'Those who were held in them describe mattresses or pallets on a concrete floor, and a bucket instead of a toilet.',
            'Ті, кого там тримали, описують матраци або піддони на бетонній підлозі й відро замість туалету.',
            'Wer dort festgehalten wurde, beschreibt Matratzen oder Paletten auf einem Betonboden und einen Eimer statt einer Toilette.',
            'Ci, których tam trzymano, opisują materace lub palety na betonowej podłodze i wiadro zamiast toalety.',
          ],
          [
            'There is no window; air comes in only through a small grate.',
            'Вікна немає; повітря надходить лише крізь маленьку решітку.',
            'Es gibt kein Fenster; Luft kommt nur durch ein kleines Gitter herein.',
            'Nie ma okna; powietrze dostaje się tylko przez małą kratkę.',
          ],
          [
            'It is cold and damp all year round, and water and food are handed out rarely.',
            'Тут холодно й волого цілий рік, а воду та їжу дають рідко.',
            'Es ist das ganze Jahr über kalt und feucht, und Wasser und Essen werden nur selten ausgegeben.',
            'Przez cały rok jest zimno i wilgotno, a wodę i jedzenie wydaje się rzadko.',
          ],
          [
            'Without daylight, people lose count of the days and do not know how much time has passed.',
            'Без денного світла люди втрачають лік дням і не знають, скільки часу минуло.',
            'Ohne Tageslicht verlieren die Menschen den Überblick über die Tage und wissen nicht, wie viel Zeit vergangen ist.',
            'Bez światła dziennego ludzie tracą rachubę dni i nie wiedzą, ile czasu minęło.',
          ],
          [
            'They are civilians: people who committed no crime.',
            'Це цивільні — люди, які не вчинили жодного злочину.',
            'Es sind Zivilisten: Menschen, die kein Verbrechen begangen haben.',
            'To cywile: ludzie, którzy nie popełnili żadnego przestępstwa.',
          ],
        ],
      },
      {
        id: 'basement-stairs',
        ...demoSpeaker(5, 32),
        title: { en: 'The stairs', uk: 'Сходи', de: 'Die Treppe', pl: 'Schody' },
        anchor: 'anchor-stairs',
        position: [-1.05, 1.5, 0.25],
        contentNote: {
          en: 'Mentions beatings, torture with electric shocks, deprivation of sleep, water and food, and threats against relatives.',
          uk: 'Згадує побиття, катування струмом, позбавлення сну, води та їжі, а також погрози рідним.',
          de: 'Erwähnt Schläge, Folter mit Elektroschocks, Entzug von Schlaf, Wasser und Essen sowie Drohungen gegen Angehörige.',
          pl: 'Wspomina o biciu, torturach prądem, pozbawianiu snu, wody i jedzenia oraz o groźbach wobec bliskich.',
        },
        // Its parts (WebVTT chapters): each begins at a sentence (by index) and runs to the next part.
        parts: [
          { from: 0, title: { en: 'About this demo', uk: 'Про це демо', de: 'Über diese Demo', pl: 'O tym demo' } },
          { from: 1, title: { en: 'The stairs', uk: 'Сходи', de: 'Die Treppe', pl: 'Schody' } },
          {
            from: 3,
            title: {
              en: 'Violence and threats',
              uk: 'Насильство й погрози',
              de: 'Gewalt und Drohungen',
              pl: 'Przemoc i groźby',
            },
          },
          {
            from: 5,
            title: {
              en: 'Not being forgotten',
              uk: 'Щоб не забули',
              de: 'Nicht vergessen werden',
              pl: 'Nie zostać zapomnianym',
            },
          },
        ],
        sentences: [
          [
            'This is a demonstration with a synthetic voice; the text was written for this demo.',
            'Це демонстрація із синтезованим голосом; текст написано для цього демо.',
            'Dies ist eine Demonstration mit einer synthetischen Stimme; der Text wurde für diese Demo geschrieben.',
            'To jest demonstracja z syntetycznym głosem; tekst napisano na potrzeby tego demo.',
          ],
          [
            'People held in basements like this say that what they listen to most is the stairs and the door at the top.',
            'Люди, яких тримали в таких підвалах, кажуть, що найбільше прислухаються до сходів і дверей нагорі.',
            'Menschen, die in solchen Kellern festgehalten wurden, sagen, dass sie vor allem auf die Treppe und die Tür oben horchen.',
            'Ludzie przetrzymywani w takich piwnicach mówią, że najbardziej nasłuchują schodów i drzwi na górze.',
          ],
          [
            'Footsteps on the stairs can mean that someone will be taken up for interrogation.',
            'Кроки на сходах можуть означати, що когось поведуть нагору на допит.',
            'Schritte auf der Treppe können bedeuten, dass jemand zum Verhör nach oben gebracht wird.',
            'Kroki na schodach mogą oznaczać, że ktoś zostanie zabrany na górę na przesłuchanie.',
          ],
          [
            'Prisoners describe beatings, torture with electric shocks, and days without sleep, water or food.',
            'В’язні розповідають про побиття, катування струмом і дні без сну, води та їжі.',
            'Gefangene berichten von Schlägen, Folter mit Elektroschocks und Tagen ohne Schlaf, Wasser oder Essen.',
            'Więźniowie opisują bicie, tortury prądem i dni bez snu, wody i jedzenia.',
          ],
          [
            'Their relatives are threatened with violence.',
            'Їхнім рідним погрожують насильством.',
            'Ihren Angehörigen wird mit Gewalt gedroht.',
            'Ich bliskim grozi się przemocą.',
          ],
          [
            'What helps is not being forgotten: names the world knows, petitions, letters.',
            'Допомагає те, що про них не забувають: імена, які знає світ, петиції, листи.',
            'Was hilft, ist, nicht vergessen zu werden: Namen, die die Welt kennt, Petitionen, Briefe.',
            'Pomaga to, że się o nich nie zapomina: nazwiska, które zna świat, petycje, listy.',
          ],
          [
            'Letters to prisoners in occupied Donbas can be sent through the Center for Civil Liberties.',
            'Листи до в’язнів на окупованому Донбасі можна передати через Центр громадянських свобод.',
            'Briefe an Gefangene im besetzten Donbas können über das Zentrum für bürgerliche Freiheiten geschickt werden.',
            'Listy do więźniów na okupowanym Donbasie można wysłać za pośrednictwem Centrum Swobód Obywatelskich.',
          ],
        ],
      },
    ],
  },
]
