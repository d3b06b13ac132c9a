import { readFileSync } from 'node:fs';
import { builtInScenarioIds, loadScenario } from '../scenarios/load.js';
import { InputError } from '../errors/input-error.js';
import type { Scenario } from '../engine/scenario.js';
import { ClassroomGame, type GameCodes } from './classroom-game.js';
import { JournalFile, type JournalHeader, JOURNAL_FORMAT, readJournal } from '../records/journal.js';
import { newJoinCode } from './join-code.js';

export interface NewClassroom {
  /** A built-in scenario's id or a scenario file's path. */
  readonly scenario: string;
  readonly overrides: Readonly<Record<string, number>>;
  readonly seed: number;
  readonly seats: readonly string[];
  readonly journal: string;
  readonly port: number;
}

export interface OpenedClassroom {
  readonly game: ClassroomGame;
  readonly journal: JournalFile;
  readonly header: JournalHeader;
  /** A file scenario's text, for terminal clients; undefined for a built-in. */
  readonly source: string | undefined;
  /** Entries dropped on resume because the host died while writing them (never acknowledged). */
  readonly cutShort: boolean;
}

/** Starts a new classroom game: fresh codes, a new journal (refused if the file exists). */
export function openClassroom(options: NewClassroom, now?: () => number): OpenedClassroom {
  const scenario = loadScenario(options.scenario, options.overrides);
  const taken = new Set<string>();
  const code = (): string => {
    const c = newJoinCode(taken);
    taken.add(c);
    return c;
  };
  const codes: GameCodes = { seats: Object.fromEntries(options.seats.map((seat) => [seat, code()])), instructor: code(), watch: code() };
  const header: JournalHeader = {
    format: JOURNAL_FORMAT,
    scenario: options.scenario,
    overrides: { ...scenario.overrides },
    hash: scenario.hash,
    seed: options.seed,
    seats: [...options.seats],
    codes: { ...codes.seats },
    instructor: codes.instructor,
    watch: codes.watch,
    port: options.port,
  };
  const journal = JournalFile.create(options.journal, header);
  const game = new ClassroomGame(scenario, options.seed, options.seats, codes, journal, now);
  return { game, journal, header, source: sourceOf(options.scenario), cutShort: false };
}

/**
 * Restores a game from its journal after a crash: the same scenario (checked by hash),
 * seed, seats and codes, and every accepted move and setting replayed in order, so the
 * game is exactly where it was when the last move was acknowledged.
 */
export function resumeClassroom(path: string, now?: () => number): OpenedClassroom {
  const { header, entries, cutShort, wholeBytes } = readJournal(path);
  const scenario: Scenario = loadScenario(header.scenario, header.overrides);
  if (scenario.hash !== header.hash) {
    throw new InputError(`--resume ${path}: the scenario '${header.scenario}' has changed since the game began (its hash differs), so the game cannot be restored exactly`);
  }
  const codes: GameCodes = { seats: header.codes, instructor: header.instructor, watch: header.watch };
  // Entries are replayed before the file is opened for writing: a journal that does not fit is left as it was.
  const replaying = { append: () => undefined };
  const game = new ClassroomGame(scenario, header.seed, header.seats, codes, replaying, now);
  entries.forEach((entry, i) => {
    try {
      game.replayEntry(entry);
    } catch (error) {
      throw new InputError(`--resume ${path}:${i + 2}: ${(error as Error).message}; the journal was altered or is corrupt`);
    }
  });
  const journal = JournalFile.reopen(path, wholeBytes);
  game.useJournal(journal);
  return { game, journal, header, source: sourceOf(header.scenario), cutShort };
}

function sourceOf(scenario: string): string | undefined {
  return builtInScenarioIds().includes(scenario) ? undefined : readFileSync(scenario, 'utf8');
}
