import { Command } from 'commander';
import { scenarioFile } from '../../scenarios/load.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { LEDGER_FILE } from '../../ledger/claim.js';
import { loadLedger } from '../../ledger/load-ledger.js';
import { packageFile } from '../../scenarios/package-files.js';
import { refuseOutputAmongInputs } from '../output-among-inputs.js';
import { measureLedger } from '../../ledger/measure-ledger.js';
import { writeOutputFile } from '../../output/atomic-output.js';
import type { CliIo } from '../cli-io.js';
import { ChecksFailedError } from '../checks-failed-error.js';
import { EXIT } from '../exit-codes.js';
import { ledgerMarkdown, ledgerText } from '../format/ledger-table.js';
import { DEFAULT_SEED, parseRuns, parseSeed } from '../options.js';
import { UsageError } from '../usage-error.js';

/** Runs a level when `--runs` is not given: enough to see a 3-point effect apart from noise. */
const LEDGER_RUNS = 2000;

interface LedgerCommandOptions {
  runs: number;
  seed: number;
  only?: string;
  file?: string;
  json?: boolean;
  markdown?: boolean;
  out?: string;
  strict?: boolean;
}

export function ledgerCommand(io: CliIo): Command {
  return new Command('ledger')
    .description('measure every causal claim of the articles at its scenario as written: the outcome at five levels of the cause, and whether it moves as the article says')
    .option('--runs <n>', 'runs at each level, the same seeds at every level', parseRuns, LEDGER_RUNS)
    .option('--seed <n>', 'first seed', parseSeed, DEFAULT_SEED)
    .option('--only <ids>', 'only these claims (comma-separated ids) or scenarios')
    .option('--file <ledger.yaml>', 'a ledger of your own (default: the one that ships, src/ledger/ledger.yaml)')
    .option('--json', 'print JSON')
    .option('--markdown', 'print the Markdown table docs/MODEL.md shows')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('--strict', `exit ${EXIT.failed} if any claim does not hold`)
    .action((options: LedgerCommandOptions) => {
      if (options.json && options.markdown) throw new UsageError('--json and --markdown: choose one');
      const wanted = options.only?.split(',').map((s) => s.trim()).filter(Boolean);
      const file = options.file ?? packageFile(LEDGER_FILE);
      const all = loadLedger(file);
      const claims = wanted ? all.filter((c) => wanted.includes(c.id) || wanted.includes(c.scenario)) : all;
      if (claims.length === 0) throw new UsageError(`--only ${options.only}: no claim or scenario by that name; ids: ${all.map((c) => c.id).join(', ')}`);
      // Before a single run: the report must not replace the ledger or a scenario it reads.
      if (options.out !== undefined) refuseOutputAmongInputs('--out', options.out, [file, ...new Set(all.map((c) => scenarioFile(c.scenario)))]);
      const progress = io.stderr.isTTY === true;
      let done = 0;
      const measured = measureLedger(claims, { runs: options.runs, seed: options.seed }, (m) => {
        if (progress) io.stderr.write(`\r\x1b[Kmeasured ${m.claim.id} (${++done} of ${claims.length})`);
      });
      if (progress) io.stderr.write('\r\x1b[K');
      const text = options.json
        ? `${JSON.stringify({ engine: ENGINE_VERSION, runs: options.runs, seed: options.seed, claims: measured }, null, 2)}\n`
        : options.markdown
          ? ledgerMarkdown(measured)
          : ledgerText(measured);
      if (options.out !== undefined) writeOutputFile(options.out, text);
      else io.stdout.write(text);
      const failing = measured.filter((m) => m.verdict !== 'holds').map((m) => m.claim.id);
      if (options.strict && failing.length > 0) throw new ChecksFailedError(`${failing.length} claims do not hold: ${failing.join(', ')}`);
    });
}
