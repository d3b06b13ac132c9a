import type { CartRule } from '../../discovery/cart.js';
import type { DiscoveryResult } from '../../discovery/discover.js';
import type { PrimBox } from '../../discovery/prim.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const value = (x: number): string => (x < 0 ? `−${+(-x).toPrecision(4)}` : `${+x.toPrecision(4)}`);
const p = (x: number | null): string => (x === null ? '' : x < 1e-16 ? '<1e-16' : x < 0.001 ? x.toExponential(0) : x.toFixed(3));

/** The discovery as text: the question, inputs ranked, PRIM's boxes with their trade-off, CART's likely rules. */
export function formatDiscovery(result: DiscoveryResult, file: string): string {
  const condition = `${result.outcome} ${result.below ? '≤' : '>'} ${result.threshold}`;
  const lines = [`${file}: ${condition} in ${result.cases} of ${result.runs} runs (${pct(result.runs === 0 ? 0 : result.cases / result.runs)})`];
  lines.push('', 'Inputs ranked by how far apart their values lie in those runs and the rest (Kolmogorov–Smirnov distance)');
  const width = Math.max('input'.length, ...result.inputs.map((i) => i.length));
  lines.push(`  ${'input'.padEnd(width)}  distance  p-value  median where it held · elsewhere`);
  for (const s of result.scores) {
    lines.push(`  ${s.input.padEnd(width)}  ${s.score.toFixed(3).padStart(8)}  ${p(s.p).padStart(7)}  ${Number.isNaN(s.caseMedian) ? '–' : value(s.caseMedian)} · ${Number.isNaN(s.otherMedian) ? '–' : value(s.otherMedian)}`);
  }
  const { prim } = result;
  if (prim.boxes.length === 0) lines.push('', 'PRIM: no box (the outcome never held)');
  prim.boxes.forEach((box, b) => lines.push('', ...primLines(box, b, result, width)));
  const likely = result.cart.rules.filter((r) => r.predicted === 1);
  lines.push('', `CART (depth ${result.cart.maxDepth}, leaves of at least ${result.cart.minLeaf} runs): ${likely.length} of ${result.cart.rules.length} leaves where it is likely`);
  for (const rule of likely) lines.push(`  ${ruleText(rule)}: ${rule.runs} runs, density ${pct(rule.density)}, coverage ${pct(rule.coverage)}`);
  return `${lines.join('\n')}\n`;
}

function primLines(box: PrimBox, b: number, result: DiscoveryResult, width: number): string[] {
  const { prim } = result;
  const lines = [
    `PRIM box ${b + 1}: step ${box.chosen} of ${box.trajectory.length - 1} · coverage ${pct(box.coverage)} · density ${pct(box.density)} · mass ${pct(box.mass)} (${box.runs} runs, ${box.cases} where it held)`,
  ];
  const restricted = box.limits.filter((l) => l.restricted);
  if (restricted.length === 0) lines.push('  restricts no input');
  else {
    lines.push(`  ${'input'.padEnd(width)}  ${'low'.padStart(9)}  ${'high'.padStart(9)}  ${'of the range'.padEnd(21)}  quasi-p`);
    for (const l of restricted) {
      const [lo, hi] = prim.ranges[prim.inputs.indexOf(l.input)]!;
      lines.push(`  ${l.input.padEnd(width)}  ${value(l.low).padStart(9)}  ${value(l.high).padStart(9)}  ${`${value(lo)} – ${value(hi)}`.padEnd(21)}  ${p(l.quasiP)}`);
    }
  }
  const free = box.limits.filter((l) => !l.restricted).map((l) => l.input);
  if (free.length > 0) lines.push(`  unrestricted: ${free.join(', ')}`);
  lines.push(`  trajectory (peeling α ${prim.peelAlpha}, pasting α ${prim.pasteAlpha}, minimum mass ${prim.minMass}, ${prim.objective}; choose another with --step):`);
  lines.push('    step  coverage  density    mass  inputs restricted');
  const shown = new Set([0, box.chosen, box.peeled, box.trajectory.length - 1]);
  const every = Math.max(1, Math.ceil(box.trajectory.length / 12));
  for (let s = 0; s < box.trajectory.length; s += every) shown.add(s);
  for (const s of [...shown].sort((x, y) => x - y)) {
    const step = box.trajectory[s]!;
    const mark = s === box.chosen ? ' ◀ chosen' : s > box.peeled ? ' (pasted)' : '';
    lines.push(`    ${String(s).padStart(4)}  ${pct(step.coverage).padStart(8)}  ${pct(step.density).padStart(7)}  ${pct(step.mass).padStart(6)}  ${String(step.restricted).padStart(17)}${mark}`);
  }
  return lines;
}

function ruleText(rule: CartRule): string {
  if (rule.limits.length === 0) return 'every run';
  return rule.limits
    .map((l) => (l.low !== null && l.high !== null ? `${value(l.low)} < ${l.input} ≤ ${value(l.high)}` : l.low !== null ? `${l.input} > ${value(l.low)}` : `${l.input} ≤ ${value(l.high!)}`))
    .join(' and ');
}
