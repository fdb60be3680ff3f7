// Web Worker entry: runs the model off the main thread.
import { runSimRequest } from './sim-request';
import type { SimRequest } from './session';

self.onmessage = (e: MessageEvent<{ id: number; request: SimRequest }>) => {
  const { id, request } = e.data;
  try {
    self.postMessage({ id, report: runSimRequest(request) });
  } catch (err) {
    self.postMessage({ id, error: (err as Error).message });
  }
};
