// Checks shared by node-import.mjs (ESM) and node-require.cjs (CommonJS) on the built entries.
const assert = require('node:assert/strict');

exports.checkEntries = ({ root, core, server, fr, de, es, fixtures }) => {
  assert.equal(typeof globalThis.document, 'undefined', 'this check must run without a DOM');
  assert.equal(typeof fr.ui?.retryIn, 'function');
  assert.equal(de.ui.retryIn('5 s'), 'Erneut versuchen in 5 s');
  assert.equal(es.errors.unknown.title, 'Algo ha salido mal');
  assert.equal(root.ErrorBanner.displayName, 'ErrorBanner'); // a forwardRef component
  for (const entry of [root, core]) {
    const model = entry.decodePermutiveError(new TypeError('fetch failed'));
    assert.equal(model.kind, 'network');
    assert.equal(model.retryable, true);
    assert.equal(entry.redact('GET /v1?k=abc123'), 'GET /v1?k=[redacted]');
  }
  assert.equal(server.permutiveErrorResponse(new TypeError('fetch failed')).status, 502);
  // The envelopes load without msw (an optional peer) or React.
  assert.equal(fixtures.permutiveEnvelope(401).error.code, 2000);
  return `root ${Object.keys(root).length} exports, /core ${Object.keys(core).length}, /server ${Object.keys(server).length}, /testing/fixtures ${Object.keys(fixtures).length}: ok`;
};
