// scripts/gen-audio.mjs renders the same bytes every time, and the committed files are its output.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/gen-audio.mjs');
const run = promisify(execFile);
const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function generate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gen-audio-'));
  dirs.push(dir);
  await run(process.execPath, [SCRIPT, '--out', dir, '--quiet'], { cwd: ROOT });
  return dir;
}

describe('gen-audio', () => {
  it('is deterministic and matches the committed assets', async () => {
    const [a, b] = await Promise.all([generate(), generate()]);
    const names = readdirSync(a).sort();
    expect(names).toEqual(['music-night.wav', 'music-office.wav', 'music-resolution.wav', 'music-tension.wav', 'sfx.wav', 'sprite.json']);
    expect(readdirSync(b).sort()).toEqual(names);
    for (const name of names) {
      const bytes = readFileSync(join(a, name));
      expect(bytes.equals(readFileSync(join(b, name))), `${name}: two runs differ`).toBe(true);
      expect(
        bytes.equals(readFileSync(join(ROOT, 'assets/audio', name))),
        `${name}: assets/audio is stale, run node scripts/gen-audio.mjs`,
      ).toBe(true);
    }
  }, 120_000);

  it('rejects unknown arguments', async () => {
    await expect(run(process.execPath, [SCRIPT, '--bogus'], { cwd: ROOT })).rejects.toMatchObject({ code: 2 });
  }, 120_000);

  it('uses no Math.random and no clock', () => {
    const src = readFileSync(SCRIPT, 'utf8');
    expect(src).not.toMatch(/Math\.random|Date\.now|new Date|performance\.now/);
  });
});
