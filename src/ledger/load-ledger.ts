import { packageFile } from '../scenarios/package-files.js';
import { formatLocation, ScenarioError } from '../scenarios/scenario-error.js';
import { type Claim, LEDGER_FILE, readLedger } from './claim.js';
import { ledgerIssues } from './ledger-issues.js';

/**
 * Reads a ledger file (by default the one that ships) and checks it before any run: its
 * schema, each claim's id once, and what each claim names (`ledgerIssues`). Every problem is
 * a ScenarioError placed at `file:line:column` in the ledger, as a scenario file's are.
 */
export function loadLedger(file: string = packageFile(LEDGER_FILE)): Claim[] {
  const { value: claims, document } = readLedger(file);
  const issues: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set<string>();
  claims.forEach((claim, i) => {
    if (ids.has(claim.id)) issues.push({ path: ['claims', i, 'id'], message: `claim '${claim.id}' is listed twice` });
    ids.add(claim.id);
  });
  issues.push(...ledgerIssues(claims).map((issue) => ({ path: [...issue.path], message: `claim ${claims[issue.path[1] as number]!.id}: ${issue.message}` })));
  if (issues.length > 0) throw new ScenarioError(issues.map((issue) => ({ where: formatLocation(document.locate(issue.path)), message: issue.message })));
  return claims;
}
