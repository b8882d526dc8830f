// The built entries must import in plain Node: no DOM, no CSS loader, no bundler.
import assert from 'node:assert/strict';

assert.equal(typeof globalThis.document, 'undefined', 'this check must run without a DOM');
const root = await import('react-permutive-errors');
const core = await import('react-permutive-errors/core');
const { fr } = await import('react-permutive-errors/locales/fr');
assert.equal(typeof fr.ui?.retryIn, 'function');
assert.equal(typeof root.ErrorBanner, 'function');
for (const entry of [root, core]) {
  const model = entry.decodePermutiveError(new TypeError('fetch failed'));
  assert.equal(model.kind, 'network');
  assert.equal(model.retryable, true);
  assert.equal(entry.redact('GET /v1?k=abc123'), 'GET /v1?k=[redacted]');
}
assert.ok(
  !Object.keys(core).some((name) => /^[A-Z].*(Banner|Boundary|Provider)$/.test(name)),
  '/core exports no React',
);
console.log(
  `node import: root ${Object.keys(root).length} exports, /core ${Object.keys(core).length} exports: ok`,
);
