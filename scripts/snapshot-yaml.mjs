// Records the parsed data of the package's own YAML files beside the built code, so that
// start-up need not parse them again while their text is unchanged (see
// src/scenarios/yaml-snapshot.ts). Run by `npm run build`, after tsc.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { ACTORS_FOLDER, packageFile, SCENARIOS_FOLDER, WORLD_FILE } from '../dist/scenarios/package-files.js';
import { SourceDocument } from '../dist/scenarios/source-document.js';
import { textHash, YAML_SNAPSHOT_FORMAT, YAML_SNAPSHOT_URL } from '../dist/scenarios/yaml-snapshot.js';

const names = [WORLD_FILE, ...[ACTORS_FOLDER, SCENARIOS_FOLDER].flatMap((folder) => readdirSync(packageFile(folder)).filter((n) => n.endsWith('.yaml')).sort().map((n) => `${folder}/${n}`))];
const files = {};
for (const name of names) {
  const text = readFileSync(packageFile(name), 'utf8');
  const parsed = SourceDocument.parse(text, name);
  // A file that does not parse is left out, to be parsed (and its problems reported) at run time;
  // so is data JSON cannot carry unchanged (.inf, .nan).
  if (!parsed.ok || !isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.document.data)), parsed.document.data)) continue;
  files[name] = { sha256: textHash(text), data: parsed.document.data };
}
writeFileSync(YAML_SNAPSHOT_URL, `${JSON.stringify({ format: YAML_SNAPSHOT_FORMAT, files })}\n`);
