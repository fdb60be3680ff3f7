// The import boundaries of docs/ARCHITECTURE.md, enforced by eslint.config.js: each forbidden
// import below must fail lint with the boundary rule, each allowed one must pass it. Run through
// ESLint's Node API on in-memory snippets placed where the rule applies.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FORBIDDEN: readonly (readonly [string, string, RegExp])[] = [
  ['src/sim/x.ts', "import { t } from '../i18n';", /src\/sim is the model/],
  ['src/persist/x.ts', "import type { Session } from '../narrative/session';", /pure storage code/],
  ['src/i18n/x.ts', "import type { Session } from '../narrative/session';", /strings and formats/],
  ['src/service/x.ts', "import type { Session } from '../narrative/session';", /imports only the model/],
  ['src/service/x.ts', "import { h } from '../ui/dom';", /imports only the model/],
  ['src/narrative/x.ts', "import { Overlay } from '../ui/overlay';", /knows nothing of its presenters/],
  ['src/narrative/x.ts', "import { readSave } from '../persist/store';", /nor of storage/],
  ['src/narrative/x.ts', "import { createSimClient } from '../service/client';", /through its protocol/],
  ['src/narrative/x.ts', "import { wrap } from 'comlink';", /Only src\/service imports comlink/],
  ['src/audio/x.ts', "import { Overlay } from '../ui/overlay';", /The sound is a view of the session/],
  ['src/game/x.ts', "import { h } from '../ui/dom';", /The scenery is a view of the session/],
  ['src/game/x.ts', "import { Howl } from 'howler';", /Only src\/audio imports howler/],
  ['src/ui/x.ts', "import { lazyGame } from '../game/lazy';", /scenery and the sound are other views/],
  ['src/ui/results/x.ts', "import { createAudioDirector } from '../../audio/director';", /scenery and the sound are other views/],
  ['src/ui/results/x.ts', "import { createSimClient } from '../../service/client';", /types from service\/protocol/],
  ['src/ui/results/x.ts', "import { runSimRequest } from '../../service/sim-request';", /types from service\/protocol/],
  ['src/ui/x.ts', "import { createRuntime } from '../narrative/runtime';", /through the session controller/],
  ['src/ui/x.ts', "import Phaser from 'phaser';", /Only src\/game imports phaser/],
  ['src/ui/x.ts', "import { readFileSync } from 'node:fs';", /only in src\/server/],
  ['src/ui/x.ts', "import { Server } from 'socket.io';", /Only src\/server imports socket.io/],
  ['src/room/x.ts', "import { Overlay } from '../ui/overlay';", /no view and no story/],
  ['src/room/x.ts', "import type { Session } from '../narrative/session';", /no view and no story/],
  ['src/server/x.ts', "import { h } from '../ui/dom';", /nothing of the browser/],
  ['src/server/x.ts', "import { createSimClient } from '../service/client';", /nothing of the browser/],
  ['src/server/x.ts', "import { Story } from 'inkjs';", /Only src\/narrative imports inkjs/],
  // Nothing in the browser imports the server.
  ['src/ui/x.ts', "import { rooms } from '../server/rooms';", /scenery and the sound are other views/],
  ['src/room/x.ts', "import { db } from '../server/db';", /no view and no story/],
  ['src/main.ts', "import { start } from './server/index';", /Nothing in the browser imports src\/server/],
  ['src/main.ts', "import { installHook } from './hook';", /stays out of the start-up chunk/],
];

const ALLOWED: readonly (readonly [string, string])[] = [
  ['src/ui/results/x.ts', "import type { DebriefResult } from '../../service/protocol';\nimport { better } from '../../service/debrief-rank';"],
  ['src/ui/x.ts', "import type { StoryLine } from '../narrative/runtime';\nimport { CHARACTER_NAMES } from '../narrative/registry';\nimport { readSave } from '../persist/store';"],
  ['src/narrative/x.ts', "import type { SimRequest } from '../service/protocol';\nimport type { Lang } from '../i18n/strings';\nimport { Story } from 'inkjs';"],
  ['src/game/x.ts', "import type { SessionEvent } from '../narrative/session';\nimport Phaser from 'phaser';"],
  ['src/service/x.ts', "import { simulate } from '../sim';\nimport { expose } from 'comlink';"],
  ['src/persist/x.ts', "import { isDecisionId } from '../sim/decisions';"],
  ['src/room/x.ts', "import { DECISIONS } from '../sim/decisions';\nimport { encodePath } from '../persist/path-code';"],
  ['src/server/x.ts', "import { x } from '../room/protocol';\nimport { readLogbook } from '../persist/logbook';\nimport { readFileSync } from 'node:fs';\nimport { Server } from 'socket.io';"],
  ['src/main.ts', "import { Session } from './narrative/session';\nimport { createSimClient } from './service/client';\nvoid import('./hook');"],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(FORBIDDEN)('%s: %s fails lint', async (file, code, why) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length, `no boundary error for ${code} in ${file}`).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(why);
  });

  it.each(ALLOWED)('%s: allowed imports pass (%s)', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  it('the project itself is within its boundaries', async () => {
    const results = await eslint.lintFiles(['src']);
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
  });
});
