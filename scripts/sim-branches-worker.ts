// Worker thread of scripts/branches.ts: computes the rows of a share of the paths.
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_ASSUMPTIONS, type Decisions } from '../src/sim/index';
import { branchRow } from '../src/sim/branches';

const { paths, runs, seed } = workerData as { paths: Decisions[]; runs: number; seed: number };
parentPort!.postMessage(paths.map((d) => branchRow(d, DEFAULT_ASSUMPTIONS, seed, runs)));
