// tsc does not keep the executable bit; npx and the shebang need it on the CLI entry.
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/cli/main.js', import.meta.url), 0o755);
