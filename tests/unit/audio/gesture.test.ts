import { describe, expect, it, vi } from 'vitest';
import { unlockOnFirstGesture } from '../../../src/audio/gesture';

describe('unlockOnFirstGesture', () => {
  it('unlocks once, on the first gesture only', () => {
    const target = new EventTarget();
    const unlock = vi.fn();
    unlockOnFirstGesture({ unlock }, target);
    target.dispatchEvent(new Event('mousemove'));
    expect(unlock).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('pointerdown'));
    expect(unlock).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled', () => {
    const target = new EventTarget();
    const unlock = vi.fn();
    unlockOnFirstGesture({ unlock }, target)();
    target.dispatchEvent(new Event('pointerdown'));
    expect(unlock).not.toHaveBeenCalled();
  });
});
