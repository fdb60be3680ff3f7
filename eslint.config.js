// Lint: typescript-eslint's recommended rules plus the import boundaries of the house
// (docs/ARCHITECTURE.md): which folder of src/ may import which, and which library lives where.
// tests/unit/lint/boundaries.test.ts proves that a forbidden import fails.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// ---- the map -----------------------------------------------------------------------------------
// Each folder of src/ and the folders of src/ it may import (besides itself). A folder not listed
// under another's may is forbidden to it. main.ts, launch.ts and hook.ts (the composition root,
// at the top) may import every folder but src/server.
const FOLDERS = ['sim', 'persist', 'i18n', 'service', 'narrative', 'audio', 'game', 'ui', 'room', 'server'];
const MAY = {
  sim: [], // the model: pure
  persist: ['sim'], // saves, settings, the logbook, path codes: pure (the room server uses it too)
  i18n: ['sim'], // strings and number formats
  service: ['sim'], // the simulation service: its protocol, worker, client, request builders
  narrative: ['sim', 'service', 'i18n'], // the story and its session (of the service: the protocol only)
  audio: ['narrative', 'i18n'], // a view of the session: sound
  game: ['narrative', 'i18n'], // a view of the session: the scenery
  ui: ['narrative', 'service', 'i18n', 'persist', 'sim', 'room'], // a view of the session: the DOM (and the live room's client, ui/room)
  room: ['sim', 'persist', 'i18n', 'service'], // the room client and the room's message protocol (browser and server)
  server: ['room', 'sim', 'persist', 'i18n'], // the live room server (Node only)
};
const WHY = {
  sim: 'src/sim is the model: it imports nothing of the project outside itself.',
  persist: 'src/persist is pure storage code (the room server uses it): it imports only the model.',
  i18n: 'src/i18n holds strings and formats: it imports only the model (for its names).',
  service: 'The simulation service imports only the model: the story, the views and storage talk to it through its protocol.',
  narrative: 'The story layer knows nothing of its presenters (ui, game, audio) nor of storage.',
  audio: 'The sound is a view of the session: it takes the story’s events, not other views or services.',
  game: 'The scenery is a view of the session: it takes the story’s events, not other views or services.',
  ui: 'The DOM views take the session’s events and the service’s types; the scenery and the sound are other views.',
  room: 'The room client and protocol import no view and no story (ui, game, audio, narrative).',
  server: 'The room server runs in Node: nothing of the browser (ui, game, audio, narrative, service).',
};
// Libraries with one owner (a library not listed may be imported anywhere).
const OWNER = {
  phaser: ['game'],
  inkjs: ['narrative'],
  howler: ['audio'],
  comlink: ['service'],
  'chart.js': ['ui'],
  'socket.io': ['server'],
  'better-sqlite3': ['server'],
  ioredis: ['server'],
  redis: ['server'],
};
/** Node's own modules: only the room server (browser code cannot have them). */
const NODE_ONLY = ['server'];

const UP = ['../', '../../', '../../../'];
const folderPatterns = (name) => UP.flatMap((up) => [`${up}${name}`, `${up}${name}/**`]);
const lib = (name) => [name, `${name}/*`];

function boundaries(folder) {
  const patterns = [];
  const forbidden = FOLDERS.filter((f) => f !== folder && !MAY[folder].includes(f));
  // A folder that may import nothing of the project (the model): nothing outside itself at all.
  if (!MAY[folder].length) patterns.push({ group: ['../*'], message: WHY[folder] });
  else patterns.push({ group: forbidden.flatMap(folderPatterns), message: WHY[folder] });
  for (const [name, owners] of Object.entries(OWNER)) {
    if (!owners.includes(folder)) patterns.push({ group: lib(name), message: `Only src/${owners.join(', src/')} imports ${name}.` });
  }
  if (!NODE_ONLY.includes(folder)) patterns.push({ group: ['node:*'], message: 'Node modules run only in src/server.' });
  // Finer doors into a folder that is allowed.
  if (folder === 'narrative') {
    patterns.push({ group: UP.flatMap((up) => [`${up}service/*`, `!${up}service/protocol`]), message: 'The story reaches the simulation through its protocol (service/protocol); main.ts hands it the client.' });
  }
  if (folder === 'ui') {
    patterns.push({
      group: UP.flatMap((up) => [`${up}service/*`, `!${up}service/protocol`, `!${up}service/debrief-rank`]),
      message: 'The UI takes the service’s types from service/protocol; main.ts hands it the client.',
    });
  }
  if (folder === 'ui' || folder === 'game') {
    patterns.push({ group: UP.flatMap((up) => [`${up}narrative/runtime`, `${up}narrative/walk`]), allowTypeImports: true, message: 'Talk to the story through the session controller.' });
  }
  return { files: [`src/${folder}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

// The composition root (main.ts, launch.ts, hook.ts): every folder but the server; the libraries stay with their owners.
const root = {
  files: ['src/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [{ name: './hook', message: 'The test hook loads with import() only when asked for: it stays out of the start-up chunk.' }],
      patterns: [
        { group: ['./server', './server/**'], message: 'Nothing in the browser imports src/server.' },
        ...Object.entries(OWNER).map(([name, owners]) => ({ group: lib(name), message: `Only src/${owners.join(', src/')} imports ${name}.` })),
        { group: ['node:*'], message: 'Node modules run only in src/server.' },
      ],
    }],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'test-results/**', 'coverage/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript checks names; plain .mjs scripts run in Node and browser pages evaluated by tests.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Use textContent or DOM nodes: no HTML injection.' }, { selector: "CallExpression[callee.name='eval']", message: 'No eval.' }],
    },
  },
  root,
  ...FOLDERS.map(boundaries),
  // The model is pure: no browser globals, no unseeded randomness, no clock.
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'localStorage', 'navigator', 'fetch'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Randomness comes in as a seeded generator.' }, { object: 'Date', property: 'now', message: 'The model is deterministic.' }],
    },
  },
);
