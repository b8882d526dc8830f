// The built entries must import in plain Node: no DOM, no CSS loader, no bundler.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import entries from './node-entries.cjs';

const summary = entries.checkEntries({
  root: await import('react-permutive-errors'),
  core: await import('react-permutive-errors/core'),
  server: await import('react-permutive-errors/server'),
  de: (await import('react-permutive-errors/locales/de')).de,
  fr: (await import('react-permutive-errors/locales/fr')).fr,
  fixtures: await import('react-permutive-errors/testing/fixtures'),
  es: (await import('react-permutive-errors/locales/es')).es,
});
// /core and /server (and the chunks they load) never import React: a backend need not have it.
for (const entry of ['react-permutive-errors/core', 'react-permutive-errors/server']) {
  const file = fileURLToPath(import.meta.resolve(entry));
  const chunks = [...readFileSync(file, 'utf8').matchAll(/from "(\.[^"]+)"/g)].map((m) =>
    join(dirname(file), m[1]),
  );
  assert.ok(chunks.length > 0, `${entry} loads its shared chunk`);
  for (const code of [file, ...chunks].map((path) => readFileSync(path, 'utf8'))) {
    assert.doesNotMatch(code, /from "react|require\("react/, `${entry} loads no React`);
  }
}
// The envelopes import nothing, in either format: a user without msw can load them.
for (const file of [
  fileURLToPath(import.meta.resolve('react-permutive-errors/testing/fixtures')),
  createRequire(import.meta.url).resolve('react-permutive-errors/testing/fixtures'),
]) {
  assert.doesNotMatch(readFileSync(file, 'utf8'), /\bfrom "|require\(/, `${file} imports nothing`);
}
// The root entry holds hooks and components: a client module for React Server Components, in
// both formats. /core and /server carry no directive.
const require = createRequire(import.meta.url);
for (const file of [
  fileURLToPath(import.meta.resolve('react-permutive-errors')),
  require.resolve('react-permutive-errors'),
]) {
  assert.match(
    readFileSync(file, 'utf8'),
    /^["']use client["'];/,
    `${file} starts with 'use client'`,
  );
}
console.log(`node import: ${summary}`);
