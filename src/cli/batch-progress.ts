import cliProgress from 'cli-progress';
import type { OutputStream } from './cli-io.js';
import type { ExperimentProgress } from '../experiments/experiment-progress.js';

/**
 * A one-line progress bar on stderr (cli-progress): runs done of total, rate and ETA. Only
 * started when stderr is a terminal, so logs and pipes get nothing. With `points`, an
 * experiment's line: points finished of how many, then its runs.
 */
export function startProgress(stderr: OutputStream, total: number, points?: number): { update: (done: number, pointsDone?: number) => void; stop: () => void } {
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr as unknown as NodeJS.WritableStream,
      format: `{bar} ${points === undefined ? '' : '{points}/{totalPoints} points · '}{value}/{total} runs · {rate} runs/s · ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0', points: 0, totalPoints: points ?? 0 });
  return {
    update: (done, pointsDone) => {
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toLocaleString('en') : '0', ...(pointsDone === undefined ? {} : { points: pointsDone }) });
    },
    stop: () => bar.stop(),
  };
}

/**
 * An experiment's progress line (`sweep`, `sensitivity`, and any command that runs points):
 * drawn from the experiment's first report, which gives its size, when stderr is a
 * terminal and `--quiet` was not given; `stop` clears it.
 */
export function experimentProgress(stderr: OutputStream, quiet: boolean | undefined): { onProgress: ((progress: ExperimentProgress) => void) | undefined; stop: () => void } {
  if (quiet === true || !stderr.isTTY) return { onProgress: undefined, stop: () => {} };
  let bar: ReturnType<typeof startProgress> | undefined;
  return {
    onProgress: (progress) => {
      bar ??= startProgress(stderr, progress.totalRuns, progress.totalPoints);
      bar.update(progress.runs, progress.points);
    },
    stop: () => bar?.stop(),
  };
}
