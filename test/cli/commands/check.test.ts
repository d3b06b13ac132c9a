import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.js';

const RARE_FAULT = fileURLToPath(new URL('../../scenarios/fixtures/rare-fault.yaml', import.meta.url));

describe('wargame check', () => {
  it('prints every check and exits 0 when all hold', async () => {
    const { code, out, err } = await cli('check', 's400', '--runs', '2', '--seed', '5');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^'s400' \(sha256:[0-9a-f]{12}…\), 2 random runs from seed 5:\n/);
    expect(out).toMatch(/^ {2}ok {5}legality +held \d+ times$/m);
    expect(out).toMatch(/every check held\n$/);
  });
  it('prints the failure with its seed, turn and state, names the failed checks on stderr and exits 65', async () => {
    const { code, out, err } = await cli('check', RARE_FAULT, '--runs', '40');
    expect(code).toBe(65);
    expect(out).toMatch(/^ {2}FAILED runs-complete/m);
    expect(out).toMatch(/^runs-complete: RunError: .*rare-fault\.yaml:22:27: 'oil_price \+ sqrt\(-hormuz_flow\)' evaluated to NaN/m);
    expect(out).toContain(`(wargame run ${RARE_FAULT} --seed `);
    expect(err).toBe("'rare_fault' failed 1 conformance check: runs-complete\n");
  });
  it('takes --set, and refuses a bad --runs with exit 2', async () => {
    expect((await cli('check', 's400', '--runs', '1', '--set', 'decision.rationality=0')).code).toBe(0);
    const bad = await cli('check', 's400', '--runs', '0');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('the number of runs must be a whole number from 1 to 100000');
  });
});
