#!/usr/bin/env node
// Generates all of the game's art as SVG, plus assets/art/manifest.json.
//
//   node scripts/art/generate.mjs            # writes into assets/art/
//   node scripts/art/generate.mjs --out DIR  # writes somewhere else (tests compare the two)
//
// Plain Node ESM, no dependencies. The output is deterministic: same bytes on every run.

import { mkdirSync, writeFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENE_NAMES, buildScene, buildTitle, buildPlaceholder } from './scenes.mjs';
import { CHARACTER_NAMES, PART_NAMES, CHAR_W, CHAR_H, buildCharacter, characterAnchors } from './characters.mjs';
import { PROP_NAMES, PROP_SIZE, buildProp, FX_NAMES, buildFx } from './props.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = resolve(HERE, '../../assets/art');
const MANAGED_DIRS = ['scenes', 'chars', 'props', 'fx'];

function sizeOf(svg) {
  const m = svg.match(/<svg\b[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"/);
  return [Number(m[1]), Number(m[2])];
}

/**
 * Builds every file in memory.
 * @returns {{ files: Map<string, string>, manifest: object }} paths relative to the art root
 */
export function buildAll() {
  const files = new Map();
  const manifest = {
    version: 1,
    sceneSize: [1920, 1080],
    scenes: {},
    characters: {},
    layerOrder: ['body', 'head', 'eyes_open|eyes_closed', 'brows_<expression>', 'mouth_<expression>|mouth_talk'],
    props: {},
    propSize: PROP_SIZE,
    fx: {},
    title: 'title.svg',
    placeholder: 'placeholder.svg',
  };
  for (const name of SCENE_NAMES) {
    const p = `scenes/${name}.svg`;
    files.set(p, buildScene(name));
    manifest.scenes[name] = p;
  }
  for (const name of CHARACTER_NAMES) {
    const parts = buildCharacter(name);
    const entry = { size: [CHAR_W, CHAR_H], anchors: characterAnchors(name), parts: {} };
    for (const part of PART_NAMES) {
      const p = `chars/${name}/${part}.svg`;
      files.set(p, parts[part]);
      entry.parts[part] = p;
    }
    manifest.characters[name] = entry;
  }
  for (const name of PROP_NAMES) {
    const p = `props/${name}.svg`;
    files.set(p, buildProp(name));
    manifest.props[name] = p;
  }
  for (const name of FX_NAMES) {
    const p = `fx/${name}.svg`;
    const svg = buildFx(name);
    files.set(p, svg);
    manifest.fx[name] = { path: p, size: sizeOf(svg) };
  }
  files.set('title.svg', buildTitle());
  files.set('placeholder.svg', buildPlaceholder());
  // pretty JSON, with short number arrays ([w, h], [x, y]) kept on one line
  const json = JSON.stringify(manifest, null, 2).replace(/\[\s*(-?[\d.]+(?:,\s*-?[\d.]+)*)\s*\]/g, (_, inner) => `[${inner.split(/,\s*/).join(', ')}]`);
  files.set('manifest.json', json + '\n');
  return { files, manifest };
}

/** Writes everything into outDir, removing stale generated files. Returns the file map. */
export function generate(outDir = DEFAULT_OUT) {
  const { files } = buildAll();
  for (const d of MANAGED_DIRS) {
    const full = join(outDir, d);
    if (existsSync(full)) rmSync(full, { recursive: true, force: true });
  }
  for (const [rel, content] of files) {
    const full = join(outDir, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return files;
}

function main(argv) {
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = resolve(argv[++i]);
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: node scripts/art/generate.mjs [--out DIR]');
      return;
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  const files = generate(out);
  let total = 0;
  let largest = ['', 0];
  for (const [rel, c] of files) {
    const b = Buffer.byteLength(c);
    total += b;
    if (b > largest[1]) largest = [rel, b];
  }
  console.log(`art: wrote ${files.size} files (${(total / 1024).toFixed(0)} KB) to ${out}; largest ${largest[0]} ${(largest[1] / 1024).toFixed(1)} KB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}

// keep the list of files readable for callers that only want names
export function listFiles(dir) {
  const out = [];
  const walk = (d, prefix) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, '');
  return out;
}
