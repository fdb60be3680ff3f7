// The dashboard's and the debrief's strings for a language (both languages load with the panels).
import { resultsEn, type ResultsStrings } from '../../i18n/results-en';
import { resultsFr } from '../../i18n/results-fr';
import type { Lang } from '../../narrative/session';

export function resultsStrings(lang: Lang): ResultsStrings {
  return lang === 'fr' ? resultsFr : resultsEn;
}
