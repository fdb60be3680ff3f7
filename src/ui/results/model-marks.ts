// The emailing platform's thresholds as the dashboard's texts state them, from the calibration
// table (platformReview*/platformSuspend*), so a label cannot say 10% while the model suspends at
// another rate. The strings hold {reviewBounce}, {suspendBounce}, {reviewComplaint} and
// {suspendComplaint}; other placeholders are left for the panel to fill.
import { fill } from '../dom';
import { CALIBRATION } from '../../sim/calibration';
import type { Lang } from '../../i18n/strings';
import type { ResultsStrings } from '../../i18n/results-strings';

export function modelMarks(lang: Lang): Record<string, string> {
  const pct = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
  return {
    reviewBounce: pct.format(CALIBRATION.platformReviewBounce.value),
    suspendBounce: pct.format(CALIBRATION.platformSuspendBounce.value),
    reviewComplaint: pct.format(CALIBRATION.platformReviewComplaint.value),
    suspendComplaint: pct.format(CALIBRATION.platformSuspendComplaint.value),
  };
}

/** The strings with the platform's thresholds filled in (the texts that state them). */
export function withModelMarks(s: ResultsStrings, lang: Lang): ResultsStrings {
  const m = modelMarks(lang);
  const f = (t: string) => fill(t, m);
  return {
    ...s,
    charts: { ...s.charts, deliverSummary: f(s.charts.deliverSummary), reviewLine: f(s.charts.reviewLine), suspendLine: f(s.charts.suspendLine) },
    events: {
      ...s.events,
      platform_review: { ...s.events.platform_review, long: f(s.events.platform_review.long) },
      platform_suspension: { ...s.events.platform_suspension, long: f(s.events.platform_suspension.long) },
    },
  };
}
