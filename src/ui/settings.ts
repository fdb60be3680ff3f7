// The player's settings: the controls in the menu (text size, contrast, motion, sound) and how
// the page shows them (a CSS variable and classes on the interface's root).
import { h } from './dom';
import type { Strings } from '../i18n/strings';
import type { Settings } from '../persist/schema';

/** The settings' controls; `set` receives each change as a patch of the current settings. */
export function settingsFieldset(s: Strings, current: () => Settings, set: (patch: Partial<Settings>) => void): HTMLElement {
  const v = current();
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const checked = (e: Event) => (e.target as HTMLInputElement).checked;
  return h(
    'fieldset',
    { class: 'settings' },
    h('legend', {}, s.settings),
    h('label', {}, s.textSize, ' ', h('input', { type: 'range', min: 0.8, max: 1.8, step: 0.1, value: v.textScale, oninput: (e: Event) => set({ textScale: Number(value(e)) }) })),
    h('label', {}, h('input', { type: 'checkbox', checked: v.highContrast, onchange: (e: Event) => set({ highContrast: checked(e) }) }), ' ', s.contrast),
    h('label', {}, h('input', { type: 'checkbox', checked: v.reducedMotion, onchange: (e: Event) => set({ reducedMotion: checked(e) }) }), ' ', s.reducedMotion),
    h('label', {}, h('input', { type: 'checkbox', checked: !v.audio.muted, onchange: (e: Event) => set({ audio: { ...current().audio, muted: !checked(e) } }) }), ' ', s.sound),
    h('label', {}, s.volume, ' ', h('input', { type: 'range', min: 0, max: 1, step: 0.05, value: v.audio.master, oninput: (e: Event) => set({ audio: { ...current().audio, master: Number(value(e)) } }) })),
  );
}

/** Shows the settings on the page: text scale, high contrast, reduced motion. */
export function applySettings(root: HTMLElement, st: Settings): void {
  root.style.setProperty('--text-scale', String(st.textScale));
  root.classList.toggle('high-contrast', st.highContrast);
  root.classList.toggle('reduced-motion', st.reducedMotion);
}
