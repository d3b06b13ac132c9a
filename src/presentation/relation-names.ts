import type { Quantity, Scenario } from '../engine/scenario.js';

/**
 * The names of the two actors a relation is between, in `between` order. The world keeps
 * relations between all its actors, whoever takes part, so an actor may be missing from
 * the scenario: it is then named from the relation's label (`China–Iran relations`), as
 * the printed log names it, and only failing that by its id, made readable.
 */
export function relationNames(scenario: Scenario, relation: Quantity): [string, string] {
  const [a, b] = relation.between!;
  const fromLabel = labelNames(relation.label);
  const name = (id: string, index: number): string =>
    scenario.actors.find((actor) => actor.id === id)?.name ?? fromLabel?.[index] ?? readableId(id);
  return [name(a, 0), name(b, 1)];
}

/** `['China', 'Gulf states']` from `China–Gulf states relations`; undefined for a label of another form. */
function labelNames(label: string): [string, string] | undefined {
  const parts = label.replace(/\s+relations$/i, '').split('–').map((part) => part.trim());
  return parts.length === 2 && parts.every(Boolean) ? [parts[0]!, parts[1]!] : undefined;
}

/** `North korea` for `north_korea`: never an id with underscores on screen. */
function readableId(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
