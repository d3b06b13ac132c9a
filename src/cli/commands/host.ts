import { Command, InvalidArgumentError } from 'commander';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../../text/did-you-mean.js';
import type { OpenedClassroom } from '../../classroom/classroom-setup.js';
import { loadScenario } from '../../scenarios/load.js';
import { checkSaveFolder, saveRecord } from '../../records/save-record.js';
import type { CliIo } from '../cli-io.js';
import { DEFAULT_SEED, parseSeed } from '../options.js';
import { inertSetWarnings, overridesOf, setOption } from '../set-option.js';
import { InterruptedError } from '../interrupted-error.js';
import { onStopSignal, type StopSignal } from '../stop-signals.js';
import { terminalStreams } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { instructorPhrases } from '../../presentation/instructor-words.js';
import { shellWord } from '../../text/shell-word.js';
import { BIND_ADDRESS } from '../../records/bind-address.js';

/** The port a class uses unless told otherwise: above the reserved range, rarely taken. */
export const DEFAULT_PORT = 8070;
/** Where a new game listens unless `--bind` says otherwise: every network of this machine, so a class can join. */
const EVERY_NETWORK = '0.0.0.0';

interface HostOptions {
  seats?: string[];
  seed: number;
  port?: number;
  bind?: string;
  journal?: string;
  saveDir: string;
  resume?: string;
  console: boolean;
  set?: string[];
}

