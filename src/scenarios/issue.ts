/** A path into a document: object keys and array indexes. */
export type Path = readonly (string | number)[];

/** One thing wrong with a scenario, at a path in the document where it was found. */
export interface Issue {
  readonly path: Path;
  readonly message: string;
  /** 0-based character offset inside an expression, when the error is inside one. */
  readonly offset?: number | undefined;
  /** For an unknown field: its name, so the report points at the key itself. */
  readonly key?: string | undefined;
}

/** `actors[0].interests[2].weight`: a path as a reader would write it. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(document)' : out;
}
