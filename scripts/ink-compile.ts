// Compiles an .ink file (with its INCLUDEs, resolved relative to it) to the runtime JSON.
// Shared by the Vite plugin (build, dev, vitest) and the story CLIs. Node only.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import type { ErrorHandler } from 'inkjs/engine/Error';

export interface InkDiagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string; // as the compiler wrote it, usually "file:line: text"
}

export interface InkCompileResult {
  readonly json: string | null; // null when there are errors
  readonly diagnostics: readonly InkDiagnostic[];
  readonly files: readonly string[]; // every file read, for watch mode
}

export function compileInkFile(mainPath: string): InkCompileResult {
  const main = resolve(mainPath);
  const root = dirname(main);
  const files = new Set<string>([main]);
  const diagnostics: InkDiagnostic[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(root, name),
    LoadInkFileContents: (full: string) => {
      files.add(full);
      return stripBom(readFileSync(full, 'utf8'));
    },
  };
  const errorHandler: ErrorHandler = (message, type) => {
    // ErrorType: 0 author (TODO) info, 1 warning, 2 error
    const severity = type === 2 ? 'error' : type === 1 ? 'warning' : 'info';
    diagnostics.push({ severity, message });
  };
  const options = new CompilerOptions(main, [], false, errorHandler, fileHandler);
  const compiler = new Compiler(stripBom(readFileSync(main, 'utf8')), options);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (!diagnostics.some((d) => d.severity === 'error')) json = story.ToJson() ?? null;
  } catch (e) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ severity: 'error', message: `${main}: ${(e as Error).message}` });
    }
  }
  return { json, diagnostics, files: [...files] };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
