// What the DOM interface asks of the game (wired in main.ts) and what it reads back: shared by the
// overlay, its menu and the tools that put buttons into them.
import type { Lang } from '../i18n/strings';
import type { Settings } from '../persist/schema';
import type { ResultsHooks } from './results';

export interface UiActions {
  newGame(): void;
  continueGame(): void;
  advance(): void;
  choose(id: string): void;
  setLang(lang: Lang): void;
  save(): void;
  toTitle(): void;
  rewind(index: number): void;
  shareLink(): string;
  settingsChanged(s: Settings): void;
  /** The results dashboard and debrief (ui/results): their buttons in the dialogue box, end screen and menu. */
  readonly results?: ResultsHooks;
  /** The reader's logbook and the facilitator's tools: their buttons on the title screen and in the menu. */
  readonly tools?: ToolHooks;
  /** The save line of the menu: the last save's outcome, export, load a file, set-aside data (ui/storage). */
  readonly storage?: { menuItems(inGame: boolean, closeMenu: () => void): HTMLElement[] };
  /** What the end screen shows under its buttons (the result code: ui/result-code.ts). */
  endExtras?(): HTMLElement | null;
}

export interface ToolHooks {
  /** Fresh buttons for the title screen or the menu; `before` runs first (e.g. closing the menu). */
  buttons(where: 'title' | 'menu', before?: () => void): HTMLElement[];
  /** A note shown on a choice (demo mode: "Alice's choice"), or null. */
  choiceNote?(id: string): string | null;
}

export interface UiView {
  readonly lang: Lang;
  readonly settings: Settings;
  readonly hasSave: boolean;
  readonly historyText: readonly string[];
}
