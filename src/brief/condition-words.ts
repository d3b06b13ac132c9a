import { formatValue, isFlag } from '../presentation/quantity-format.js';
import type { Scenario } from '../engine/scenario.js';

const WORDS: Readonly<Record<string, string>> = { '>': 'above', '<': 'below', '>=': 'at least', '<=': 'at most', '==': 'at', '!=': 'not at' };

/**
 * A precondition as a student reads it: `hormuz_threat == 1 or hormuz_flow < 0.9` becomes
 * "Hormuz threat stands, or Oil flow through Hormuz below 90%". Each comparison of a
 * quantity with a number is worded by the quantity's label and format (a flag at 1 is its
 * label, at 0 "not" its label); any other quantity named is given by its label.
 */
export function conditionWords(scenario: Scenario, source: string): string {
  const byId = new Map(scenario.quantities.map((q) => [q.id, q]));
  const compared = source.replace(/\b([a-z_][a-z0-9_]*)\s*(==|!=|>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\b/g, (whole, id: string, op: string, number: string) => {
    const q = byId.get(id);
    if (q === undefined) return whole;
    const value = Number(number);
    if (isFlag(q) && (op === '==' || op === '!=')) return (value === 0) === (op === '==') ? `not (${q.label})` : q.label;
    return `${q.label} ${WORDS[op]} ${formatValue(q, value).replace(/ \(.*\)$/, '')}`;
  });
  return compared
    .replace(/\b[a-z_][a-z0-9_]*\b/g, (id) => (id === 'and' || id === 'or' ? id : (byId.get(id)?.label ?? id)))
    .replace(/\s*(==|!=|>=|<=|>|<)\s*/g, (_, op: string) => ` ${WORDS[op]} `)
    .replace(/ or /g, ', or ')
    .replace(/\s+/g, ' ')
    .trim();
}
