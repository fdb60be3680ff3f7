// src/sim is the pure core: it imports only itself and zod, and never reads a clock, the DOM or
// Math.random. This scans the sources so a new import is caught here, not in review.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../../src/sim');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const stripComments = (s: string): string => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('src/sim purity', () => {
  it('has sources to check', () => expect(files.length).toBeGreaterThan(5));

  for (const f of files) {
    it(`${f} imports only sim modules and zod`, () => {
      const code = stripComments(readFileSync(join(dir, f), 'utf8'));
      const specs = [...code.matchAll(/(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
        (m) => m[1] ?? m[2] ?? m[3] ?? '',
      );
      for (const s of specs) expect(s === 'zod' || /^\.\/[\w.-]+$/.test(s), `${f} imports ${s}`).toBe(true);
    });

    it(`${f} uses no clock, DOM, global randomness or eval`, () => {
      const code = stripComments(readFileSync(join(dir, f), 'utf8'));
      for (const bad of [/Math\.random/, /Date\.now/, /new Date\b/, /performance\.now/, /\bdocument\./, /\bwindow\./, /\blocalStorage\b/, /\beval\(/, /new Function\(/]) {
        expect(bad.test(code), `${f} matches ${bad}`).toBe(false);
      }
    });
  }
});
