// A panel whose code (and the data it shows) loads on first use, so none of it weighs on the first screen.
export interface Panel {
  open(): void;
  readonly isOpen: boolean;
  refresh(): void;
}

export class LazyPanel<P extends Panel> {
  private panel: Promise<P> | null = null;
  private loaded: P | null = null;

  constructor(private readonly load: () => Promise<P>) {}

  async open(): Promise<void> {
    this.panel ??= this.load().then((p) => (this.loaded = p));
    (await this.panel).open();
  }

  isOpen(): boolean {
    return this.loaded?.isOpen ?? false;
  }

  refresh(): void {
    this.loaded?.refresh();
  }
}
