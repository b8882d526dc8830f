// Types for the CommonJS build: every emitted `.d.ts` gets a `.d.cts` twin whose relative
// imports name `.cjs` files, so TypeScript in node16/nodenext `require` mode reads each
// declaration as CommonJS (a `.d.ts` in this `"type": "module"` package reads as ESM).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RELATIVE_JS = /(['"])(\.{1,2}\/[^'"]*?)\.js\1/g;
let count = 0;
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const text = readFileSync(file, 'utf8').replace(RELATIVE_JS, '$1$2.cjs$1');
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), text);
  count += 1;
}
console.log(`cjs-types: ${count} .d.cts files`);
