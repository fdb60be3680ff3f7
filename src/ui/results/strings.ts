// The dashboard's and the debrief's strings for a language (both languages load with the panels).
import { resultsEn } from '../../i18n/results-en';
import type { ResultsStrings } from '../../i18n/results-strings';
import { resultsFr } from '../../i18n/results-fr';
import type { Lang } from '../../i18n/strings';

export function resultsStrings(lang: Lang): ResultsStrings {
  return lang === 'fr' ? resultsFr : resultsEn;
}
