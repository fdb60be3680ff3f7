// The languages of the game and the shape of its interface strings: each language file (en.ts,
// fr.ts) fills the shape in; nothing here depends on a language. Placeholders in {braces} are
// filled by ui/dom's fill().

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

export const isLang = (x: unknown): x is Lang => x === 'en' || x === 'fr';

/** A first visit's language: French for a French-speaking browser, English otherwise. */
export const browserLang = (tag: string): Lang => (tag.toLowerCase().startsWith('fr') ? 'fr' : 'en');

export interface Strings {
  readonly title: string;
  readonly subtitle: string;
  readonly start: string;
  readonly continue: string;
  readonly language: string;
  /** The language's own name, and the other language's (the switch button). */
  readonly langName: string;
  readonly otherLang: string;
  readonly menu: string;
  readonly resume: string;
  readonly save: string;
  readonly saved: string;
  readonly saveFailed: string;
  /** {reason} */
  readonly loadFailed: string;
  readonly noSave: string;
  readonly quitToTitle: string;
  readonly restart: string;
  readonly next: string;
  readonly nextHint: string;
  readonly chooseHint: string;
  readonly narrator: string;
  readonly loading: string;
  readonly simulating: string;
  readonly theEnd: string;
  /** The endings' titles (the story's ENDINGS). */
  readonly ending: {
    readonly ending_wall: string;
    readonly ending_short: string;
    readonly ending_met: string;
    readonly ending_beyond: string;
  };
  readonly playAgain: string;
  readonly settings: string;
  readonly textSize: string;
  readonly contrast: string;
  readonly reducedMotion: string;
  readonly sound: string;
  readonly volume: string;
  readonly on: string;
  readonly off: string;
  /** {n} */
  readonly episode: string;
  /** By episode number (index 0 unused). */
  readonly episodeTitles: readonly string[];
  readonly errorTitle: string;
  /** {message} */
  readonly errorBody: string;
  readonly close: string;
  readonly storyFailed: string;
  readonly canvasFailed: string;
  readonly pathLink: string;
  readonly copied: string;
  /** {reason} */
  readonly badLink: string;
  readonly history: string;
  readonly rewind: string;
  /** Reliability (issue 13): storage, set-aside data, files, fallbacks. */
  readonly setAside: string;
  readonly downloadSetAside: string;
  readonly storageOff: string;
  readonly storageFull: string;
  readonly exportSave: string;
  readonly loadSaveFile: string;
  /** {time} */
  readonly autosaveOk: string;
  /** {time} */
  readonly autosaveFailed: string;
  readonly saveOff: string;
  readonly dismiss: string;
  readonly computing: string;
  /** {what} */
  readonly assetMissing: string;
  /** {reason} */
  readonly actionFailed: string;
  /** {reason} */
  readonly linkRefused: string;
  readonly linkOtherVersion: string;
  /** A v2 link whose check fails: a character changed or the end was cut off. */
  readonly linkTampered: string;
  /** Not a path code at all. */
  readonly linkMalformed: string;
  readonly fileTooLarge: string;
}
