import type { Command } from 'commander';
import type { CliIo } from './cli-io.js';

/**
 * Every command, as the top-level help lists it, and how to load it. A command's module
 * (and all it imports: YAML, zod, Ink, workers…) is loaded only when that command runs, so
 * `wargame --help` loads none and `wargame list` only list's. The terms and descriptions
 * here are the commands' own: test/cli/command-list.test.ts checks each against its module.
 */
export interface CommandEntry {
  readonly name: string;
  /** How the help lists it: name, `[options]`, arguments. */
  readonly term: string;
  readonly description: string;
  readonly load: () => Promise<(io: CliIo) => Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'play',
    term: 'play [options] [scenario]',
    description: 'step through a run in the terminal UI; --as seats people at actors for classroom play',
    load: async () => (await import('./commands/play.js')).playCommand,
  },
  {
    name: 'replay',
    term: 'replay [options] <file>',
    description: 'reopen a saved run record in the terminal UI (or print its log when output is not a terminal)',
    load: async () => (await import('./commands/replay.js')).replayCommand,
  },
  {
    name: 'run',
    term: 'run [options] <scenario>',
    description: 'run a scenario once and print every turn with its reasons',
    load: async () => (await import('./commands/run.js')).runCommand,
  },
  {
    name: 'batch',
    term: 'batch [options] <scenario>',
    description: 'run a scenario many times: outcome shares, quantity statistics, per-run data',
    load: async () => (await import('./commands/batch.js')).batchCommand,
  },
  {
    name: 'merge',
    term: 'merge [options] <parts...>',
    description: 'merge the partial results of a sharded batch (batch --shard K/N --out part.json)',
    load: async () => (await import('./commands/merge.js')).mergeCommand,
  },
  {
    name: 'list',
    term: 'list [options]',
    description: 'list the built-in scenarios and actors',
    load: async () => (await import('./commands/list.js')).listCommand,
  },
  {
    name: 'actors',
    term: 'actors [options]',
    description: "every actor's interests: weight, expression, and the article passage behind each",
    load: async () => (await import('./commands/actors.js')).actorsCommand,
  },
  {
    name: 'paths',
    term: 'paths [options] <scenario>',
    description: 'every PATH that --set and --vary take in a scenario: its value, range and what it is',
    load: async () => (await import('./commands/paths.js')).pathsCommand,
  },
  {
    name: 'validate',
    term: 'validate <file>',
    description: 'check a scenario file: schema, citations, expressions, then up to 10 trial runs; exit 65 if invalid',
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  {
    name: 'check',
    term: 'check [options] <scenario>',
    description:
      'play random runs and check the invariants every scenario keeps (legality, determinism, replay, ranges, probabilities, chance, planner); exit 65 if one fails',
    load: async () => (await import('./commands/check.js')).checkCommand,
  },
  {
    name: 'explain',
    term: 'explain [options] <scenario>',
    description: "one decision's margin: the choice against each rival, term by term, and the weights at which another option would win",
    load: async () => (await import('./commands/explain.js')).explainCommand,
  },
  {
    name: 'sweep',
    term: 'sweep [options] <scenario>',
    description: 'run a scenario over a grid or Latin hypercube of --vary values, the same run seeds at every point',
    load: async () => (await import('./commands/sweep.js')).sweepCommand,
  },
  {
    name: 'sensitivity',
    term: 'sensitivity [options] <scenario>',
    description: "which inputs move an outcome's share or a quantity's mean most (one, several or all from the same runs): one at a time (tornado), Morris, or Sobol indices",
    load: async () => (await import('./commands/sensitivity.js')).sensitivityCommand,
  },
  {
    name: 'explore',
    term: 'explore [options] <scenario>',
    description: 'run a scenario over a Latin hypercube or Monte Carlo sample of --vary ranges, one row per run (for wargame discover)',
    load: async () => (await import('./commands/explore.js')).exploreCommand,
  },
  {
    name: 'discover',
    term: 'discover [options] <rows>',
    description: 'under which inputs does an outcome happen? PRIM boxes, CART rules and input scores over the rows of wargame explore',
    load: async () => (await import('./commands/discover.js')).discoverCommand,
  },
  {
    name: 'compare',
    term: 'compare [options] <a> <b>',
    description: "compare two batch summaries (or two sweep points) outcome by outcome: B's share minus A's, its 95% interval (Newcombe) and a verdict",
    load: async () => (await import('./commands/compare.js')).compareCommand,
  },
  {
    name: 'host',
    term: 'host [options] [scenario]',
    description: 'host one classroom game on the network: each seat joins with its code (wargame join, or a browser); the model plays the rest',
    load: async () => (await import('./commands/host.js')).hostCommand,
  },
  {
    name: 'join',
    term: 'join [options] <host:port>',
    description: "join a hosted classroom game as a seat, in the terminal UI (a browser at the host's address works too)",
    load: async () => (await import('./commands/join.js')).joinCommand,
  },
  {
    name: 'report',
    term: 'report [options] <input...>',
    description: 'write a self-contained HTML debrief of saved runs (one, or a class), batch summaries, sweeps, sensitivity analyses and scenario discoveries',
    load: async () => (await import('./commands/report.js')).reportCommand,
  },
  {
    name: 'brief',
    term: 'brief [options] <scenario>',
    description: 'print a role card for students: the situation, an actor\'s interests with their sources, and what its options do (no model figures)',
    load: async () => (await import('./commands/brief.js')).briefCommand,
  },
  {
    name: 'ledger',
    term: 'ledger [options]',
    description:
      'measure every causal claim of the articles at its scenario as written: the outcome at five levels of the cause, and whether it moves as the article says',
    load: async () => (await import('./commands/ledger.js')).ledgerCommand,
  },
];

/** The command `argv` runs (`wargame NAME …` or `wargame help NAME`), if it names one. */
export function commandNamed(argv: readonly string[]): CommandEntry | undefined {
  const name = argv[0] === 'help' ? argv[1] : argv[0];
  return COMMANDS.find((c) => c.name === name);
}
