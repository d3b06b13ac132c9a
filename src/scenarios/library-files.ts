import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Library, Sourced } from './library.js';
import {
  ACTORS_FOLDER,
  ARTICLES_FOLDER,
  packageFile,
  packageFolder,
  packageRelative,
  WORLD_FILE,
} from './package-files.js';
import { formatLocation, ScenarioError } from './scenario-error.js';
import { ActorDocument, WorldDocument } from './schema.js';
import { validate } from './schema-issues.js';
import { SourceDocument } from './source-document.js';
import type { z } from 'zod';

let cached: Library | undefined;

/** The built-in actors as written in their files, sorted by id. */
export function builtInActors(): ActorDocument[] {
  return [...builtInLibrary().actors.values()].map((a) => a.value).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The built-in world, actors and articles, read from the package once per process. */
export function builtInLibrary(): Library {
  cached ??= readLibrary();
  return cached;
}

function readLibrary(): Library {
  const world = readDocument(WORLD_FILE, WorldDocument);
  const actors = new Map<string, Sourced<ActorDocument>>();
  for (const name of packageFolder(ACTORS_FOLDER, '.yaml')) {
    const actor = readDocument(`${ACTORS_FOLDER}/${name}`, ActorDocument);
    actors.set(actor.value.id, actor);
  }
  const articles = new Map<string, string>();
  for (const name of packageFolder(ARTICLES_FOLDER, '.txt')) {
    articles.set(basename(name), readFileSync(packageFile(ARTICLES_FOLDER, name), 'utf8'));
  }
  return { world, actors, articles };
}

function readDocument<T>(relativePath: string, schema: z.ZodType<T>): Sourced<T> {
  const path = packageFile(relativePath);
  const parsed = SourceDocument.parse(readFileSync(path, 'utf8'), packageRelative(path));
  if (!parsed.ok) throw new ScenarioError(parsed.issues);
  const valid = validate(schema, parsed.document.data);
  if (!valid.ok) {
    throw new ScenarioError(
      valid.issues.map((issue) => ({
        where: formatLocation(parsed.document.locate(issue.path, issue.key === undefined ? {} : { key: issue.key })),
        message: issue.message,
      })),
    );
  }
  return { value: valid.value, document: parsed.document };
}
