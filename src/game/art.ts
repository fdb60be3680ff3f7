// The art manifest (assets/art/manifest.json, written by scripts/art/generate.mjs) resolved to
// bundled URLs. SVGs are imported with ?no-inline: separate files, fetched and decoded only when a
// scene needs them (src/game/loader.ts), not strings in the JavaScript bundle.
import type { CharacterName, PropName, SceneName } from '../narrative/registry';

interface Manifest {
  fx?: Record<string, { path: string; size: [number, number] }>;
  scenes: Record<string, string>;
  characters: Record<string, { size: [number, number]; parts: Record<string, string> }>;
  props: Record<string, string>;
  title: string;
  placeholder: string;
}

const manifests = import.meta.glob<Manifest>('../../assets/art/manifest.json', { eager: true, import: 'default' });
const urls = import.meta.glob<string>('../../assets/art/**/*.svg', { eager: true, import: 'default', query: '?no-inline' });

const manifest: Manifest = Object.values(manifests)[0] ?? { scenes: {}, characters: {}, props: {}, title: '', placeholder: '' };

function url(rel: string | undefined): string | null {
  if (!rel) return null;
  return urls[`../../assets/art/${rel}`] ?? null;
}

export const art = {
  titleUrl: () => url(manifest.title),
  placeholderUrl: () => url(manifest.placeholder),
  sceneUrl: (name: SceneName) => url(manifest.scenes[name]),
  propUrl: (name: PropName) => url(manifest.props[name]),
  /** Effect sprites (envelopes, sheets, icons, banners) the ambient motion multiplies. */
  fx: (name: string): { url: string | null; size: [number, number] } => ({
    url: url(manifest.fx?.[name]?.path),
    size: manifest.fx?.[name]?.size ?? [96, 96],
  }),
  characterSize: (name: CharacterName): [number, number] => manifest.characters[name]?.size ?? [600, 900],
  /** Part name -> URL for one character (body, head, eyes_open, eyes_closed, brows_*, mouth_*). */
  characterParts: (name: CharacterName): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [part, rel] of Object.entries(manifest.characters[name]?.parts ?? {})) {
      const u = url(rel);
      if (u) out[part] = u;
    }
    return out;
  },
};
