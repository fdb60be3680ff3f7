// Worker thread of scripts/branches.ts: computes the rows of the groups of paths it is sent (paths
// sharing D1-D5), one message per group, until it is terminated, under the assumptions it is given.
import { parentPort, workerData } from 'node:worker_threads';
import type { Assumptions, Decisions } from '../src/sim/index';
import { branchRows } from '../src/sim/branches';

// The assumptions come validated from the main thread (the file it loaded, or the published figures).
const { runs, seed, assumptions } = workerData as { runs: number; seed: number; assumptions: Assumptions };
parentPort!.on('message', (paths: Decisions[]) => parentPort!.postMessage(branchRows(paths, assumptions, seed, runs)));
parentPort!.postMessage('ready');
