// The few results labels needed before the dashboard loads (its buttons in the dialogue box,
// the end screen and the menu). Everything else is in results-en.ts / results-fr.ts, loaded later.
import type { Lang } from './strings';

export const RESULTS_LABELS: Readonly<Record<Lang, { readonly seeDashboard: string; readonly dashboard: string; readonly debrief: string; readonly seeDebrief: string; readonly loading: string }>> = {
  en: { seeDashboard: 'See the dashboard', dashboard: 'Results dashboard', debrief: 'Debrief', seeDebrief: 'See the debrief', loading: 'Loading the results…' },
  fr: { seeDashboard: 'Voir le tableau de bord', dashboard: 'Tableau de bord', debrief: 'Débrief', seeDebrief: 'Voir le débrief', loading: 'Chargement des résultats…' },
};
