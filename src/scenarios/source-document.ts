import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, Scalar } from 'yaml';
import type { Path } from './issue.js';
import { formatLocation, type LocatedIssue, type SourceLocation } from './scenario-error.js';

/** YAML files larger than this are refused before parsing. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

/**
 * A YAML file parsed with its source positions kept, so that any problem found later,
 * by the schema or the compiler, can be reported at its line and column.
 */
export class SourceDocument {
  private constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly root: Node | null,
    private readonly lines: LineCounter,
  ) {}

  /** Parses YAML text. Syntax errors, duplicate keys, tags and excess aliases are issues. */
  static parse(text: string, file: string): { ok: true; document: SourceDocument } | { ok: false; issues: LocatedIssue[] } {
    const lines = new LineCounter();
    const at = (offset: number): string => {
      const { line, col } = lines.linePos(offset);
      return formatLocation({ file, line, column: col });
    };
    if (text.length > MAX_DOCUMENT_BYTES) {
      const message = `file is ${text.length} bytes; the limit is ${MAX_DOCUMENT_BYTES}`;
      return { ok: false, issues: [{ where: `${file}:1:1`, message }] };
    }
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length > 0) {
      return { ok: false, issues: problems.map((p) => ({ where: at(p.pos[0]), message: yamlMessage(p.message) })) };
    }
    try {
      const data: unknown = doc.toJS({ maxAliasCount: 100 });
      return { ok: true, document: new SourceDocument(file, data, doc.contents, lines) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, issues: [{ where: at(0), message: yamlMessage(message) }] };
    }
  }

  /**
   * The location of the node at `path`, or of its nearest existing ancestor when the
   * path names something missing. With `key`, the location of that key in the map at
   * `path`. With `offset`, a position inside a one-line scalar (an expression).
   */
  locate(path: Path, options: { key?: string; offset?: number } = {}): SourceLocation {
    let node = this.root;
    for (const segment of path) {
      const child = childOf(node, segment);
      if (child === undefined) break;
      node = child;
    }
    if (options.key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === options.key);
      if (pair && isScalar(pair.key)) node = pair.key;
    }
    let position = node?.range?.[0] ?? 0;
    if (options.offset !== undefined && isScalar(node)) position += scalarOffset(node, options.offset);
    const { line, col } = this.lines.linePos(position);
    return { file: this.file, line, column: col };
  }
}

function childOf(node: Node | null, segment: string | number): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
    if (pair === undefined) return undefined;
    return (pair.value as Node | null) ?? (pair.key as Node);
  }
  if (isSeq(node) && typeof segment === 'number') return (node.items[segment] as Node | undefined) ?? undefined;
  return undefined;
}

/** Where character `offset` of a scalar's value sits relative to the scalar's start. */
function scalarOffset(node: Scalar, offset: number): number {
  switch (node.type) {
    case Scalar.PLAIN:
      return offset;
    case Scalar.QUOTE_DOUBLE:
    case Scalar.QUOTE_SINGLE:
      return offset + 1;
    default:
      return 0; // block scalars: the start of the block is close enough
  }
}

function yamlMessage(message: string): string {
  const text = message.replace(/ at line \d+, column \d+[\s\S]*$/, '').trim();
  return `YAML: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
