// When the page can spare the time: one helper for "on idle, but not later than" and "after the
// next paint", instead of a copy of the same requestIdleCallback guard in each module.

/** Idle time, but never later than `timeout` ms; where the browser has no idle callback, after `fallbackMs`. */
export function idle(timeout: number, fallbackMs = 50): Promise<void> {
  return new Promise((r) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => r(), { timeout }) : setTimeout(r, fallbackMs)));
}

/** `f` on idle time (see idle). */
export function whenIdle(f: () => void, timeout: number, fallbackMs = 50): void {
  void idle(timeout, fallbackMs).then(f);
}

/** After the next frame is painted (a task of its own), or after `maxMs` if the page shows no frames (hidden). */
export function afterPaint(maxMs = 100): Promise<void> {
  return new Promise<void>((r) => {
    const t = setTimeout(r, maxMs);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(t), r()), 0));
  });
}
