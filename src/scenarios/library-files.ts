import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Library, Sourced } from './library.js';
import {
  ACTORS_FOLDER,
  ARTICLES_FOLDER,
  SCENARIOS_FOLDER,
  packageFile,
  packageFolder,
  packageRelative,
  WORLD_FILE,
} from './package-files.js';
import type { ActorDocument, DocumentKind, ScenarioDocument } from './schema.js';
import { type DocumentTypes, readDocument } from './read-document.js';

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
  const world = readPackageDocument(WORLD_FILE, 'world');
  const actors = new Map<string, Sourced<ActorDocument>>();
  for (const name of packageFolder(ACTORS_FOLDER, '.yaml')) {
    const actor = readPackageDocument(`${ACTORS_FOLDER}/${name}`, 'actor');
    actors.set(actor.value.id, actor);
  }
  const articles = new Map<string, string>();
  for (const name of packageFolder(ARTICLES_FOLDER, '.txt')) {
    articles.set(basename(name), readFileSync(packageFile(ARTICLES_FOLDER, name), 'utf8'));
  }
  const scenarioIds = packageFolder(SCENARIOS_FOLDER, '.yaml').map((name) => name.replace(/\.yaml$/, ''));
  const scenarios = new Map<string, Sourced<ScenarioDocument>>();
  const scenario = (id: string): Sourced<ScenarioDocument> | undefined => {
    if (!scenarioIds.includes(id)) return undefined;
    if (!scenarios.has(id)) scenarios.set(id, readPackageDocument(`${SCENARIOS_FOLDER}/${id}.yaml`, 'scenario'));
    return scenarios.get(id);
  };
  return { world, actors, articles, scenario };
}

function readPackageDocument<K extends DocumentKind>(relativePath: string, kind: K): Sourced<DocumentTypes[K]> {
  const path = packageFile(relativePath);
  return readDocument(readFileSync(path, 'utf8'), packageRelative(path), () => kind);
}
