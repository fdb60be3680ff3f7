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
    (await this.get()).open();
  }

  /** The panel, loaded if it was not. */
  get(): Promise<P> {
    return (this.panel ??= this.load().then((p) => (this.loaded = p)));
  }

  /** The panel if it has been loaded. */
  current(): P | null {
    return this.loaded;
  }

  isOpen(): boolean {
    return this.loaded?.isOpen ?? false;
  }

  refresh(): void {
    this.loaded?.refresh();
  }
}
