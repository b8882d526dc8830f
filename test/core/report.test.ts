import { describe, expect, it } from 'vitest';
import { createModel, permutiveReport } from '../../src/core/index.js';

describe('permutiveReport', () => {
  it('a failure with no response: no status, subcode or id, and only attributes that apply', () => {
    expect(permutiveReport(new TypeError('Failed to fetch'))).toEqual({
      message: 'Permutive API network',
      tags: {
        'permutive.kind': 'network',
        'permutive.status': 'none',
        'permutive.subcode': 'none',
      },
      requestId: null,
      fingerprint: ['permutive', 'network', 'none', 'none'],
      attributes: { 'permutive.kind': 'network', 'error.type': 'network' },
    });
  });

  it('a model as the caches give it: every field, the status as OTel names it', () => {
    const model = createModel('server', {
      status: 503,
      code: 5000,
      message: 'An error of unspecified nature was encountered.',
      requestId: 'req-503',
    });
    expect(permutiveReport(model)).toEqual({
      message: 'Permutive API server 503/5000: An error of unspecified nature was encountered.',
      tags: {
        'permutive.kind': 'server',
        'permutive.status': '503',
        'permutive.subcode': '5000',
        'permutive.request_id': 'req-503',
      },
      requestId: 'req-503',
      fingerprint: ['permutive', 'server', '503', '5000'],
      attributes: {
        'permutive.kind': 'server',
        'error.type': '503',
        'http.response.status_code': 503,
        'permutive.subcode': 5000,
        'permutive.request_id': 'req-503',
      },
    });
  });

  // Sentry drops a tag value over 200 characters or with a line break, and shows the title as
  // one line: the id support searches by must survive, and the server must not write a line.
  it("keeps the title to one short line and the id tag within a reporter's limits", () => {
    const report = permutiveReport(
      createModel('not-found', {
        status: 404,
        code: 3000,
        message: `Not here.\nFAKE: Permutive API server 500 ${'m'.repeat(500)}`,
        requestId: `req-\n${'r'.repeat(300)}`,
      }),
    );
    expect(report?.message).toBe(
      `Permutive API not-found 404/3000: Not here. FAKE: Permutive API server 500 ${'m'.repeat(158)}…`,
    );
    expect(report?.tags['permutive.request_id']).toBe(`req- ${'r'.repeat(194)}…`);
    // The id itself stays whole where a reporter takes any text.
    expect(report?.requestId).toBe(`req-\n${'r'.repeat(300)}`);
    expect(report?.attributes['permutive.request_id']).toBe(`req-\n${'r'.repeat(300)}`);
  });

  it("never the thrown value's own message, which may quote a key", () => {
    const thrown = new Error(
      'GET https://api.permutive.com/v2/cohorts?k=sk_live_abc123def456 failed',
    );
    expect(permutiveReport(thrown)?.message).toBe('Permutive API unknown');
  });

  it('null for an abort, from a signal or as a model', () => {
    const controller = new AbortController();
    controller.abort();
    expect(permutiveReport(controller.signal.reason)).toBeNull();
    expect(permutiveReport(createModel('aborted'))).toBeNull();
  });
});
