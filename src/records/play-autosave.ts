import { rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { JournalFile, readJournalLines } from './journal.js';
import { chooseForSeat, openSeatedRun, type SeatedRun } from './seated-run.js';
import { loadScenario } from '../scenarios/load.js';
import { InputError } from '../errors/input-error.js';
import { groupFilePart } from './group-file-part.js';

export const AUTOSAVE_FORMAT = 'wargame-play/1';

const AutosaveHeader = z.strictObject({
  format: z.literal(AUTOSAVE_FORMAT),
  scenario: z.string(),
  overrides: z.record(z.string(), z.number()),
  hash: z.string(),
  seed: z.int(),
  seats: z.array(z.string()),
  group: z.string().optional(),
});
type AutosaveHeader = z.infer<typeof AutosaveHeader>;

const AutosaveMove = z.strictObject({ turn: z.int(), seat: z.string(), action: z.string() });

/**
 * `play`'s autosave: each person's choice is appended and fsynced as it is played, so
 * Ctrl-C, a closed laptop or a crash loses nothing; `play --resume FILE` continues. One
 * file per run (a new run with n starts another); a run that was saved whole, whose
 * choices were discarded (y to n or q), or that had no person's choice leaves none behind.
 */
export class PlayAutosave {
  private file: JournalFile | undefined;
  private seed: number | undefined;
  private readonly paths = new Map<number, string>();
  /** The file `play --resume` continues, and its length then: the choices it already held. */
  private readonly resumed: { readonly path: string; readonly wholeBytes: number } | undefined;
  /** Files holding choices not yet saved in a record, for the message on an interrupted exit. */
  readonly unsaved = new Set<string>();

  constructor(
    private readonly scenario: string,
    private readonly folder: string,
    private readonly group: string | undefined,
    resumed?: { readonly path: string; readonly wholeBytes: number; readonly seed: number },
  ) {
    this.resumed = resumed;
    if (resumed !== undefined) {
      this.file = JournalFile.reopen(resumed.path, resumed.wholeBytes);
      this.seed = resumed.seed;
      this.paths.set(resumed.seed, resumed.path);
      this.unsaved.add(resumed.path);
    }
  }

  /** Appends the choice just played; a run with another seed (n) starts a file of its own. */
  played(seated: SeatedRun, action: string, before: SeatedRun): void {
    if (this.file === undefined || this.seed !== seated.start.seed) this.start(seated);
    // The seat that chose and the turn it chose on, as the run stood: an answer to another
    // actor's move is that move's turn, and a move waiting for a seat's answer plays none yet.
    this.file!.append({ turn: before.turns.length + 1, seat: before.pending!.actor.id, action });
  }

  /** The run was saved whole: its autosave is no longer needed. */
  saved(seed: number): void {
    this.finish(seed, false);
  }

  /**
   * The choices made since the run was opened were discarded, as the question asked: a
   * fresh run's autosave goes; a resumed one goes back to what it held when resumed, the
   * choices of earlier sessions, which the question did not count.
   */
  discarded(seed: number): void {
    this.finish(seed, true);
  }

  /** Closes the run's autosave and removes it, or, for choices discarded from a resumed one, cuts it back. */
  private finish(seed: number, discarding: boolean): void {
    if (this.seed !== seed || this.file === undefined) return;
    const path = this.filePath(seed);
    this.file.close();
    if (discarding && path === this.resumed?.path) truncateSync(path, this.resumed.wholeBytes);
    else {
      rmSync(path, { force: true });
      this.unsaved.delete(path);
    }
    this.file = undefined;
    this.seed = undefined;
  }

  close(): void {
    this.file?.close();
  }

  private start(seated: SeatedRun): void {
    this.file?.close();
    const { scenario } = seated;
    const header: AutosaveHeader = {
      format: AUTOSAVE_FORMAT,
      scenario: this.scenario,
      overrides: { ...scenario.overrides },
      hash: scenario.hash,
      seed: seated.start.seed,
      seats: [...seated.seats],
      ...(this.group === undefined ? {} : { group: this.group }),
    };
    const path = this.filePath(seated.start.seed);
    // A file left by an earlier, interrupted run of the same seed is kept: this run's goes beside it.
    let chosen = path;
    for (let n = 2; ; n++) {
      try {
        this.file = JournalFile.create(chosen, header, 'autosave');
        break;
      } catch (error) {
        if (n > 99) throw error;
        chosen = path.replace(/\.autosave$/, `-${n}.autosave`);
      }
    }
    this.seed = seated.start.seed;
    this.paths.set(seated.start.seed, chosen);
    this.unsaved.add(chosen);
  }

  private filePath(seed: number): string {
    const known = this.paths.get(seed);
    if (known !== undefined) return known;
    const group = this.group === undefined ? '' : `-${groupFilePart(this.group)}`;
    return join(this.folder, `wargame-${this.scenario.replace(/[^\w.-]+/g, '-')}${group}-seed${seed}.autosave`);
  }
}

/** A run restored from an autosave: the same scenario (checked by hash), seed, seats and choices. */
export function resumePlay(path: string): { seated: SeatedRun; scenario: string; group: string | undefined; wholeBytes: number } {
  const { lines, wholeBytes } = readJournalLines(path, '--resume');
  const header = AutosaveHeader.safeParse(lines[0]?.value);
  if (!header.success) throw new InputError(`--resume ${path}:1: not a play autosave (${header.error.issues[0]!.message})`);
  const { scenario: name, overrides, hash, seed, seats, group } = header.data;
  const scenario = loadScenario(name, overrides);
  if (scenario.hash !== hash) throw new InputError(`--resume ${path}: the scenario '${name}' has changed since this run began (its hash differs), so it cannot be continued exactly`);
  let seated = openSeatedRun(scenario, seed, seats);
  for (const { value, number } of lines.slice(1)) {
    const move = AutosaveMove.safeParse(value);
    const result = move.success && seated.pending?.actor.id === move.data.seat && seated.turns.length + 1 === move.data.turn ? chooseForSeat(seated, move.data.action) : undefined;
    if (result === undefined || 'ok' in result) throw new InputError(`--resume ${path}:${number}: this choice does not fit the run; the autosave was altered or is corrupt`);
    seated = result;
  }
  return { seated, scenario: name, group, wholeBytes };
}
