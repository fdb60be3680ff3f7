/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />
declare module '*.ink' {
  /** Compiled ink JSON, produced at build time by scripts/vite-plugin-ink.ts. */
  const json: string;
  export default json;
}
declare module '*.ink?chunk-url' {
  /** The URL of the compiled story's chunk (a module whose default export is the ink JSON). */
  const url: string;
  export default url;
}
