import { describe, expect, it } from 'vitest';
import { MergeError } from '../../src/batch/partial-batch.js';
import { ChecksFailedError } from '../../src/cli/checks-failed-error.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { InterruptedError } from '../../src/cli/interrupted-error.js';
import { reportError } from '../../src/cli/report-error.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { RunError } from '../../src/engine/run-error.js';
import { InputError, UnknownScenarioError } from '../../src/errors/input-error.js';
import { type ErrorCode, WargameError } from '../../src/errors/wargame-error.js';
import { OutputError } from '../../src/output/output-error.js';
import { ReplayError } from '../../src/records/replay-error.js';
import { ReportInputError } from '../../src/report/report-input-error.js';
import { OverrideError } from '../../src/scenarios/override-error.js';
import { ScenarioError } from '../../src/scenarios/scenario-error.js';

/** Each error a user can meet, its stable code, the exit status it gives and whether its message goes out bare. */
const cases: [WargameError, ErrorCode, number, boolean][] = [
  [new UsageError('no such option'), 'usage', EXIT.usage, false],
  [new OverrideError('--set x: no such path'), 'usage', EXIT.usage, false],
  [new UnknownScenarioError("no built-in scenario 'x'"), 'usage', EXIT.usage, false],
  [new ScenarioError([{ where: 'a.yaml:1:1', message: 'bad' }]), 'invalid-data', EXIT.data, true],
  [new RunError("'x' evaluated to NaN", 'a.yaml:3:4'), 'invalid-data', EXIT.data, true],
  [new ReplayError('run.json: not a run record'), 'invalid-data', EXIT.data, true],
  [new MergeError('a.json and b.json overlap'), 'invalid-data', EXIT.data, true],
  [new ReportInputError("part.json: a partial result, one shard of a batch; merge the shards first"), 'invalid-data', EXIT.data, true],
  [new InputError('cannot read a.yaml: no such file'), 'no-input', EXIT.noInput, false],
  [new OutputError('cannot write out.json: disk full'), 'cannot-create', EXIT.cannotCreate, false],
  [new ChecksFailedError('2 claims moved the wrong way'), 'check-failed', EXIT.failed, true],
];

describe('the errors wargame throws', () => {
  it.each(cases)('%s has code %s, exits %i', (error, code, status, bare) => {
    expect(error).toBeInstanceOf(WargameError);
    expect(error.code).toBe(code);
    let err = '';
    expect(reportError(error, { write: (text: string) => (err += text) })).toBe(status);
    expect(err).toBe(`${bare ? '' : 'error: '}${error.message}\n`);
  });

  it('exits with the status of the signal that interrupted it', () => {
    const error = new InterruptedError('stopped after 3 of 10 points', 'SIGTERM');
    expect(error.code).toBe('interrupted');
    expect(reportError(error, { write: () => true })).toBe(143);
  });

  it('reports anything else as a bug in wargame, with its stack', () => {
    let err = '';
    expect(reportError(new TypeError('x is undefined'), { write: (text: string) => (err += text) })).toBe(EXIT.software);
    expect(err).toMatch(/^internal error \(a bug in wargame; please report it\):\nTypeError: x is undefined/);
  });
});
