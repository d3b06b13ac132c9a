import { createRequire } from 'node:module';
import type { LineCounter, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Path } from './issue.js';
import { withoutByteOrderMark } from '../text/byte-order-mark.js';
import { formatLocation, type LocatedIssue, type SourceLocation } from './scenario-error.js';

// Required on first use, not on import: a start-up whose files all come from the build's
// snapshot (see yaml-snapshot.ts) never loads the parser.
const require = createRequire(import.meta.url);
let loaded: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (loaded ??= require('yaml') as typeof import('yaml'));

/** YAML files larger than this are refused before parsing. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

/**
 * A YAML file parsed with its source positions kept, so that any problem found later,
 * by the schema or the compiler, can be reported at its line and column.
 */
export class SourceDocument {
  // Each map's pairs indexed by key once, so locating thousands of issues stays linear.
  private readonly keys = new WeakMap<YAMLMap, Map<string, Pair>>();

  private constructor(
    readonly file: string,
    readonly data: unknown,
    /** The file's text, without a byte-order mark: what lines and columns count in. */
    readonly text: string,
    private tree: { readonly root: Node | null; readonly lines: LineCounter } | undefined,
  ) {}

  /**
   * A document whose data is already known: what `parse` gave for this very text before
   * (see yaml-snapshot.ts). Its positions are parsed again only when an issue must be located.
   */
  static known(text: string, file: string, data: unknown): SourceDocument {
    return new SourceDocument(file, data, withoutByteOrderMark(text), undefined);
  }

  /** The YAML tree with its positions, parsed on first use for a document made by `known`. */
  private positions(): { readonly root: Node | null; readonly lines: LineCounter } {
    if (this.tree === undefined) {
      const lines = new (yaml().LineCounter)();
      const doc = yaml().parseDocument(this.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: true });
      this.tree = { root: doc.contents, lines };
    }
    return this.tree;
  }

  /**
   * Parses YAML text. Syntax errors, duplicate keys, keys that are not plain values,
   * `__proto__` keys, tags and excess aliases are all issues, located.
   */
  static parse(source: string, file: string): { ok: true; document: SourceDocument } | { ok: false; issues: LocatedIssue[] } {
    const lines = new (yaml().LineCounter)();
    const at = (offset: number): string => {
      const { line, col } = lines.linePos(offset);
      return formatLocation({ file, line, column: col });
    };
    if (source.length > MAX_DOCUMENT_BYTES) {
      const message = `file is ${source.length} bytes; the limit is ${MAX_DOCUMENT_BYTES}`;
      return { ok: false, issues: [{ where: `${file}:1:1`, message }] };
    }
    const text = withoutByteOrderMark(source);
    // uniqueKeys is checked below in one pass: the parser's own check compares keys pairwise.
    const doc = yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, strict: true });
    const syntax = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]);
    // Runaway nesting makes the parser report the same fault at every level: say it once.
    const tooDeep = syntax.find((p) => yamlMessage(p.message) === TOO_DEEP);
    if (tooDeep) return { ok: false, issues: [{ where: at(tooDeep.pos[0]), message: TOO_DEEP }] };
    const [first] = syntax;
    if (first) {
      // After one syntax fault the parser's later reports are mostly its echoes: the first
      // is the one to fix, so it is the one reported, with a count of the rest.
      const rest = syntax.length - 1;
      const echoes = rest === 0 ? '' : `; ${rest} more syntax ${rest === 1 ? 'problem follows' : 'problems follow'}, often caused by this one`;
      return { ok: false, issues: [{ where: at(first.pos[0]), message: yamlMessage(first.message) + echoes }] };
    }
    const keyProblems = checkKeys(doc.contents, at);
    if (keyProblems.length > 0) return { ok: false, issues: keyProblems };
    try {
      const data: unknown = doc.toJS({ maxAliasCount: 100 });
      return { ok: true, document: new SourceDocument(file, data, text, { root: doc.contents, lines }) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, issues: [{ where: at(0), message: yamlMessage(message) }] };
    }
  }

  /**
   * The location of the node at `path`, or of its nearest existing ancestor when the
   * path names something missing. With `key`, the location of that key in the map at
   * `path`. With `offset`, a position inside an expression, where the scalar's source
   * is the expression as written (otherwise the scalar's start).
   */
  locate(path: Path, options: { key?: string | undefined; offset?: number | undefined } = {}): SourceLocation {
    const { root, lines } = this.positions();
    let node = root;
    for (const segment of path) {
      const child = this.childOf(node, segment);
      if (child === undefined) break;
      node = child;
    }
    if (options.key !== undefined && yaml().isMap(node)) {
      const pair = this.pairs(node).get(options.key);
      if (pair && yaml().isScalar(pair.key)) node = pair.key;
    }
    let position = node?.range?.[0] ?? 0;
    if (options.offset !== undefined && yaml().isScalar(node)) position += this.offsetIn(node, options.offset);
    const { line, col } = lines.linePos(position);
    return { file: this.file, line, column: col };
  }

  private childOf(node: Node | null, segment: string | number): Node | undefined {
    if (yaml().isMap(node)) {
      const pair = this.pairs(node).get(String(segment));
      return pair === undefined ? undefined : ((pair.value as Node | null) ?? (pair.key as Node));
    }
    if (yaml().isSeq(node) && typeof segment === 'number') return (node.items[segment] as Node | undefined) ?? undefined;
    return undefined;
  }

  private pairs(map: YAMLMap): Map<string, Pair> {
    let index = this.keys.get(map);
    if (index === undefined) {
      // Keys as the data sees them: toJS turns a null key into ''.
      index = new Map(map.items.map((pair) => [yaml().isScalar(pair.key) ? String(pair.key.value ?? '') : '', pair] as const));
      this.keys.set(map, index);
    }
    return index;
  }

  /** Where character `offset` of a scalar's value is, relative to the scalar's start. */
  private offsetIn(node: Scalar, offset: number): number {
    const [start, end] = node.range ?? [0, 0];
    const raw = this.text.slice(start, end);
    const value = String(node.value);
    if (node.type === yaml().Scalar.PLAIN && raw === value) return offset;
    const quoted = node.type === yaml().Scalar.QUOTE_DOUBLE || node.type === yaml().Scalar.QUOTE_SINGLE;
    if (quoted && raw.slice(1, -1) === value) return offset + 1;
    return 0; // folded, escaped or block text: its start is the honest answer
  }
}

/** Duplicate keys, keys that are not plain values, and `__proto__`, which JavaScript objects cannot hold as data. */
function checkKeys(root: Node | null, at: (offset: number) => string): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  yaml().visit(root, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        const where = at(key?.range?.[0] ?? 0);
        if (!yaml().isScalar(key)) {
          issues.push({ where, message: 'YAML: keys must be plain values, not lists or maps' });
          continue;
        }
        const name = String(key.value);
        if (name === '__proto__') issues.push({ where, message: "the key '__proto__' is not allowed" });
        else if (seen.has(name)) issues.push({ where, message: `YAML: map keys must be unique; '${name}' appears twice` });
        seen.add(name);
      }
    },
  });
  return issues;
}

const TOO_DEEP = 'YAML: nested too deeply';

function yamlMessage(message: string): string {
  if (/maximum call stack/i.test(message)) return TOO_DEEP;
  const text = message.replace(/ at line \d+, column \d+[\s\S]*$/, '').trim();
  return `YAML: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
