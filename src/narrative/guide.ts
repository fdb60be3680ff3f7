// Guides for a silent replay (Session.startGuided): follow a decision path, take the first option
// at the story's other choices, and stop when a given decision comes up (facilitators start the
// room at "decision D3 of Alice's path").
import { DECISIONS, isDecisionId, type DecisionKey, type Decisions } from '../sim/decisions';
import type { Guide } from './session';

export function pathGuide(path: Decisions, stopAt: DecisionKey | null): Guide {
  const stopIds: ReadonlySet<string> = new Set(stopAt ? DECISIONS.find((d) => d.key === stopAt)!.options : []);
  const wanted: ReadonlySet<string> = new Set(Object.values(path));
  return (choices) => {
    if (choices.some((c) => stopIds.has(c.id))) return null;
    const own = choices.find((c) => wanted.has(c.id));
    if (own) return own.id;
    // A decision of the path that is not offered here cannot be forced: stop and let the room choose.
    if (choices.some((c) => isDecisionId(c.id))) return null;
    return choices[0]!.id;
  };
}
