// Records what mathjs's parser gives for every expression of the built-in scenarios (and the
// actors and world they take in) beside the built code, so that compiling them need not
// load mathjs (see src/scenarios/expression-snapshot.ts). Run by `npm run build`, after tsc.
import { writeFileSync } from 'node:fs';
import { compileSpec } from '../dist/scenarios/compile.js';
import { EXPRESSION_SNAPSHOT_URL, expressionSnapshot } from '../dist/scenarios/expression-snapshot.js';
import { builtInScenarioIds, loadResolvedScenario } from '../dist/scenarios/load.js';

/** @type {string[]} */
const texts = [];
// Every text the compiler asks for, answered by none, so that mathjs parses each as at run time.
const record = (/** @type {string} */ text) => void texts.push(text);
for (const id of builtInScenarioIds()) compileSpec(loadResolvedScenario(id).spec, { knownParse: record });
writeFileSync(EXPRESSION_SNAPSHOT_URL, `${JSON.stringify(expressionSnapshot(texts))}\n`);
