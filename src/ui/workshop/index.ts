// The workshop panel, loaded on first use.
import { LazyPanel } from '../lazy-panel';
import type { WorkshopPort } from '../../service/protocol';
import type { WorkshopPanel, WorkshopView } from './panel';

export function workshopPanel(root: HTMLElement, port: WorkshopPort, view: () => WorkshopView): LazyPanel<WorkshopPanel> {
  return new LazyPanel(() => import('./panel').then((m) => new m.WorkshopPanel(root, port, view)));
}
