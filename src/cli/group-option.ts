import { GroupName } from '../records/group-name.js';
import { UsageError } from './usage-error.js';

/**
 * Checks `--group`: a name a run record can hold (see GroupName). Checked here rather than
 * by commander, whose message would repeat the value, line breaks and all. (Apart from
 * options.ts: its schema loads zod, which only the commands that take --group need.)
 */
export function checkGroup(value: string | undefined): void {
  if (value === undefined) return;
  const result = GroupName.safeParse(value);
  if (!result.success) throw new UsageError(`--group ${JSON.stringify(value)}: ${result.error.issues[0]!.message}`);
}
