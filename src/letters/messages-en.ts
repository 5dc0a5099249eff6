/** Text of the "Write a letter" page (English; the other languages mirror these keys). */
export const lettersEn = {
  pageTitle: 'Write a letter to a political prisoner',
  back: 'Back',
  demoDirectory: 'Demo directory: these people are invented; the campaign supplies the real names and addresses.',
  whyTitle: 'Why letters matter',
  whyWatching:
    'When prison staff see that the world is watching, they are less likely to abuse the people in their hands. Every letter is proof that someone is watching.',
  whyAbroad:
    'Postcards and letters from abroad protect a prisoner even when they are never delivered: the censors read them, and know the prisoner is not forgotten.',
  whySupport:
    'For someone held far from home on fabricated charges, a few warm words from a stranger can mean more than you imagine.',
  rulesTitle: 'How to write so that your letter gets through',
  ruleRussian:
    'Write in Russian, so the censors let it through. If you do not know Russian, use the simple phrases below: a short postcard brings great joy too.',
  ruleNeutral:
    'Stay politically neutral: no politics, no news of the war, nothing the censors could hold against the prisoner.',
  ruleEnvelope: "Write the prisoner's full name and year of birth on the envelope, with the address exactly as given.",
  ruleReply: 'Add a few blank sheets of paper, an envelope and a stamp, so they can write back.',
  ruleDonbas: 'Letters to people held in occupied Donbas go through the Center for Civil Liberties.',
  directoryTitle: 'People you can write to',
  born: 'born {year}',
  heldAt: 'Held at',
  address: 'Address',
  writeTo: 'Write to {name}',
  composerTitle: 'Compose a postcard',
  nothingLeaves: 'Nothing you type leaves this device: no text is sent anywhere.',
  choosePerson: 'To',
  choosePersonPrompt: 'Choose a person',
  pickPhrases: 'Pick phrases',
  group_greeting: 'Greeting',
  group_support: 'Support',
  group_wishes: 'Wishes',
  'group_about-me': 'About me',
  group_closing: 'Closing',
  yourName: 'Your name',
  yourCountry: 'Your country',
  phrasesChosen: { one: '{count} phrase chosen', other: '{count} phrases chosen' },
  preview: 'Preview',
  previewEmpty: 'Choose a person and some phrases to see your postcard.',
  russianText: 'Postcard (Russian)',
  translation: 'What it says ({language})',
  envelope: 'Envelope',
  envelopeTo: 'To',
  envelopeFrom: 'From',
  print: 'Print',
  copy: 'Copy the text',
  copied: 'Copied.',
  copyFailed: 'Copying is not allowed here; select the text and copy it by hand.',
  clear: 'Start again',
  dated: 'Written on {date}',
} as const

export type LettersKey = keyof typeof lettersEn
