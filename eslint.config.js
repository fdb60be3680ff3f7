// Lint: typescript-eslint's recommended rules plus the import boundaries of DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const lib = (name, message) => ({ group: [name, `${name}/*`], message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', 'assets/**'] },
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
  // Everything outside the owning layer: no phaser, inkjs or howler.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/game/**', 'src/narrative/**', 'src/audio/**'],
    rules: restrict([lib('phaser', 'Only src/game imports Phaser.'), lib('inkjs', 'Only src/narrative imports inkjs.'), lib('howler', 'Only src/audio imports Howler.')]),
  },
  {
    files: ['src/game/**/*.ts'],
    rules: restrict([lib('inkjs', 'Only src/narrative imports inkjs; use the session events.'), lib('howler', 'Only src/audio imports Howler.')]),
  },
  {
    files: ['src/audio/**/*.ts'],
    rules: restrict([lib('inkjs', 'Only src/narrative imports inkjs.'), lib('phaser', 'Only src/game imports Phaser.')]),
  },
  {
    files: ['src/narrative/**/*.ts'],
    rules: restrict([lib('phaser', 'Only src/game imports Phaser.'), lib('howler', 'Only src/audio imports Howler.'), { group: ['../game/*', '../ui/*', '../audio/*', '../game', '../ui', '../audio'], message: 'The narrative layer knows nothing of its presenters.' }]),
  },
  // The model is pure: nothing of the project outside src/sim, no UI/story/audio library.
  {
    files: ['src/sim/**/*.ts'],
    rules: restrict([
      lib('phaser', 'src/sim is pure.'), lib('inkjs', 'src/sim is pure.'), lib('howler', 'src/sim is pure.'),
      { group: ['../*', '!./*'], message: 'src/sim imports nothing of the project outside src/sim.' },
    ]),
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'localStorage', 'navigator', 'fetch'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Randomness comes in as a seeded generator.' }, { object: 'Date', property: 'now', message: 'The model is deterministic.' }],
    },
  },
  // game and ui talk to the story through the session, never to the runtime.
  {
    files: ['src/ui/**/*.ts'],
    rules: restrict([
      lib('phaser', 'Only src/game imports Phaser.'), lib('inkjs', 'Only src/narrative imports inkjs.'), lib('howler', 'Only src/audio imports Howler.'),
      { group: ['**/narrative/runtime', '**/narrative/walk'], allowTypeImports: true, message: 'Talk to the story through the session controller.' },
    ]),
  },
  {
    files: ['src/game/**/*.ts'],
    rules: restrict([
      lib('inkjs', 'Only src/narrative imports inkjs.'), lib('howler', 'Only src/audio imports Howler.'),
      { group: ['**/narrative/runtime', '**/narrative/walk'], allowTypeImports: true, message: 'Talk to the story through the session controller.' },
    ]),
  },
);
