import { fc, test as property } from '@fast-check/vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileExpression, type ExpressionScope } from '../../src/engine/expression/compile-expression.js';
import { ExpressionError } from '../../src/engine/expression/expression-error.js';
import { type KnownParse, parseExpression, plainTree } from '../../src/engine/expression/expression-tree.js';
import { runScenario } from '../../src/records/run.js';
import { compileSpec } from '../../src/scenarios/compile.js';
import {
  EXPRESSION_SNAPSHOT_FORMAT,
  type ExpressionSnapshot,
  expressionSnapshot,
  mathjsVersion,
  readExpressionSnapshot,
} from '../../src/scenarios/expression-snapshot.js';
import { builtInScenarioIds, loadResolvedScenario } from '../../src/scenarios/load.js';
import { packageFile } from '../../src/scenarios/package-files.js';
import { relationAliases } from '../../src/scenarios/relation-names.js';
import type { ScenarioSpec } from '../../src/scenarios/spec.js';
import { GOLDEN_SEEDS, goldenFileName } from '../../scripts/golden-files.mjs';

const folder = mkdtempSync(join(tmpdir(), 'wargame-expression-snapshot-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `snapshot` to a file of its own and reads it back as the compiler would. */
function written(snapshot: unknown, name: string): KnownParse {
  const file = join(folder, name);
  writeFileSync(file, JSON.stringify(snapshot));
  return readExpressionSnapshot(pathToFileURL(file));
}

/** Every expression text the compiler meets in `spec`, as the build collects them. */
function textsOf(spec: ScenarioSpec): string[] {
  const texts: string[] = [];
  const result = compileSpec(spec, { knownParse: (text) => void texts.push(text) });
  expect(result.ok).toBe(true);
  return texts;
}

/** The names a compiled spec's expressions may read, bound to slots as the compiler binds them. */
function scopeOf(spec: ScenarioSpec): ExpressionScope {
  const slots = new Map<string, number>();
  spec.quantities.forEach((q, slot) => {
    slots.set(q.id, slot);
    for (const alias of q.between ? relationAliases(q.between) : []) if (!slots.has(alias)) slots.set(alias, slot);
  });
  return { slotOf: (name) => slots.get(name), names: [...slots.keys()] };
}

/** A KnownParse that counts the texts it did not know: those mathjs parsed. */
function counting(known: KnownParse): KnownParse & { misses: string[] } {
  const misses: string[] = [];
  return Object.assign((text: string) => known(text) ?? void misses.push(text), { misses });
}

const builtIns = builtInScenarioIds().map((id) => ({ id, spec: loadResolvedScenario(id).spec }));
const perScenario = builtIns.map(({ id, spec }) => ({ id, spec, texts: textsOf(spec) }));
const snapshot = expressionSnapshot(perScenario.flatMap((s) => s.texts));
const known = written(snapshot, 'expression-snapshot.json');
const expressions = perScenario.flatMap(({ spec, texts }) => texts.map((text) => ({ text, scope: scopeOf(spec), size: spec.quantities.length })));

describe('the expression snapshot', () => {
  it('holds every expression of every built-in scenario, as mathjs parses it', () => {
    expect(snapshot.format).toBe(EXPRESSION_SNAPSHOT_FORMAT);
    expect(snapshot.mathjs).toBe(mathjsVersion());
    expect(expressions.length).toBeGreaterThan(200);
    for (const { text } of expressions) {
      const parsed = parseExpression(text);
      expect(known(text), text).toEqual({ tree: plainTree(parsed.tree), cost: parsed.cost });
    }
  });

  it('compiles every built-in expression to the same code, reads, cost and constant as mathjs parsing it', () => {
    for (const { text, scope } of expressions) {
      const fromSnapshot = compileExpression(text, scope, known);
      const parsed = compileExpression(text, scope);
      const { evaluate: _e, store: _s, ...same } = parsed;
      expect(fromSnapshot, text).toMatchObject(same);
      expect(fromSnapshot.generated, text).toBe(parsed.generated);
    }
  });

  property.prop([fc.nat(), fc.array(fc.double({ noNaN: false }), { minLength: 64, maxLength: 64 })], { numRuns: 300 })(
    'a built-in expression compiled from the snapshot evaluates as the one parsed by mathjs, in any state',
    (pick, values) => {
      const { text, scope, size } = expressions[pick % expressions.length]!;
      const state = Float64Array.from({ length: size }, (_, i) => values[i % values.length]!);
      const a = compileExpression(text, scope, known).evaluate(state);
      const b = compileExpression(text, scope).evaluate(state);
      expect(Object.is(a, b), `${text}: ${a} against ${b}`).toBe(true);
    },
  );

  it('plays every golden record byte for byte with every expression taken from the snapshot, mathjs never asked', () => {
    for (const { id, spec } of builtIns) {
      const lookup = counting(known);
      const compiled = compileSpec(spec, { knownParse: lookup });
      if (!compiled.ok) throw new Error(compiled.issues[0]!.message);
      expect(lookup.misses).toEqual([]);
      for (const seed of GOLDEN_SEEDS) {
        const golden = readFileSync(new URL(`../golden/records/${goldenFileName(id, seed)}`, import.meta.url), 'utf8');
        expect(`${JSON.stringify(runScenario(compiled.scenario, { seed }), null, 2)}\n` === golden, `${id} seed ${seed}`).toBe(true);
      }
    }
  });

  it('leaves an edited expression to mathjs, and the edited scenario compiles as it does with no snapshot', () => {
    const { spec } = builtIns.find((s) => s.id === 'hormuz')!;
    const [actor, ...rest] = spec.actors;
    const [interest, ...others] = actor!.interests;
    const edited = `(${String(interest!.expression)}) * 0.5`;
    const changed: ScenarioSpec = { ...spec, actors: [{ ...actor!, interests: [{ ...interest!, expression: edited }, ...others] }, ...rest] };
    const lookup = counting(known);
    const withSnapshot = compileSpec(changed, { knownParse: lookup });
    const without = compileSpec(changed, { knownParse: () => undefined });
    if (!withSnapshot.ok || !without.ok) throw new Error('the edited scenario did not compile');
    expect(lookup.misses).toEqual([edited]);
    for (const seed of [1, 2, 3]) expect(JSON.stringify(runScenario(withSnapshot.scenario, { seed }))).toBe(JSON.stringify(runScenario(without.scenario, { seed })));
  });

  it('widens nothing: a recorded tree the whitelist refuses is refused with the same message as the parsed one', () => {
    const scope = expressions[0]!.scope;
    const refused = ['a.b', 'x = 1', '[1, 2]', 'f(x) = x', '"text"', 'import("fs")', '1:3', 'oil_price +'];
    const recorded = expressionSnapshot(refused);
    // Those that parse to a tree JSON carries are recorded (the build records only what compiles).
    expect(Object.keys(recorded.expressions)).toEqual(expect.arrayContaining(['a.b', '[1, 2]', '"text"', 'import("fs")', '1:3']));
    expect(Object.keys(recorded.expressions)).not.toContain('oil_price +');
    const lookup = written(recorded, 'refused.json');
    for (const text of refused) {
      const message = (k?: KnownParse): string => {
        try {
          compileExpression(text, scope, k);
        } catch (error) {
          expect(error).toBeInstanceOf(ExpressionError);
          return (error as Error).message;
        }
        throw new Error(`'${text}' was accepted`);
      };
      expect(message(lookup), text).toBe(message());
    }
  });

  it('is not used when it was written by another mathjs, in another format, or cannot be read', () => {
    const text = expressions[0]!.text;
    expect(written({ ...snapshot, mathjs: '0.0.1' }, 'other-mathjs.json')(text)).toBeUndefined();
    expect(written({ ...snapshot, format: 'wargame-expression-snapshot/0' }, 'other-format.json')(text)).toBeUndefined();
    writeFileSync(join(folder, 'broken.json'), '{"format":');
    expect(readExpressionSnapshot(pathToFileURL(join(folder, 'broken.json')))(text)).toBeUndefined();
    expect(readExpressionSnapshot(pathToFileURL(join(folder, 'missing.json')))(text)).toBeUndefined();
    expect(known(text)).toBeDefined();
  });
});

// The snapshot the build writes beside the built code (scripts/snapshot-expressions.mjs).
describe('the built package', () => {
  const built = packageFile('dist/scenarios/expression-snapshot.json');

  it('holds, for every text it records, exactly what mathjs parses it to', () => {
    const recorded = JSON.parse(readFileSync(built, 'utf8')) as ExpressionSnapshot;
    expect(recorded.mathjs).toBe(mathjsVersion());
    for (const [text, entry] of Object.entries(recorded.expressions)) {
      const parsed = parseExpression(text);
      expect(entry, text).toEqual({ tree: plainTree(parsed.tree), cost: parsed.cost });
    }
  });

  it('loads and compiles a built-in scenario without mathjs or zod, and loads both for a scenario file of its own', () => {
    // The CLI's modules, not the library's index (which loads zod for other schemas).
    const script = `
      import { createRequire } from 'node:module';
      const { loadScenario, parseScenarioText } = await import(${JSON.stringify(pathToFileURL(packageFile('dist/scenarios/load.js')).href)});
      const loaded = () => ['/mathjs/lib/', '/zod/'].map((name) => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes(name)));
      loadScenario('hormuz');
      const before = loaded();
      parseScenarioText(process.argv[1], 'mine.yaml');
      console.log(JSON.stringify([before, loaded()]));`;
    const text = [
      'extends: hormuz',
      'id: mine',
      'events:',
      '  - {id: drift, label: Drift, probability: 0.5, effects: {oil_price: oil_price + 0.25 * escalation}, source: test}',
      '',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, text], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      [false, false],
      [true, true],
    ]);
  });
});
