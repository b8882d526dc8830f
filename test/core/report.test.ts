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
