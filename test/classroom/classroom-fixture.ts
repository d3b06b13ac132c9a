import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassroomClient } from '../../src/classroom/classroom-client.js';
import { type OpenedClassroom, openClassroom, resumeClassroom } from '../../src/classroom/classroom-setup.js';
import { ClassroomHost } from '../../src/classroom/host-server.js';
import { CodeThrottle } from '../../src/classroom/code-throttle.js';
import { instructorPhrases } from '../../src/presentation/instructor-words.js';

/** The hormuz crisis with `injects:` (a variation of the built-in scenario), for the instructor's orders. */
export const DRILL = new URL('./fixtures/hormuz-drill.yaml', import.meta.url).pathname;

export interface Classroom {
  readonly opened: OpenedClassroom;
  readonly host: ClassroomHost;
  readonly address: string;
  readonly log: string[];
  readonly journal: string;
  readonly folder: string;
}

/** A real host on loopback (a free port), hormuz (or `scenario`) seed 3 with the given seats, its journal in a fresh folder. */
export async function startClassroom(
  seats: readonly string[] = ['usa', 'iran'],
  options: { resume?: string; folder?: string; throttle?: CodeThrottle; heartbeatMs?: number; scenario?: string } = {},
): Promise<Classroom> {
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'wargame-classroom-'));
  const journal = options.resume ?? join(folder, 'class.journal');
  const opened = options.resume !== undefined ? resumeClassroom(options.resume) : openClassroom({ scenario: options.scenario ?? 'hormuz', overrides: {}, seed: 3, seats, journal, port: 0 });
  const log: string[] = [];
  const host = new ClassroomHost({
    game: opened.game,
    log: (line) => log.push(line),
    throttle: options.throttle,
    heartbeatMs: options.heartbeatMs,
    // As `wargame host` logs a turn the instructor decided.
    instructorWords: (turn) => instructorPhrases(opened.game.scenario, turn),
  });
  const { port } = await host.listen(0, '127.0.0.1');
  return { opened, host, address: `127.0.0.1:${port}`, log, journal, folder };
}

/** Joins with a code and waits for the welcome. */
export async function joinAs(classroom: Classroom, code: string, group?: string): Promise<ClassroomClient> {
  const client = new ClassroomClient(classroom.address, code, { group, maxRetryMs: 200 });
  await client.next('welcome');
  return client;
}

/** Waits until `test` holds of the client's view, checking at every message. */
export function until(client: ClassroomClient, test: (client: ClassroomClient) => boolean, ms = 5000): Promise<void> {
  if (test(client)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`condition not met within ${ms} ms; view: ${JSON.stringify({ turns: client.view?.turns.length, toMove: client.view?.toMove })}`));
    }, ms);
    const stop = client.on(() => {
      if (!test(client)) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

/** Waits until `test` holds, checking every few milliseconds (for conditions spanning several clients). */
export async function eventually(test: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Each seat plays its first legal option whenever it is to move, until the run is finished. */
export async function playOut(clients: readonly ClassroomClient[], horizon: number, pick: (client: ClassroomClient) => string = (c) => c.view!.yours![0]!.action): Promise<void> {
  const done = () => clients.every((c) => c.view!.turns.length === horizon);
  for (;;) {
    await eventually(() => done() || clients.some((c) => c.view?.yours !== undefined && c.view.turns.length === clients[0]!.view!.turns.length));
    if (done()) return;
    const mover = clients.find((c) => c.view?.yours !== undefined)!;
    const played = mover.view!.turns.length;
    mover.move(pick(mover));
    await eventually(() => clients.every((c) => c.view!.turns.length > played));
  }
}
