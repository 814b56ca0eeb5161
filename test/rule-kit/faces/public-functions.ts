import ts from 'typescript';

/** A function a face exports, and whether its JSDoc carries an `@example`. */
export interface PublicFunction {
  readonly face: string;
  readonly name: string;
  readonly file: string;
  readonly hasExample: boolean;
}

/** Every function (and class method-less function value) the faces export, read with the compiler. */
export function publicFunctions(faces: readonly string[]): PublicFunction[] {
  const program = ts.createProgram([...faces], { strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const out: PublicFunction[] = [];
  for (const face of faces) {
    const source = program.getSourceFile(face);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`cannot read ${face}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of symbol.declarations ?? []) {
        if (!ts.isFunctionDeclaration(declaration)) continue;
        const hasExample = ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example');
        out.push({ face, name: exported.name, file: declaration.getSourceFile().fileName, hasExample });
        break;
      }
    }
  }
  return out;
}
