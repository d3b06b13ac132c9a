import type { Issue, Path } from './issue.js';
import { formatLocation, type LocatedIssue } from './scenario-error.js';
import { SourceDocument } from './source-document.js';

/**
 * A Locator as plain data, for another thread: each file's name and text once, and each
 * mount naming its file by index (one file is mounted at many paths). The positions are
 * parsed again there only if something must be placed.
 */
export interface PlainLocator {
  readonly files: readonly { readonly file: string; readonly text: string }[];
  readonly mounts: readonly { readonly prefix: Path; readonly file: number; readonly at: Path }[];
}

/**
 * Maps paths in a resolved scenario back to the files they came from. A resolved
 * scenario is assembled from several documents (the scenario file, the world, each
 * actor's file), so each part is mounted: "resolved path P starts at path D of document X".
 * The longest mounted prefix of a path decides where it points.
 */
export class Locator {
  private readonly mounts: { prefix: Path; document: SourceDocument; at: Path }[] = [];

  mount(prefix: Path, document: SourceDocument, at: Path = []): void {
    this.mounts.push({ prefix, document, at });
  }

  plain(): PlainLocator {
    const documents = [...new Set(this.mounts.map((m) => m.document))];
    return {
      files: documents.map((document) => ({ file: document.file, text: document.text })),
      mounts: this.mounts.map(({ prefix, document, at }) => ({ prefix, file: documents.indexOf(document), at })),
    };
  }

  static fromPlain(plain: PlainLocator): Locator {
    const documents = plain.files.map(({ file, text }) => SourceDocument.known(text, file, undefined));
    const locator = new Locator();
    for (const { prefix, file, at } of plain.mounts) locator.mount(prefix, documents[file]!, at);
    return locator;
  }

  /** `file:line:column` of a resolved path. */
  where(path: Path, extra: { offset?: number | undefined; key?: string | undefined } = {}): string {
    let best: (typeof this.mounts)[number] | undefined;
    for (const m of this.mounts) {
      if (startsWith(path, m.prefix) && (best === undefined || m.prefix.length > best.prefix.length)) best = m;
    }
    if (best === undefined) throw new Error(`no document mounted for ${path.join('.')}`);
    const inDocument = [...best.at, ...path.slice(best.prefix.length)];
    return formatLocation(best.document.locate(inDocument, extra));
  }

  locate(issue: Issue): LocatedIssue {
    return { where: this.where(issue.path, issue), message: issue.message };
  }
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}
