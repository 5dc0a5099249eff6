/** Text of the comfort settings and the safe place (English; the other languages mirror these keys). */
export const comfortEn = {
  comfortButton: 'Comfort',
  comfortTitle: 'Comfort and access',
  comfortClose: 'Close',
  mono: 'Mono sound: voices reach both ears equally',
  roomSound: 'Room sound (apart from the voices)',
  roomSoundOff: 'off',
  captionSize: 'Caption size',
  sizeSmall: 'Small',
  sizeMedium: 'Medium',
  sizeLarge: 'Large',
  captionBackdrop: 'Caption background',
  captionPlace: 'Captions in a headset',
  placeFollow: 'Follow my view',
  placeSpeaker: 'Below the speaker',
  seated: 'Seated in a headset: the cell at seated eye height',
  seatedShort: 'Seated',
  recentre: 'Recentre the view',
  rememberedHere: 'These settings are remembered on this device only.',
  forgottenHere: 'This device is shared: your settings are forgotten when the next visitor starts.',
  safePlaceButton: 'Take a break',
  safeTitle: 'Take a moment',
  safeStopped: 'The voice has stopped. You are outside the cell. Take as long as you need.',
  safeSupport:
    'If what you heard weighs on you, talk to someone you trust, or contact a local crisis or support line. At an exhibition, the staff are there for you.',
  safeBack: 'Back to the cell',
  safeCells: 'Choose another place',
  noteBeforePlay: 'Content note',
} as const

export type ComfortKey = keyof typeof comfortEn
