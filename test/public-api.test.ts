import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The public entries as a user's compiler sees them: dist/*.d.ts, built by `npm test`.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Every type the entry's exports mention (in a signature, a field, a base type) that is
 * declared in this package but that the entry does not export: a user could meet a value
 * of it and not be able to name it.
 */
function unexportedReferences(entry: string): string[] {
  const file = `${dist}${entry}`;
  const index = source(`${dist}index.d.ts`);
  // Types the main entry exports are public to users of wargame/testing too.
  const exported = new Set([...exportsOf(source(file)), ...exportsOf(index)]);
  const missing = new Set<string>();
  const visit = (node: ts.Node): void => {
    const name = ts.isTypeReferenceNode(node)
      ? node.typeName
      : ts.isExpressionWithTypeArguments(node)
        ? node.expression
        : ts.isTypeQueryNode(node)
          ? node.exprName
          : undefined;
    const symbol = name && checker.getSymbolAtLocation(name);
    if (symbol !== undefined) {
      const target = resolve(symbol);
      const ours = target.declarations?.some((d) => d.getSourceFile().fileName.startsWith(dist)) ?? false;
      const generic = target.flags & ts.SymbolFlags.TypeParameter;
      if (ours && !generic && !exported.has(target)) missing.add(`${target.name} (${target.declarations![0]!.getSourceFile().fileName.slice(dist.length)})`);
    }
    ts.forEachChild(node, visit);
  };
  for (const symbol of exportsOf(source(file))) for (const declaration of symbol.declarations ?? []) visit(declaration);
  return [...missing].sort();
}

const program = ts.createProgram([`${dist}index.d.ts`, `${dist}testing/index.d.ts`], { strict: true, noEmit: true });
const checker = program.getTypeChecker();
const source = (file: string): ts.SourceFile => program.getSourceFile(file)!;
const resolve = (symbol: ts.Symbol): ts.Symbol => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
const exportsOf = (file: ts.SourceFile): ts.Symbol[] => checker.getExportsOfModule(checker.getSymbolAtLocation(file)!).map(resolve);

/**
 * Internals a user never needs and the index must not export as values: the batch's fast
 * path and its memo, tallies and rows as a batch builds them, record builders, sources.
 * (Types a public signature mentions are exported as types only.)
 */
const INTERNALS = [
  'LeanRun',
  'DecisionMemo',
  'BatchStatistics',
  'summarize',
  'runChunk',
  'formatRow',
  'rowColumns',
  'rowFormatOf',
  'rowsHeader',
  'wilsonInterval',
  'toTurnRecord',
  'toRunRecord',
  'toOptionRecords',
  'loadSource',
  'sendResolved',
  'compileSpec',
  'checkedScenario',
  'loadScenarioSpec',
];

describe('the public API', () => {
  it.each(['index.d.ts', 'testing/index.d.ts'])('%s names every type its exports mention', (entry) => {
    expect(unexportedReferences(entry)).toEqual([]);
  });

  it('exports no internal as a value', async () => {
    const index = (await import(`${dist}index.js`)) as Record<string, unknown>;
    expect(INTERNALS.filter((name) => name in index)).toEqual([]);
  });
});
