// The reader's logbook entry: its button label at start-up, the panel loaded on first use.
import type { Lang } from '../../narrative/session';
import type { LoggedGame } from '../../persist/logbook';
import type { MapPanel, MapView } from './panel';

export const MAP_LABEL: Readonly<Record<Lang, string>> = { en: 'Logbook: map & endings', fr: 'Carnet : carte et fins' };

export class MapLauncher {
  private panel: Promise<MapPanel> | null = null;
  private loaded: MapPanel | null = null;

  constructor(private readonly root: HTMLElement, private readonly view: () => MapView, private readonly replay: (game: LoggedGame) => void) {}

  async open(): Promise<void> {
    this.panel ??= import('./panel').then((m) => (this.loaded = new m.MapPanel(this.root, this.view, this.replay)));
    (await this.panel).open();
  }

  isOpen(): boolean {
    return this.loaded?.isOpen ?? false;
  }

  refresh(): void {
    this.loaded?.refresh();
  }
}
