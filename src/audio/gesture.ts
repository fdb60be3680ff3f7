// Browsers start audio only after a user gesture: unlock the director on the first one.
import type { AudioDirector } from './director';

const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;

/** Calls director.unlock() on the first pointer/key/touch gesture on `target`; returns a canceller. */
export function unlockOnFirstGesture(director: Pick<AudioDirector, 'unlock'>, target: EventTarget = window): () => void {
  const off = (): void => {
    for (const type of GESTURES) target.removeEventListener(type, onGesture, { capture: true });
  };
  function onGesture(): void {
    off();
    director.unlock();
  }
  for (const type of GESTURES) target.addEventListener(type, onGesture, { capture: true });
  return off;
}
