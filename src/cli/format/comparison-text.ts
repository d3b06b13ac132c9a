import type { BatchComparison } from '../../batch/batch-comparison.js';
import { sharePercent } from '../../presentation/share-percent.js';

const points = (x: number): string => `${x < 0 ? '−' : x > 0 ? '+' : '±'}${(Math.abs(x) * 100).toFixed(Math.abs(x) > 0 && Math.abs(x) < 0.01 ? 2 : 1)}`;

/** Two batches side by side: each outcome's shares, B − A in percentage points with its 95% interval, and the verdict. */
export function formatComparison(c: BatchComparison): string {
  const lines = [
    `A: ${c.a.name} · ${c.a.scenario.id} · ${c.a.runs} runs · batch seed ${c.a.seed} · engine ${c.a.engineVersion}${overrides(c.a.overrides)}`,
    `B: ${c.b.name} · ${c.b.scenario.id} · ${c.b.runs} runs · batch seed ${c.b.seed} · engine ${c.b.engineVersion}${overrides(c.b.overrides)}`,
    '',
  ];
  const width = Math.max('outcome'.length, ...c.outcomes.map((o) => o.id.length));
  lines.push(`${'outcome'.padEnd(width)}  ${'A'.padStart(6)}  ${'B'.padStart(6)}  ${'B − A'.padStart(7)}  ${'95% interval'.padEnd(15)}  verdict`);
  for (const o of c.outcomes) {
    const verdict = o.verdict === 'no clear difference' ? 'no clear difference' : `${o.verdict} in B`;
    lines.push(`${o.id.padEnd(width)}  ${sharePercent(o.a.share).padStart(6)}  ${sharePercent(o.b.share).padStart(6)}  ${points(o.difference).padStart(7)}  ${`${points(o.interval[0])} to ${points(o.interval[1])}`.padEnd(15)}  ${verdict}`);
  }
  lines.push('', 'B − A in percentage points; 95% interval by Newcombe’s hybrid score method (independent batches)');
  if (c.unmatched.length > 0) lines.push(`not compared (named by one batch only): ${c.unmatched.join(', ')}`);
  for (const note of c.notes) lines.push(`note: ${note}`);
  return `${lines.join('\n')}\n`;
}

function overrides(o: Readonly<Record<string, number>>): string {
  const entries = Object.entries(o);
  return entries.length === 0 ? '' : ` · ${entries.map(([k, v]) => `${k}=${v}`).join(' ')}`;
}
