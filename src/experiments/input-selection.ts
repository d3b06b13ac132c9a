import { OverrideError } from '../scenarios/override-error.js';
import { canonicalPath } from '../scenarios/overrides.js';
import { didYouMeanPath } from '../scenarios/nearest-path.js';
import type { ScenarioSpec } from '../scenarios/spec.js';
import type { Factor } from './factor.js';

/** Named inputs studied together (`--group NAME=PATH|GLOB,…`): one index for the lot, as SALib's groups. */
export interface InputGroup {
  readonly name: string;
  /** Paths or globs (`*` any run of characters, `?` one), as `--exclude` takes them. */
  readonly members: readonly string[];
}

/** An analysis's inputs after grouping: a group each, in the order of their first member. */
export interface GroupedInputs {
  /** Each group's name (an ungrouped input is its own group, named by its path) and members. */
  readonly groups: readonly { readonly name: string; readonly paths: readonly string[] }[];
  /** Each factor's group, 0 … G − 1, in factor order. */
  readonly groupOf: readonly number[];
}

/**
 * The factors without those `patterns` name: a path (any spelling `--set` takes) or a glob
 * over the canonical paths (`initial.rel_*`, `russia.*`). A pattern that names none of the
 * inputs is refused, with the nearest input, since a typo would otherwise leave in the very
 * input it meant to drop.
 */
export function excludeFactors(spec: ScenarioSpec, factors: readonly Factor[], patterns: readonly string[]): Factor[] {
  const paths = factors.map((f) => f.path);
  const dropped = new Set(patterns.flatMap((pattern) => matching(spec, pattern, paths, `--exclude ${pattern}`)));
  const kept = factors.filter((f) => !dropped.has(f.path));
  if (kept.length === 0) throw new OverrideError(`--exclude ${patterns.join(' ')}: leaves none of the ${factors.length} inputs to study`);
  return kept;
}

/**
 * Groups over the factors: each group's members (paths or globs), each input in at most
 * one group, every group with at least one input; inputs in no group stand alone.
 */
export function groupFactors(spec: ScenarioSpec, factors: readonly Factor[], groups: readonly InputGroup[]): GroupedInputs {
  const paths = factors.map((f) => f.path);
  const owner = new Map<string, string>();
  const names = new Set<string>();
  for (const group of groups) {
    if (names.has(group.name)) throw new OverrideError(`--group ${group.name}: a second group of that name`);
    if (paths.includes(group.name)) throw new OverrideError(`--group ${group.name}: the name of an input; give the group a name of its own`);
    names.add(group.name);
    for (const member of group.members) {
      for (const path of matching(spec, member, paths, `--group ${group.name}=${member}`)) {
        const other = owner.get(path);
        if (other !== undefined && other !== group.name) throw new OverrideError(`--group ${group.name}: ${path} is already in group ${other}; an input belongs to one group`);
        owner.set(path, group.name);
      }
    }
  }
  const order: string[] = [];
  const groupOf = paths.map((path) => {
    const name = owner.get(path) ?? path;
    if (!order.includes(name)) order.push(name);
    return order.indexOf(name);
  });
  return { groups: order.map((name, g) => ({ name, paths: paths.filter((_, i) => groupOf[i] === g) })), groupOf };
}

/** `--group NAME=PATH|GLOB[,PATH|GLOB…]` → InputGroup. */
export function parseGroup(text: string): InputGroup {
  const at = text.indexOf('=');
  const name = text.slice(0, at).trim();
  const members = text.slice(at + 1).split(',').map((m) => m.trim()).filter((m) => m !== '');
  if (at < 0 || name === '' || members.length === 0) throw new OverrideError(`--group ${text}: expected NAME=PATH[,PATH…], where a PATH may be a glob such as russia.*`);
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new OverrideError(`--group ${text}: a group's name is letters, digits, '_', '.' and '-'`);
  return { name, members };
}

/** The inputs a pattern names; refused, as `given` (`--exclude russia.*`), when it names none. */
function matching(spec: ScenarioSpec, pattern: string, paths: readonly string[], given: string): string[] {
  if (/[*?]/.test(pattern)) {
    const glob = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.')}$`);
    const found = paths.filter((p) => glob.test(p));
    if (found.length === 0) throw new OverrideError(`${given}: matches none of the ${paths.length} inputs studied; \`wargame paths <scenario>\` lists the paths`);
    return found;
  }
  // canonicalPath's errors begin with what they are given: the option and the pattern.
  const path = canonicalPath(spec, pattern, given.slice(0, given.length - pattern.length).trimEnd());
  if (!paths.includes(path)) throw new OverrideError(`${given}: not one of the ${paths.length} inputs studied${didYouMeanPath(pattern, paths)}`);
  return [path];
}
