// The art contract: every scene, character, expression and prop named in the tag registry has
// its SVG in assets/art (listed in the manifest and present on disk); every SVG is small,
// self-contained and well-formed; character layers stack (same canvas); the generator is
// deterministic (regenerating into a temp dir gives the committed bytes).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHARACTERS, EXPRESSIONS, PROPS, SCENES } from '../../../src/narrative/registry';

const ROOT = resolve(__dirname, '../../..');
const ART = join(ROOT, 'assets/art');

interface Manifest {
  version: number;
  sceneSize: [number, number];
  scenes: Record<string, string>;
  characters: Record<string, { size: [number, number]; anchors: Record<string, [number, number]>; parts: Record<string, string> }>;
  props: Record<string, string>;
  propSize: [number, number];
  fx: Record<string, { path: string; size: [number, number] }>;
  title: string;
  placeholder: string;
}

const manifest = JSON.parse(readFileSync(join(ART, 'manifest.json'), 'utf8')) as Manifest;

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, `${prefix}${name}/`));
    else out.push(`${prefix}${name}`);
  }
  return out;
}

function svgSize(svg: string): { width: number; height: number; viewBox: string } {
  const open = svg.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error('no <svg> root element');
  const attr = (k: string) => open[0].match(new RegExp(`\\s${k}="([^"]*)"`))?.[1];
  return { width: Number(attr('width')), height: Number(attr('height')), viewBox: attr('viewBox') ?? '' };
}

/** A small well-formedness check: tags balance, attributes are quoted, no stray '<' or '&'. */
function checkXml(svg: string): string | null {
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|([<>])/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(svg))) {
    const between = svg.slice(last, m.index);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(between)) return `bad entity near ${m.index}`;
    last = re.lastIndex;
    if (m[5]) return `stray '${m[5]}' at ${m.index}`;
    if (m[0].startsWith('<!--')) continue;
    const [, close, name = '', , self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return `mismatched </${name}> at ${m.index}`;
    } else stack.push(name);
  }
  if (stack.length) return `unclosed <${stack[stack.length - 1]}>`;
  return null;
}

const svgFiles = listFiles(ART).filter((f) => f.endsWith('.svg'));

describe('art manifest covers the registry', () => {
  it('lists every scene, and each file exists', () => {
    for (const s of SCENES) {
      const p = manifest.scenes[s];
      expect(p, `scene ${s}`).toBe(`scenes/${s}.svg`);
      expect(existsSync(join(ART, p ?? '-')), `file for scene ${s}`).toBe(true);
    }
  });

  it('lists every character with body, head, blink and every expression', () => {
    const required = ['body', 'head', 'eyes_open', 'eyes_closed', ...EXPRESSIONS.flatMap((e) => [`brows_${e}`, `mouth_${e}`])];
    for (const c of CHARACTERS) {
      const entry = manifest.characters[c];
      expect(entry, `character ${c}`).toBeDefined();
      for (const part of required) {
        const p = entry?.parts[part];
        expect(p, `${c}.${part}`).toBeDefined();
        expect(existsSync(join(ART, p ?? '-')), `file for ${c}.${part}`).toBe(true);
      }
    }
  });

  it('lists every prop (except "none"), the title and the placeholder', () => {
    for (const p of PROPS.filter((x) => x !== 'none')) {
      const f = manifest.props[p];
      expect(f, `prop ${p}`).toBeDefined();
      expect(existsSync(join(ART, f ?? '-')), `file for prop ${p}`).toBe(true);
    }
    expect(existsSync(join(ART, manifest.title))).toBe(true);
    expect(existsSync(join(ART, manifest.placeholder))).toBe(true);
  });

  it('points only at files that exist, and every SVG on disk is in the manifest', () => {
    const listed = new Set<string>([
      ...Object.values(manifest.scenes),
      ...Object.values(manifest.characters).flatMap((c) => Object.values(c.parts)),
      ...Object.values(manifest.props),
      ...Object.values(manifest.fx).map((f) => f.path),
      manifest.title,
      manifest.placeholder,
    ]);
    for (const p of listed) expect(existsSync(join(ART, p)), p).toBe(true);
    expect(svgFiles.filter((f) => !listed.has(f))).toEqual([]);
  });
});

describe('every SVG is self-contained and well-formed', () => {
  it.each(svgFiles)('%s', (file) => {
    const svg = readFileSync(join(ART, file), 'utf8');
    const { width, height, viewBox } = svgSize(svg);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect(viewBox).toBe(`0 0 ${width} ${height}`);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toMatch(/<script|<image|<foreignObject|<style|@import|javascript:/i);
    // references are local only (url(#id) / href="#id")
    expect(svg).not.toMatch(/href="(?!#)/);
    expect(svg).not.toMatch(/url\((?!#)/);
    // text, if any, uses the generic sans-serif family only
    for (const t of svg.match(/<text\b[^>]*>/g) ?? []) expect(t).toContain('font-family="sans-serif"');
    // ids are unique within a file, and every url(#id) resolves
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
    expect(checkXml(svg)).toBeNull();
    const bytes = Buffer.byteLength(svg);
    if (file.startsWith('scenes/') || file === 'title.svg') expect(bytes).toBeLessThan(60 * 1024);
    else expect(bytes).toBeLessThan(10 * 1024);
  });

  it('scenes and the title are 1920x1080', () => {
    for (const p of [...Object.values(manifest.scenes), manifest.title]) {
      const { width, height } = svgSize(readFileSync(join(ART, p), 'utf8'));
      expect([width, height], p).toEqual(manifest.sceneSize);
    }
    expect(manifest.sceneSize).toEqual([1920, 1080]);
  });

  it('all parts of a character share the same canvas, as the manifest says', () => {
    for (const [name, entry] of Object.entries(manifest.characters)) {
      for (const [part, p] of Object.entries(entry.parts)) {
        const { width, height } = svgSize(readFileSync(join(ART, p), 'utf8'));
        expect([width, height], `${name}.${part}`).toEqual(entry.size);
      }
    }
  });

  it('props and effect sprites have the sizes the manifest gives', () => {
    for (const p of Object.values(manifest.props)) {
      const { width, height } = svgSize(readFileSync(join(ART, p), 'utf8'));
      expect([width, height], p).toEqual(manifest.propSize);
    }
    for (const f of Object.values(manifest.fx)) {
      const { width, height } = svgSize(readFileSync(join(ART, f.path), 'utf8'));
      expect([width, height], f.path).toEqual(f.size);
    }
  });
});

describe('the generator', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'art-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('is deterministic: regenerating gives the committed files, byte for byte', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/art/generate.mjs'), '--out', tmp], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const fresh = listFiles(tmp);
    expect(fresh).toEqual(listFiles(ART));
    for (const f of fresh) expect(readFileSync(join(tmp, f), 'utf8') === readFileSync(join(ART, f), 'utf8'), f).toBe(true);
  });
});