export function hostCommand(io: CliIo): Command {
  return new Command('host')
    .description('host one classroom game on the network: each seat joins with its code (wargame join, or a browser); the model plays the rest')
    .argument('[scenario]', 'a built-in scenario id or a path to a scenario file (not with --resume)')
    .option('--seats <actors>', 'actors played by groups, comma-separated (e.g. iran,usa,russia,china)', list)
    .option('--seed <n>', 'seed for the random generator', parseSeed, DEFAULT_SEED)
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`, parsePort)
    .option('--bind <address>', `address to listen on: ${EVERY_NETWORK} for every network of this machine (the default), 127.0.0.1 for this machine only; a resumed game listens where it last did`, parseBind)
    .option('--journal <file>', 'where every accepted move is written before it is acknowledged (default: wargame-<scenario>-seed<n>.journal in --save-dir)')
    .option('--save-dir <folder>', 'where the records are written when the game ends', '.')
    .option('--resume <journal>', 'continue the game a journal holds, after a crash or kill: same seats, codes, port and address (where it last listened)')
    .option('--no-console', 'print the log instead of the instructor console, even at a terminal')
    .addOption(setOption())
    .action(async (name: string | undefined, options: HostOptions) => {
      checkSaveFolder(options.saveDir);
      // Loaded here: ws and the classroom are not for every command's start-up to pay.
      const classroom = await import('../../classroom/classroom-setup.js');
      const { ClassroomHost } = await import('../../classroom/host-server.js');
      const { hostAddresses } = await import('../../classroom/host-addresses.js');
      const opened = open(name, options, io, classroom);
      const { game, header } = opened;
      // A resumed game listens where it last did, unless told otherwise: a class kept to this
      // machine (--bind 127.0.0.1) must not reopen on every network after a crash.
      const last = options.resume !== undefined ? game.listenedOn : undefined;
      const port = options.port ?? (options.resume !== undefined ? (last?.port ?? header.port) : DEFAULT_PORT);
      const bind = options.bind ?? last?.bind ?? EVERY_NETWORK;
      const saved: string[] = [];
      let log = (line: string): void => void io.stderr.write(`${line}\n`);
      const host = new ClassroomHost({
        game,
        source: opened.source,
        log: (line) => log(line),
        instructorWords: (turn) => instructorPhrases(game.scenario, turn),
        onEnd: () => {
          for (const { record } of game.records() ?? []) {
            const outcome = saveRecord(record, options.saveDir);
            log(outcome.message);
            if (outcome.saved) saved.push(outcome.path);
          }
          return saved;
        },
      });
      const address = await host.listen(port, bind).catch(async (error: NodeJS.ErrnoException) => {
        await host.close();
        opened.journal.close();
        // A new game's journal holds only its header: nothing is lost, and a retry on another port starts clean.
        if (options.resume === undefined) rmSync(opened.journal.path, { force: true });
        // An address the journal gave, which this machine may no longer have (a new network after a reboot).
        const moved = options.bind === undefined && last?.bind !== undefined ? `; the game last listened there (its journal says so): give --bind to listen elsewhere, e.g. --bind ${EVERY_NETWORK}` : '';
        throw new UsageError(error.code === 'EADDRINUSE' ? `port ${port} is in use on ${bind}: choose another with --port` : `cannot listen on ${bind}:${port}: ${error.message}${moved}`);
      });
      const journalPath = options.resume ?? opened.journal.path;
      const lines = welcomeLines(opened, hostAddresses(bind), address.port, journalPath);
      const streams = options.console ? terminalStreams(io) : undefined;
      let stopped: StopSignal | undefined;
      try {
        if (streams !== undefined) {
          const { renderConsole } = await import('../classroom/render-console.js');
          await renderConsole(host, lines, streams, (write) => (log = write));
        } else {
          io.stdout.write(`${lines.join('\n')}\n`);
          await new Promise<void>((resolve) => {
            const release = onStopSignal((signal) => {
              stopped = signal;
              release();
              resolve();
            });
            game.onChange(() => {
              if (game.ended) {
                release();
                resolve();
              }
            });
          });
        }
      } finally {
        await host.close();
        opened.journal.close();
      }
      if (stopped !== undefined && !game.ended) {
        throw new InterruptedError(`host stopped; nothing is lost: continue with wargame host --resume ${shellWord(journalPath)}`, stopped);
      }
      if (game.ended) io.stdout.write(`game ended; records: ${saved.join(', ')}\n`);
      // Stopped from the console (q) before the end: the game waits in its journal.
      else io.stderr.write(`host stopped; nothing is lost: continue with wargame host --resume ${shellWord(journalPath)}\n`);
    });
}

function open(
  name: string | undefined,
  options: HostOptions,
  io: CliIo,
  { openClassroom, resumeClassroom }: typeof import('../../classroom/classroom-setup.js'),
): OpenedClassroom {
  if (options.resume !== undefined) {
    if (name !== undefined || options.seats !== undefined || (options.set ?? []).length > 0) {
      throw new UsageError('--resume continues the journal\'s game: give no scenario, --seats or --set with it');
    }
    const opened = resumeClassroom(options.resume);
    if (opened.cutShort) io.stderr.write(`${options.resume}: its last line was cut short (the host stopped while writing it); that change was never acknowledged and is dropped\n`);
    return opened;
  }
  if (name === undefined) throw new UsageError('host needs a scenario (or --resume JOURNAL)');
  const scenario = loadScenario(name, overridesOf(options));
  for (const warning of inertSetWarnings(scenario, overridesOf(options))) io.stderr.write(warning);
  const ids = scenario.actors.map((a) => a.id);
  const seats = options.seats ?? [];
  if (seats.length === 0) throw new UsageError(`--seats: name the actors groups will play, comma-separated; actors in '${scenario.id}': ${ids.join(', ')}`);
  const unknown = seats.find((id) => !ids.includes(id));
  if (unknown !== undefined) throw new UsageError(`--seats: no actor '${unknown}' in '${scenario.id}'${didYouMean(unknown, ids)}; its actors are ${ids.join(', ')}`);
  if (new Set(seats).size !== seats.length) throw new UsageError('--seats: an actor is named twice');
  const journal = options.journal ?? join(options.saveDir, `wargame-${scenario.id}-seed${options.seed}.journal`);
  return openClassroom({ scenario: name, overrides: overridesOf(options), seed: options.seed, seats, journal, port: options.port ?? DEFAULT_PORT });
}

/** `--bind`: an address or host name, checked as the journal that notes it checks it. */
function parseBind(value: string): string {
  if (!BIND_ADDRESS.test(value)) throw new InvalidArgumentError('give an IP address (0.0.0.0 for every network, 127.0.0.1 for this machine only) or a host name');
  return value;
}

/** What the instructor reads out or projects: where to go, and each seat's code. */
function welcomeLines(opened: OpenedClassroom, addresses: readonly string[], port: number, journal: string): string[] {
  const { game } = opened;
  const width = Math.max(10, ...game.seats.map((s) => game.actorName(s).length));
  const first = addresses[0]!;
  return [
    `${game.scenario.title} · seed ${game.seed} · journal ${journal}`,
    `students open http://${first}:${port}/ in a browser, or run: wargame join ${first}:${port} --code CODE --group NAME`,
    ...(addresses.length > 1 ? [`this machine's other addresses: ${addresses.slice(1).map((a) => `${a}:${port}`).join(', ')}`] : []),
    ...game.seats.map((seat) => `  ${game.actorName(seat).padEnd(width)}  ${game.codes.seats[seat]}${game.groupOf(seat) ? `  (${game.groupOf(seat)})` : ''}`),
    `  ${'instructor'.padEnd(width)}  ${game.codes.instructor}`,
    `  ${'watch'.padEnd(width)}  ${game.codes.watch}  (read-only, for a projector)`,
    `the model plays: ${game.scenario.actors.filter((a) => !game.seats.includes(a.id)).map((a) => a.name).join(', ') || 'no one'}`,
  ];
}

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}
