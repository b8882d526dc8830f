import { createModel, type PermutiveErrorModel } from '../src/index.js';

const docs = (status: number, code: number) =>
  `https://developer.permutive.com/docs/errors/${status}/${code}`;
const id = (n: number) => `e2cef6f6-296d-4044-b362-73fb2bce4a${String(n).padStart(2, '0')}`;

/** One decoded error for each status of the contract, and the failures without a response. */
export const ERRORS = {
  '400 Bad Request': createModel('bad-request', {
    status: 400,
    code: 1000,
    message: 'The values of one or more parameters are invalid.',
    cause: 'Parameter "limit" must be between 1 and 100.',
    docs: docs(400, 1000),
    requestId: id(40),
  }),
  '401 Unauthorized': createModel('unauthorized', {
    status: 401,
    code: 2000,
    message: 'The API key provided is invalid.',
    cause: 'This key does not exist.',
    docs: docs(401, 2000),
    requestId: id(41),
  }),
  '403 Forbidden': createModel('forbidden', {
    status: 403,
    code: 2001,
    message: 'The API key provided does not provide access to the request operation or resource.',
    docs: docs(403, 2001),
    requestId: id(43),
  }),
  '404 Not Found': createModel('not-found', {
    status: 404,
    code: 3000,
    message: 'The requested resource does not exist.',
    docs: docs(404, 3000),
    requestId: id(44),
  }),
  '429 Too Many Requests': createModel('rate-limited', {
    status: 429,
    requestId: id(29),
    retryAfterMs: 5000,
  }),
  '500 Internal Server Error': createModel('server', {
    status: 500,
    code: 5000,
    message: 'An error of unspecified nature was encountered.',
    docs: docs(500, 5000),
    requestId: id(50),
  }),
  '502 Bad Gateway (HTML from a proxy)': createModel('server', { status: 502, requestId: id(52) }),
  '503 Service Unavailable': createModel('server', {
    status: 503,
    requestId: id(53),
    retryAfterMs: 3000,
  }),
  '504 Gateway Timeout': createModel('server', { status: 504, requestId: id(54) }),
  'Network failure': createModel('network'),
  Timeout: createModel('timeout'),
} satisfies Record<string, PermutiveErrorModel>;

/** Every string hostile: markup, a huge cause, an unsafe link, an API key. */
export const HOSTILE: PermutiveErrorModel = createModel('bad-request', {
  status: 400,
  code: 1000,
  message: '<img src=x onerror="alert(1)"> <b>bold?</b> GET /v1/segments?k=sk_live_SECRET',
  cause: `<script>alert(1)</script> Authorization: Bearer SECRET.TOKEN ${'very long cause '.repeat(400)}`,
  docs: 'javascript:alert(document.cookie)',
  requestId: '<svg onload=alert(1)>?api_key=SECRET',
});
