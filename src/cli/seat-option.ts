import type { Actor, Scenario } from '../engine/scenario.js';
import { didYouMean } from '../text/did-you-mean.js';
import { UsageError } from './usage-error.js';

/** How `--as` is described in `play` and `brief`, so the two read alike. */
export const SEATS_HELP = "actors by id, comma-separated (e.g. iran,russia; see `wargame actors`), or `all`";

/**
 * The actors `--as` names, in the scenario's turn order: ids separated by commas, or `all`
 * for every actor; the same one named twice counts once. The one parser `play` and
 * `brief` share, so a list or `all` works in both, and an empty value (`--as ''`) is a
 * mistake in both rather than nobody.
 */
export function seatedActors(scenario: Scenario, value: string, option = '--as'): Actor[] {
  const ids = value.split(',').map((s) => s.trim());
  const known = scenario.actors.map((a) => a.id);
  if (ids.every((id) => id === '')) {
    throw new UsageError(`${option} '${value}': name at least one actor (${known.join(', ')}), or all`);
  }
  if (ids.some((id) => id === '')) {
    throw new UsageError(`${option} '${value}': an empty name between commas; write the ids separated by single commas`);
  }
  if (ids.includes('all')) {
    if (ids.length > 1) throw new UsageError(`${option} '${value}': all already names every actor; give it alone`);
    return [...scenario.actors];
  }
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown !== undefined) {
    throw new UsageError(`${option}: no actor '${unknown}' in '${scenario.id}'${didYouMean(unknown, known)}; its actors are ${known.join(', ')}, or all`);
  }
  return scenario.actors.filter((a) => ids.includes(a.id));
}
