/** Text heard by screen-reader users (English; the other languages mirror these keys). */
export const a11yEn = {
  dir_ahead: 'ahead',
  dir_aheadLeft: 'ahead and to the left',
  dir_aheadRight: 'ahead and to the right',
  dir_left: 'to the left',
  dir_right: 'to the right',
  dir_behindLeft: 'behind and to the left',
  dir_behindRight: 'behind and to the right',
  dir_behind: 'behind you',
  enteredCell: 'You are in {name}. {description}',
  announcePlaying: 'Playing: {title}',
  announcePaused: 'Paused: {title}',
  announceEnded: 'Finished: {title}',
  announceStopped: 'Stopped: {title}',
  announceError: 'Could not play {title}: {error}',
}

export type A11yKey = keyof typeof a11yEn
