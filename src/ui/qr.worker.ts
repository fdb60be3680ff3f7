// The QR code worker: the `qrcode` library builds the symbol here (its first symbol costs 30-50 ms
// of compiling and mask scoring on a slow machine, a long task on the ending screen if done on the
// page). The page gets the modules back (one byte each, row by row) and draws them (result-code.ts).
import { create } from 'qrcode';

export interface ToQrWorker {
  readonly id: number;
  readonly text: string;
}
export type FromQrWorker = { readonly id: number; readonly size: number; readonly modules: Uint8Array } | { readonly id: number; readonly error: string };

self.onmessage = (e: MessageEvent<ToQrWorker>) => {
  const { id, text } = e.data;
  try {
    const qr = create(text, { errorCorrectionLevel: 'M' });
    const modules = Uint8Array.from(qr.modules.data);
    (self as unknown as Worker).postMessage({ id, size: qr.modules.size, modules } satisfies FromQrWorker, [modules.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, error: String(err) } satisfies FromQrWorker);
  }
};
