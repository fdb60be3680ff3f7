/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />
declare module '*.ink' {
  /** Compiled ink JSON, produced at build time by scripts/vite-plugin-ink.ts. */
  const json: string;
  export default json;
}
