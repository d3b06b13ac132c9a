import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../helpers/cli.js';

// docs/SCENARIOS.md's recipe for a fault few seeds reach, followed as written there: a copy
// of hormuz whose market_settles event has `+ 0 * sqrt(11 - escalation)` added to its
// oil_price effect. The error it shows must be the one a batch prints.
describe('docs/SCENARIOS.md: a fault that shows only at states few seeds reach', () => {
  it('passes validate, and stops `wargame batch rare.yaml --runs 2000` with the error the page shows', async () => {
    const hormuz = readFileSync(new URL('../../src/scenarios/hormuz.yaml', import.meta.url), 'utf8');
    const effect = /^( {6}oil_price: oil_price - 0\.25 \* .*)$/m;
    // The event's oil_price effect is the one the recipe edits; it must still be there to edit.
    expect(hormuz).toMatch(/- id: market_settles\n(?:.*\n){3}\s+# .*\n {6}oil_price: /);
    const dir = mkdtempSync(join(tmpdir(), 'wargame-documented-fault-'));
    writeFileSync(join(dir, 'rare.yaml'), hormuz.replace(effect, '$1 + 0 * sqrt(11 - escalation)'));
    expect((await cliIn(dir, 'validate', 'rare.yaml')).code).toBe(0);
    const { code, err } = await cliIn(dir, 'batch', 'rare.yaml', '--runs', '2000');
    expect(code).toBe(65);
    const doc = readFileSync(new URL('../../docs/SCENARIOS.md', import.meta.url), 'utf8');
    expect(doc).toContain(`\`\`\`\n${err}\`\`\``);
  });
});
