// The Class panel, loaded on first use.
import { LazyPanel } from '../lazy-panel';
import type { ClassPort } from '../../service/protocol';
import type { ClassPanel, ClassView } from './panel';

export function classPanel(root: HTMLElement, port: ClassPort, view: () => ClassView): LazyPanel<ClassPanel> {
  return new LazyPanel(() => import('./panel').then((m) => new m.ClassPanel(root, port, view)));
}

/** The Class panel's button label (the facilitator's tools show it before the panel loads). */
export const CLASS_LABEL = { en: 'Class: compare the room’s results', fr: 'Classe : comparer les résultats de la salle' } as const;
