import { Command } from 'commander';
import type { ClassroomClient } from '../../classroom/classroom-client.js';
import { loadScenario, parseScenarioText } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { checkGroup } from '../group-option.js';
import { loadUi, terminalStreams } from '../terminal.js';
import { UsageError } from '../usage-error.js';

export function joinCommand(io: CliIo): Command {
  return new Command('join')
    .description("join a hosted classroom game as a seat, in the terminal UI (a browser at the host's address works too)")
    .argument('<host:port>', 'the address the host printed, e.g. 192.168.1.20:8070')
    .requiredOption('--code <code>', "the seat's join code, from the instructor (e.g. ABCD-EFGH)")
    .option('--group <name>', "the group's name, kept in the game's record")
    .action(async (address: string, options: { code: string; group?: string }) => {
      checkGroup(options.group);
      if (!/^[^\s/:]+:\d+$/.test(address)) throw new UsageError(`${address}: give the host's address and port as the host printed them, e.g. 192.168.1.20:8070`);
      const streams = terminalStreams(io);
      if (streams === undefined) throw new UsageError(`join draws the seat in an interactive terminal, and this is not one; without one, open http://${address}/ in a browser`);
      const { ClassroomClient } = await import('../../classroom/classroom-client.js');
      const client = new ClassroomClient(address, options.code, { group: options.group, reconnect: true });
      try {
        const first = await firstAnswer(client, address);
        if (first.type === 'refused') throw new UsageError(`${address}: ${first.message}`);
        const info = client.game!;
        const scenario = info.scenario.source === undefined
          ? loadScenario(info.scenario.id, info.scenario.overrides)
          : parseScenarioText(info.scenario.source, `${info.scenario.id} (from the host)`, info.scenario.overrides);
        if (scenario.hash !== info.scenario.hash) {
          throw new UsageError(`the host runs another version of '${info.scenario.id}' than this wargame has (the hashes differ): use the same wargame version as the host, or a browser at http://${address}/`);
        }
        await loadUi(io);
        const { render } = await import('ink');
        const { createElement } = await import('react');
        const { SeatScreen } = await import('../classroom/SeatScreen.js');
        streams.stdout.write('\u001B[?1049h\u001B[H');
        const app = render(createElement(SeatScreen, { client, scenario, group: options.group }), { stdout: streams.stdout, stdin: streams.stdin, exitOnCtrlC: false, patchConsole: false });
        try {
          await app.waitUntilExit();
        } finally {
          streams.stdout.write('\u001B[?1049l');
        }
      } finally {
        client.close();
      }
    });
}

/** The host's answer to the hello: a welcome or a refusal; an unreachable host is a clear error, not a wait forever. */
async function firstAnswer(client: ClassroomClient, address: string) {
  return new Promise<{ type: 'welcome' } | { type: 'refused'; message: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new UsageError(`${address}: no classroom host answered within 10 s; check the address and that this machine is on the host's network`));
    }, 10_000);
    const stop = client.on((message) => {
      if (message.type !== 'welcome' && message.type !== 'refused') return;
      clearTimeout(timer);
      stop();
      resolve(message);
    });
  });
}
