// Writes src/service/class-best.generated.ts: the Class panel's best path under its seed and the
// published figures, found by the same search the worker runs (findBestPath), so a class of 200
// codes loads without the search (~1 s). `--check` only says whether the file is up to date
// (tests/unit/service/class-best.test.ts does the same). Run after a change to the model:
//   npx tsx scripts/gen-class-best.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_ASSUMPTIONS } from '../src/sim';
import { CLASS_SEED } from '../src/ui/class/aggregate';
import { classBestSource, CLASS_BEST_FILE, searchClassBest } from '../src/service/class-best';

const entry = await searchClassBest(CLASS_SEED, DEFAULT_ASSUMPTIONS);
const text = classBestSource([entry]);
if (process.argv.includes('--check')) {
  const ok = readFileSync(CLASS_BEST_FILE, 'utf8') === text;
  console.log(ok ? `${CLASS_BEST_FILE} is up to date` : `${CLASS_BEST_FILE} is stale: run npx tsx scripts/gen-class-best.ts`);
  process.exit(ok ? 0 : 1);
}
writeFileSync(CLASS_BEST_FILE, text);
console.log(`${CLASS_BEST_FILE}: ${JSON.stringify(entry.decisions)}`);
