// Vite plugin: `import story from '../story/en/main.ink'` yields the compiled ink JSON (a string).
// INCLUDEs resolve relative to the file; warnings are shown; an error fails the build with the
// compiler's file:line message. Only the JSON reaches the browser, never the compiler.
import { basename, dirname } from 'node:path';
import type { Plugin } from 'vite';
import { compileInkFile } from './ink-compile.ts';

export function inkPlugin(): Plugin {
  // included file -> main files that include it
  const includedBy = new Map<string, Set<string>>();
  let serving = false;
  return {
    name: 'alice:ink',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    load(id) {
      const [file, query = ''] = id.split('?') as [string, string?];
      if (!file.endsWith('.ink')) return null;
      // `main.ink?chunk-url`: the URL of the compiled story's own chunk, so that the page can import
      // it again under a fresh URL after a failed load (a browser keeps a failed import for good).
      if (query.split('&').includes('chunk-url')) {
        if (serving) return { code: `export default ${JSON.stringify(`/@fs${file}`)};`, map: null };
        const ref = this.emitFile({ type: 'chunk', id: file, name: `main-${basename(dirname(file))}`, preserveSignature: 'strict' });
        return { code: `export default import.meta.ROLLUP_FILE_URL_${ref};`, map: null };
      }
      const result = compileInkFile(file);
      for (const f of result.files) {
        this.addWatchFile(f);
        const set = includedBy.get(f) ?? new Set<string>();
        set.add(file);
        includedBy.set(f, set);
      }
      for (const d of result.diagnostics) if (d.severity !== 'error') this.warn(`ink ${d.severity}: ${d.message}`);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length || result.json === null) {
        this.error(`ink compilation failed:\n${errors.map((e) => e.message).join('\n')}`);
      }
      return { code: `export default ${JSON.stringify(result.json)};`, map: null };
    },
    handleHotUpdate({ file, server }) {
      const mains = includedBy.get(file);
      if (!mains) return;
      for (const main of mains) {
        const mod = server.moduleGraph.getModuleById(main);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
