/**
 * The project's own import graph, read from the TypeScript sources with the
 * compiler's parser (no bundler, no extra dependency): static imports and
 * re-exports, `import type` marked as such, and dynamic `import("…")` with a
 * literal path. Only relative specifiers are followed; packages are leaves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

export interface ImportEdge {
  /** Project-relative path of the imported file, with forward slashes. */
  to: string;
  /** `import type …` or every named binding `type`: erased from the JavaScript. */
  typeOnly: boolean;
}

export interface ImportGraph {
  files: string[];
  edges: Map<string, ImportEdge[]>;
  /** Relative specifiers that name no file ("from → specifier"). */
  unresolved: string[];
}

const SKIP = new Set(["node_modules", "dist", ".cache", ".git", ".neo4j"]);

export function sourceFiles(root: string, folders: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) found.push(path);
    }
  };
  for (const folder of folders) if (existsSync(join(root, folder))) walk(join(root, folder));
  return found.map((file) => toProjectPath(root, file)).sort();
}

export function readImportGraph(root: string, folders: string[]): ImportGraph {
  const files = sourceFiles(root, folders);
  const edges = new Map<string, ImportEdge[]>();
  const unresolved: string[] = [];
  for (const file of files) {
    const absolute = join(root, file);
    const list: ImportEdge[] = [];
    for (const { specifier, typeOnly } of importsOf(absolute)) {
      if (!specifier.startsWith(".")) continue;
      const target = resolve(dirname(absolute), specifier);
      if (!existsSync(target) || statSync(target).isDirectory()) {
        unresolved.push(`${file} → ${specifier}`);
        continue;
      }
      list.push({ to: toProjectPath(root, target), typeOnly });
    }
    edges.set(file, list);
  }
  return { files, edges, unresolved };
}

function importsOf(file: string): Array<{ specifier: string; typeOnly: boolean }> {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Array<{ specifier: string; typeOnly: boolean }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const allNamedTypes = !clause?.name && named !== undefined && named.length > 0 && named.every((element) => element.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: Boolean(clause?.isTypeOnly) || allNamedTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      const allNamedTypes = named !== undefined && named.length > 0 && named.every((element) => element.isTypeOnly);
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || allNamedTypes });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every import cycle, as the files of one strongly connected component (Tarjan), each sorted. */
export function findCycles(graph: Pick<ImportGraph, "edges">): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const targets = (file: string) => (graph.edges.get(file) ?? []).map((edge) => edge.to);
  const connect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const next of targets(file)) {
      if (!index.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || targets(file).includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.edges.keys()) if (!index.has(file)) connect(file);
  return cycles;
}

function toProjectPath(root: string, file: string): string {
  return relative(root, file).split(sep).join("/");
}
