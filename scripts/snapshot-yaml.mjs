// Records the parsed data of the package's own YAML files beside the built code, and what
// the schema of each kind a file is read as validates it to, so that start-up need not
// parse or validate them again while their text is unchanged (see
// src/scenarios/yaml-snapshot.ts). Run by `npm run build`, after tsc.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { ACTORS_FOLDER, packageFile, SCENARIOS_FOLDER, WORLD_FILE } from '../dist/scenarios/package-files.js';
import { DOCUMENT_KINDS, scenarioKindFor } from '../dist/scenarios/schema.js';
import { validate } from '../dist/scenarios/schema-issues.js';
import { SourceDocument } from '../dist/scenarios/source-document.js';
import { textHash, YAML_SNAPSHOT_FORMAT, YAML_SNAPSHOT_URL } from '../dist/scenarios/yaml-snapshot.js';

/** Whether JSON carries `value` unchanged (it cannot carry .inf, .nan or undefined fields). */
const survivesJson = (/** @type {unknown} */ value) => isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value);

/** The kinds a package file is read as (library-files.ts, parse-scenario.ts). @type {(name: string, data: unknown) => (keyof typeof DOCUMENT_KINDS)[]} */
const kindsOf = (name, data) => (name === WORLD_FILE ? ['world'] : name.startsWith(`${ACTORS_FOLDER}/`) ? ['actor'] : [...new Set(['scenario', scenarioKindFor(data)])]);

const names = [WORLD_FILE, ...[ACTORS_FOLDER, SCENARIOS_FOLDER].flatMap((folder) => readdirSync(packageFile(folder)).filter((n) => n.endsWith('.yaml')).sort().map((n) => `${folder}/${n}`))];
const files = {};
for (const name of names) {
  const text = readFileSync(packageFile(name), 'utf8');
  const parsed = SourceDocument.parse(text, name);
  // A file that does not parse is left out, to be parsed (and its problems reported) at run time;
  // so is data JSON cannot carry unchanged (.inf, .nan). So is a value that does not validate.
  if (!parsed.ok || !survivesJson(parsed.document.data)) continue;
  const data = parsed.document.data;
  const valid = {};
  for (const kind of kindsOf(name, data)) {
    const result = validate(DOCUMENT_KINDS[kind](), data);
    if (result.ok && survivesJson(result.value)) valid[kind] = result.value;
  }
  files[name] = { sha256: textHash(text), data, valid };
}
writeFileSync(YAML_SNAPSHOT_URL, `${JSON.stringify({ format: YAML_SNAPSHOT_FORMAT, files })}\n`);
