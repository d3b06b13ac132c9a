import { WargameError } from '../errors/wargame-error.js';
/** Where a problem is in a file: 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface LocatedIssue {
  /** `file:line:column`, or a document path when the scenario came from code, not a file. */
  readonly where: string;
  readonly message: string;
}

/**
 * An invalid scenario: every problem found, each with where it is. The message is one
 * line per problem, `file:line:column: what is wrong`, ready to print.
 */
export class ScenarioError extends WargameError {
  override readonly name = 'ScenarioError';
  readonly code = 'invalid-data' as const;
  constructor(readonly issues: readonly LocatedIssue[]) {
    const shown = issues.slice(0, MAX_SHOWN).map((issue) => `${issue.where}: ${issue.message}`);
    if (issues.length > MAX_SHOWN) shown.push(`… and ${issues.length - MAX_SHOWN} more problems`);
    super(shown.join('\n'));
  }
}

/** More problems than this are counted, not listed: past it, a file is wrong in bulk. */
const MAX_SHOWN = 50;

export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}
