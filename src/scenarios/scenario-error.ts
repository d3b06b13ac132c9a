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
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(readonly issues: readonly LocatedIssue[]) {
    super(issues.map((issue) => `${issue.where}: ${issue.message}`).join('\n'));
  }
}

export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}
