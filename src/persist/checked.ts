// The storage that needs the schemas (zod): saves, the logbook, settings read from a value the hand
// check refused, settings writes. main.ts loads it after the first screen, or at the first need.
export { readSettingsChecked, writeSettings } from './store';
export { Saves } from './saves';
export { LogbookRecorder } from './logbook-recorder';
