// The stored settings read without the schema library (zod), which is not on the start-up path:
// the same checks as the settings schema (persist/schema.ts), by hand, with the same result as
// readSettingsChecked (store.ts) for any stored text (a unit test compares both). Setting a
// damaged value aside, with the schema's message, is left to readSettingsChecked once the
// schemas have loaded (main.ts), before any settings write.
import type { Settings } from './schema';
import { SETTINGS_KEY } from './store-keys';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const within = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/** The settings in `value` if they are exactly what the schema accepts (unknown keys dropped, as the schema does), else null. */
export function settingsFast(value: unknown): Settings | null {
  if (!isRecord(value)) return null;
  const { lang, textScale, highContrast, reducedMotion, audio } = value;
  if ((lang !== 'en' && lang !== 'fr') || !within(textScale, 0.8, 1.8) || !isBool(highContrast) || !isBool(reducedMotion) || !isRecord(audio)) return null;
  const { master, music, effects, muted } = audio;
  if (!within(master, 0, 1) || !within(music, 0, 1) || !within(effects, 0, 1) || !isBool(muted)) return null;
  return { lang, textScale, highContrast, reducedMotion, audio: { master, music, effects, muted } };
}

/**
 * The stored settings as readSettingsChecked (store.ts) reads them, without the schema library:
 * each field checked as its schema checks it, a bad one taking its default; `setAside` when the
 * stored value is not a valid whole (readSettingsChecked, run when the schemas have loaded, then
 * sets it aside with the schema's words for what is wrong: main.ts).
 */
export function readSettingsFast(store: { getItem(key: string): string | null }, defaults: Settings): { settings: Settings; setAside: boolean } {
  let raw: string | null;
  try {
    raw = store.getItem(SETTINGS_KEY);
  } catch {
    raw = null; // a storage that throws reads as empty (store.ts safeGet)
  }
  if (raw === null) return { settings: defaults, setAside: false };
  let json: unknown = null;
  let parsed = true;
  try {
    json = JSON.parse(raw);
  } catch {
    parsed = false;
  }
  const whole = parsed ? settingsFast(json) : null;
  if (whole) return { settings: whole, setAside: false };
  const obj = parsed && isRecord(json) ? json : {};
  const audio = isRecord(obj['audio']) ? obj['audio'] : {};
  const pick = <T>(ok: (v: unknown) => v is T, v: unknown, fallback: T): T => (ok(v) ? v : fallback);
  const unit = (v: unknown): v is number => within(v, 0, 1);
  return {
    settings: {
      lang: pick((v): v is Settings['lang'] => v === 'en' || v === 'fr', obj['lang'], defaults.lang),
      textScale: pick((v): v is number => within(v, 0.8, 1.8), obj['textScale'], defaults.textScale),
      highContrast: pick(isBool, obj['highContrast'], defaults.highContrast),
      reducedMotion: pick(isBool, obj['reducedMotion'], defaults.reducedMotion),
      audio: {
        master: pick(unit, audio['master'], defaults.audio.master),
        music: pick(unit, audio['music'], defaults.audio.music),
        effects: pick(unit, audio['effects'], defaults.audio.effects),
        muted: pick(isBool, audio['muted'], defaults.audio.muted),
      },
    },
    setAside: true,
  };
}
