// Baseline for "navigation to first playable choice": load the same story JSON with the bare
// inkjs runtime, print lines up to the first choice and render the choices as buttons.
import { Story } from 'inkjs';

const out = document.getElementById('out')!;
const json = (await import('../../story/en/main.ink')).default;
const story = new Story(json);
for (const f of ['fmt', 'pct', 'eur']) story.BindExternalFunction(f, (x: number) => String(x), true);
while (story.canContinue) {
  const p = document.createElement('p');
  p.textContent = story.Continue() ?? '';
  out.append(p);
}
for (const c of story.currentChoices) {
  const b = document.createElement('button');
  b.className = 'choice';
  b.textContent = c.text;
  out.append(b);
}
