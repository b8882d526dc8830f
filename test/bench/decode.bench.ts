import { bench, describe } from 'vitest';
import { decodePermutiveError, readPermutiveError } from '../../src/core/index.js';
import { ENVELOPE_401 } from '../support/envelopes.js';

// Figures are ratios within one run: each group has JSON.parse of the same body as baseline.
const body = JSON.stringify(ENVELOPE_401);
const axiosError = Object.assign(new Error('Request failed with status code 401'), {
  isAxiosError: true,
  response: {
    status: 401,
    headers: { 'x-request-id': 'h', 'retry-after': '5' },
    data: JSON.parse(body),
  },
});
const typeError = new TypeError('Failed to fetch');
const model = decodePermutiveError(axiosError);
const html = `<html><head><title>502 Bad Gateway</title></head><body>${'<p>nginx</p>'.repeat(200)}</body></html>`;

describe('decode an enveloped 401', () => {
  bench('baseline: JSON.parse of the body', () => {
    JSON.parse(body);
  });
  bench('decodePermutiveError(axios error with parsed body)', () => {
    decodePermutiveError(axiosError);
  });
  bench('decodePermutiveError(raw JSON text)', () => {
    decodePermutiveError(body);
  });
});

describe('decode without a body', () => {
  bench('baseline: JSON.parse of the body', () => {
    JSON.parse(body);
  });
  bench('decodePermutiveError(fetch TypeError)', () => {
    decodePermutiveError(typeError);
  });
  bench('decodePermutiveError(a model it made before)', () => {
    decodePermutiveError(model);
  });
});

describe('read a Response', () => {
  bench('baseline: new Response(body).json()', async () => {
    await new Response(body, { status: 401 }).json();
  });
  bench('readPermutiveError(enveloped 401)', async () => {
    await readPermutiveError(new Response(body, { status: 401 }));
  });
  bench('readPermutiveError(nginx HTML 502)', async () => {
    await readPermutiveError(new Response(html, { status: 502 }));
  });
});
