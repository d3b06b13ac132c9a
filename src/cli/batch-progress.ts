import cliProgress from 'cli-progress';
import type { OutputStream } from './cli-io.js';

/**
 * A one-line progress bar on stderr (cli-progress): runs done of total, rate and ETA. Only
 * started when stderr is a terminal, so logs and pipes get nothing.
 */
export function startProgress(stderr: OutputStream, total: number): { update: (done: number) => void; stop: () => void } {
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr as unknown as NodeJS.WritableStream,
      format: '{bar} {value}/{total} runs · {rate} runs/s · ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0' });
  return {
    update: (done) => {
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toLocaleString('en') : '0' });
    },
    stop: () => bar.stop(),
  };
}
