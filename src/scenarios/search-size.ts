import type { Issue } from './issue.js';
import type { ScenarioSpec } from './spec.js';

/**
 * Caps on the planner's search. A decision over a million paths took 0.3 s on this
 * project's machines (two actors of 20 actions × 5 outcomes, lookahead 2), so a run at the
 * cap of fifty million takes about 15 s.
 */
export const MAX_PATHS_PER_DECISION = 1_000_000;
export const MAX_PATHS_PER_RUN = 50_000_000;

/**
 * The planner explores every legal action and chance outcome of the mover and of each
 * reply it anticipates: at worst, the product over those turns of each actor's actions ×
 * outcomes. Scenarios whose worst case would take minutes per decision are refused at
 * load, rather than let a run appear to hang.
 */
export function searchSizeIssues(spec: ScenarioSpec): Issue[] {
  const { actors, horizon, decision } = spec;
  if (actors.length === 0 || !Number.isInteger(decision.lookahead) || decision.lookahead < 0) return [];
  const branching = actors.map((a) => a.actions.reduce((n, action) => n + Math.max(1, action.outcomes?.length ?? 1), 0));
  let worst = 0;
  for (let first = 0; first < Math.min(actors.length, horizon); first++) {
    let paths = 1;
    for (let k = 0; k <= decision.lookahead && first + k < horizon; k++) paths *= branching[(first + k) % actors.length]!;
    worst = Math.max(worst, paths);
  }
  const count = (n: number): string => n.toLocaleString('en');
  if (worst > MAX_PATHS_PER_DECISION) {
    return [
      {
        path: ['decision', 'lookahead'],
        message:
          `with lookahead ${decision.lookahead} one decision can explore ${count(worst)} paths of actions and chance outcomes; ` +
          `the limit is ${count(MAX_PATHS_PER_DECISION)}: lower the lookahead, or give actors fewer actions or outcomes`,
      },
    ];
  }
  if (worst * horizon > MAX_PATHS_PER_RUN) {
    return [
      {
        path: ['horizon'],
        message: `${horizon} turns of up to ${count(worst)} paths each is more than ${count(MAX_PATHS_PER_RUN)} per run: shorten the horizon or lower the lookahead`,
      },
    ];
  }
  return [];
}
