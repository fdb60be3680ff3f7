// The workshop's entry point: a button label available at start-up, the panel (and the model's
// data it shows) loaded on first use so none of it weighs on the first screen.
import type { Lang } from '../../narrative/session';
import type { WorkshopPanel, WorkshopPort, WorkshopView } from './panel';

export const WORKSHOP_LABEL: Readonly<Record<Lang, string>> = { en: 'Workshop: compare & assumptions', fr: 'Atelier : comparer et hypothèses' };

export class WorkshopLauncher {
  private panel: Promise<WorkshopPanel> | null = null;
  private loaded: WorkshopPanel | null = null;

  constructor(private readonly root: HTMLElement, private readonly port: WorkshopPort, private readonly view: () => WorkshopView) {}

  async open(): Promise<void> {
    this.panel ??= import('./panel').then((m) => (this.loaded = new m.WorkshopPanel(this.root, this.port, this.view)));
    (await this.panel).open();
  }

  isOpen(): boolean {
    return this.loaded?.isOpen ?? false;
  }

  refresh(): void {
    void this.panel?.then((p) => p.refresh());
  }
}
