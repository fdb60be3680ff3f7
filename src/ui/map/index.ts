// The reader's logbook: its button label at start-up, the panel loaded on first use.
import type { Lang } from '../../i18n/strings';
import type { LoggedGame } from '../../persist/logbook';
import { LazyPanel } from '../lazy-panel';
import type { MapPanel, MapView } from './panel';

export const MAP_LABEL: Readonly<Record<Lang, string>> = { en: 'Logbook: map & endings', fr: 'Carnet : carte et fins' };

export function mapPanel(root: HTMLElement, view: () => MapView, replay: (game: LoggedGame) => void): LazyPanel<MapPanel> {
  return new LazyPanel(() => import('./panel').then((m) => new m.MapPanel(root, view, replay)));
}
