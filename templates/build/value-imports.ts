import { transformSync } from 'esbuild';
import ts from 'typescript';
import { SdkImportError } from './errors';

/**
 * The exports of `packageName` that a source file uses as values: its named imports and re-exports,
 * and the names destructured from `await import(packageName)`. Type-only imports, and imports only
 * used as types, are dropped first by esbuild's own TypeScript transform, so what is left is exactly
 * what the bundle will ask the package for at run time. Namespace and default imports, and dynamic
 * imports that are not destructured, throw SdkImportError: the build could not tell which exports
 * to keep, and keeping all of them (every command of the EC2 API) is what it avoids.
 */
export function valueImportsOf(source: string, fileName: string, packageName: string): string[] {
  const loader = fileName.endsWith('.ts') ? 'ts' : 'js';
  const { code } = transformSync(source, { loader, format: 'esm', target: 'esnext', sourcefile: fileName, logLevel: 'silent' });
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const names = new Set<string>();
  const isPackage = (node: ts.Node | undefined): boolean => node !== undefined && ts.isStringLiteral(node) && node.text === packageName;

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && isPackage(node.moduleSpecifier)) {
      const clause = node.importClause;
      if (clause?.name) throw new SdkImportError(fileName, packageName, 'a default import');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) throw new SdkImportError(fileName, packageName, 'a namespace import');
      if (bindings) for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text);
    } else if (ts.isExportDeclaration(node) && isPackage(node.moduleSpecifier)) {
      const clause = node.exportClause;
      if (clause === undefined || !ts.isNamedExports(clause)) throw new SdkImportError(fileName, packageName, 'export *');
      for (const element of clause.elements) names.add((element.propertyName ?? element.name).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && isPackage(node.arguments[0])) {
      for (const name of destructuredNames(node, fileName, packageName)) names.add(name);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...names].sort();
}

/** `const { A, B: b } = await import('pkg')`: A and B. Anything else throws. */
function destructuredNames(call: ts.CallExpression, fileName: string, packageName: string): string[] {
  const awaited = call.parent;
  const declaration = awaited !== undefined && ts.isAwaitExpression(awaited) ? awaited.parent : undefined;
  if (declaration === undefined || !ts.isVariableDeclaration(declaration) || !ts.isObjectBindingPattern(declaration.name)) {
    throw new SdkImportError(fileName, packageName, 'a dynamic import that is not destructured');
  }
  return declaration.name.elements.map((element) => {
    const key = element.propertyName ?? element.name;
    if (element.dotDotDotToken || !ts.isIdentifier(key)) throw new SdkImportError(fileName, packageName, 'a dynamic import with a rest or computed binding');
    return key.text;
  });
}
