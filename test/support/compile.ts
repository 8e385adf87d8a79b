import { Project, ts } from 'ts-morph';

/** Type-checks TypeScript sources in memory under `strict` and returns every diagnostic as `file:line: message`. */
export function compileDiagnostics(files: Readonly<Record<string, string>>): string[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: false,
      noImplicitOverride: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
  });
  for (const [path, text] of Object.entries(files)) project.createSourceFile(`/${path}`, text);
  return project.getPreEmitDiagnostics().map((diagnostic) => {
    const file = diagnostic.getSourceFile()?.getFilePath() ?? '';
    const line = diagnostic.getLineNumber() ?? 0;
    const message = ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, '\n');
    return `${file}:${line}: ${message}`;
  });
}

/** Type-checks a package on disk with its own tsconfig.json (real module resolution: node: modules, undici). */
export function packageDiagnostics(tsconfig: string): string[] {
  const project = new Project({ tsConfigFilePath: tsconfig });
  return project.getPreEmitDiagnostics().map((diagnostic) => {
    const file = diagnostic.getSourceFile()?.getFilePath() ?? '';
    const line = diagnostic.getLineNumber() ?? 0;
    return `${file}:${line}: ${ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, '\n')}`;
  });
}
