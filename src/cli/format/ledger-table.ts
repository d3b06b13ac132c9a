import type { ClaimMeasurement } from '../../ledger/measure-claim.js';
import { sharePercent } from '../../presentation/share-percent.js';

const ARROW = { up: '↑', down: '↓' } as const;
const VERDICT = { holds: 'holds', weak: 'WEAK', reversed: 'REVERSED' } as const;

const range = (m: ClaimMeasurement): string => `${m.levels[0]!.level} → ${m.levels[m.levels.length - 1]!.level}`;
const points = (m: ClaimMeasurement): string => m.levels.map((l) => `${l.level}: ${sharePercent(l.share)}`).join(' · ');
const effect = (m: ClaimMeasurement): string => `${m.effect >= 0 ? '+' : '−'}${(Math.abs(m.effect) * 100).toFixed(1)} points`;

/** One block per claim, for a terminal: the claim, its passage, the cause, the five shares, the verdict. */
export function ledgerText(measured: readonly ClaimMeasurement[]): string {
  const blocks = measured.map((m) => {
    const { claim } = m;
    const lines = [
      `${m.verdict === 'holds' ? '✓' : '✗'} ${claim.id}: ${claim.claim}`,
      `  ${claim.article}: “${claim.quote}”`,
      `  ${claim.scenario} · ${m.path} ${range(m)} · ${claim.outcome} ${ARROW[claim.direction]}`,
      `  ${points(m)}`,
      `  ${effect(m)} the stated way, ${m.separated ? 'intervals apart' : 'intervals overlap'} · ${VERDICT[m.verdict]}`,
    ];
    for (const r of m.reversals) lines.push(`  reversed between ${r.from} and ${r.to}: ${(r.difference * 100).toFixed(1)} points`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${ledgerFooter(measured)}\n`;
}

/** The measured table as Markdown, as docs/MODEL.md shows it. */
export function ledgerMarkdown(measured: readonly ClaimMeasurement[]): string {
  const rows = measured.map((m) => {
    const { claim } = m;
    const cause = `\`${m.path}\` ${range(m)}`;
    return `| ${claim.id} | ${claim.claim} “${claim.quote}” (\`${claim.article}\`) | \`${claim.scenario}\` | ${cause} | \`${claim.outcome}\` ${ARROW[claim.direction]} | ${m.levels.map((l) => sharePercent(l.share)).join(' · ')} | ${VERDICT[m.verdict]} |`;
  });
  return [
    '| claim | the articles say | scenario | cause, range | outcome | share at the five levels | verdict |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ledgerFooter(measured),
    '',
  ].join('\n');
}

function ledgerFooter(measured: readonly ClaimMeasurement[]): string {
  const first = measured[0];
  const holding = measured.filter((m) => m.verdict === 'holds').length;
  const runs = first ? `${first.runs} runs a level, seeds ${first.seed}–${first.seed + first.runs - 1} at every level` : 'no claims';
  return `${holding} of ${measured.length} claims hold (${runs}; a claim holds when its outcome moves at least 3 points the stated way across the range, the end levels' 95% intervals apart, and no step between levels goes the other way beyond its paired 95% interval).`;
}
