// Worker thread of scripts/branches.ts: computes the rows of the groups of paths it is sent (paths
// sharing D1-D5), one message per group, until it is terminated.
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_ASSUMPTIONS, type Decisions } from '../src/sim/index';
import { branchRows } from '../src/sim/branches';

const { runs, seed } = workerData as { runs: number; seed: number };
parentPort!.on('message', (paths: Decisions[]) => parentPort!.postMessage(branchRows(paths, DEFAULT_ASSUMPTIONS, seed, runs)));
parentPort!.postMessage('ready');
