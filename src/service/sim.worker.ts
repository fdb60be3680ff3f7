// Web Worker entry: the protocol's handlers, off the main thread, exposed to the client over
// comlink (the handlers pause between chunks of long work, so comlink answers other calls meanwhile).
import { expose } from 'comlink';
import { createHandlers } from './handlers';

expose(createHandlers());
