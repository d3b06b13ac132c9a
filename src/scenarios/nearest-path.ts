import { editDistance } from '../text/did-you-mean.js';

/**
 * The override path nearest to one that does not exist, for any spelling or case: the same
 * path in another case (`RUSSIA.rationality`), else one whose last part contains what was
 * given (`initial.oil` → `initial.oil_price`), else the fewest edits away. Always one: the
 * paths are a short, closed list, so even a poor guess shows what a path looks like.
 */
export function nearestPath(given: string, paths: readonly string[]): string | undefined {
  const lower = given.toLowerCase();
  const same = paths.find((p) => p.toLowerCase() === lower);
  if (same !== undefined) return same;
  const [head, tail] = split(lower);
  let best: string | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const path of paths) {
    const candidate = path.toLowerCase();
    const [candidateHead, candidateTail] = split(candidate);
    // A part of a name, under the right head, is nearer than any misspelling of another.
    const cost =
      tail.length >= 2 && candidateTail.includes(tail) && (head === candidateHead || head === '')
        ? (candidateTail.length - tail.length) / 100
        : editDistance(lower, candidate);
    if (cost < bestCost) {
      best = path;
      bestCost = cost;
    }
  }
  return best;
}

/** ` (did you mean 'PATH'?)` naming the nearest path, or '' when there are none. */
export function didYouMeanPath(given: string, paths: readonly string[]): string {
  const nearest = nearestPath(given, paths);
  return nearest === undefined ? '' : ` (did you mean '${nearest}'?)`;
}

function split(path: string): [head: string, tail: string] {
  const dot = path.indexOf('.');
  return dot < 0 ? ['', path] : [path.slice(0, dot), path.slice(dot + 1)];
}
