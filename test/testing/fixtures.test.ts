import { describe, expect, it } from 'vitest';
import { readPermutiveError } from '../../src/core/index.js';
import {
  PERMUTIVE_SUBCODES,
  PLAIN_TEXT_400,
  PROXY_502_HTML,
  permutiveEnvelope,
} from '../../src/testing/fixtures.js';

// The fixtures without msw: a Response a fetch mock would hand back.
describe('permutiveEnvelope', () => {
  it("is the contract's documented 401, cause and all", () => {
    expect(permutiveEnvelope(401, { cause: 'This key does not exist.' })).toEqual({
      request_id: 'e2cef6f6-296d-4044-b362-73fb2bce4a72',
      error: {
        status: 'Unauthorized',
        code: 2000,
        message: 'The API key provided is invalid.',
        cause: 'This key does not exist.',
        docs: 'https://developer.permutive.com/docs/errors/401/2000',
      },
    });
  });

  it('gives a subcode its own message and docs page, and takes a message, id and link', () => {
    expect(permutiveEnvelope(400, { code: 1003 }).error).toEqual({
      status: 'BadRequest',
      code: 1003,
      message: 'A request body was expected but not found.',
      docs: 'https://developer.permutive.com/docs/errors/400/1003',
    });
    expect(
      permutiveEnvelope(404, {
        code: 3999,
        requestId: 'r-1',
        message: 'No such segment.',
        docs: 'https://docs.permutive.com/api/errors',
      }),
    ).toEqual({
      request_id: 'r-1',
      error: {
        status: 'NotFound',
        code: 3999,
        message: 'No such segment.',
        docs: 'https://docs.permutive.com/api/errors',
      },
    });
    // An unknown subcode keeps the status's message.
    expect(permutiveEnvelope(503, { code: 5999 }).error.message).toBe(
      'An error of unspecified nature was encountered.',
    );
  });

  it('lists each subcode of the contract with its status', () => {
    expect(
      Object.entries(PERMUTIVE_SUBCODES).map(([code, { status }]) => `${status}/${code}`),
    ).toEqual([
      '400/1000',
      '400/1002',
      '400/1003',
      '401/2000',
      '403/2001',
      '401/2004',
      '401/2005',
      '404/3000',
      '409/4000',
      '500/5000',
    ]);
  });

  it('reads back through the kit from a plain Response', async () => {
    const response = Response.json(permutiveEnvelope(409), { status: 409 });
    expect(await readPermutiveError(response)).toMatchObject({
      kind: 'bad-request',
      status: 409,
      code: 4000,
      message: 'A resource with this identifier already exists.',
      requestId: 'e2cef6f6-296d-4044-b362-73fb2bce4a72',
    });
    const html = new Response(PROXY_502_HTML, {
      status: 502,
      headers: { 'content-type': 'text/html' },
    });
    expect(await readPermutiveError(html)).toMatchObject({ kind: 'server', message: null });
    const text = new Response(PLAIN_TEXT_400, {
      status: 400,
      headers: { 'content-type': 'text/plain' },
    });
    expect((await readPermutiveError(text)).message).toBe('Invalid taxonomy id: abc');
  });
});
