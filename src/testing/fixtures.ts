/** The HTTP statuses a Permutive API answers a failed request with (the contract's, 409 and 429). */
export type PermutiveStatus = 400 | 401 | 403 | 404 | 409 | 429 | 500 | 502 | 503 | 504;

/** The subcodes Permutive's published API specs name. */
export type PermutiveSubcode = 1000 | 1002 | 1003 | 2000 | 2001 | 2004 | 2005 | 3000 | 4000 | 5000;

/**
 * Permutive's error envelope as its APIs send it: every member is there but `cause`.
 *
 * @example
 * ```ts
 * const body: PermutiveErrorEnvelope = permutiveEnvelope(401);
 * ```
 */
export interface PermutiveErrorEnvelope {
  /** The id a customer quotes to Permutive's support. */
  request_id: string;
  error: {
    /** The status text, spelled as Permutive's APIs do (`"Unauthorized"`, `"BadRequest"`). */
    status: string;
    /** The Permutive subcode. */
    code: number;
    /** Permutive's human message. */
    message: string;
    /** Why, when the API says; absent otherwise. */
    cause?: string;
    /** The docs page of the status and subcode. */
    docs: string;
  };
}

/** What an envelope may say instead of its status's usual subcode, message and id. */
export interface PermutiveEnvelopeOptions {
  /** The subcode; default the status's usual one (400: 1000, 401: 2000, 403: 2001, 404: 3000, 409: 4000, 5xx: 5000, 429: 1000). */
  code?: number | undefined;
  /** The `request_id`; default `PERMUTIVE_REQUEST_ID`. */
  requestId?: string | undefined;
  /** The message; default the subcode's message from Permutive's specs, else the status's. */
  message?: string | undefined;
  /** The optional `cause`; default none (the member is left out). */
  cause?: string | undefined;
  /** The docs link; default `https://developer.permutive.com/docs/errors/{status}/{code}`. */
  docs?: string | undefined;
}

/** The request id every fixture carries unless told otherwise (the contract's example). */
export const PERMUTIVE_REQUEST_ID = 'e2cef6f6-296d-4044-b362-73fb2bce4a72';

/** Each known subcode's status and message, as Permutive's specs give them. */
export const PERMUTIVE_SUBCODES: Readonly<
  Record<PermutiveSubcode, { status: PermutiveStatus; message: string }>
> = {
  1000: { status: 400, message: 'The values of one or more parameters are invalid.' },
  1002: { status: 400, message: 'The provided request body was not structured as expected.' },
  1003: { status: 400, message: 'A request body was expected but not found.' },
  2000: { status: 401, message: 'The API key provided is invalid.' },
  2001: {
    status: 403,
    message: 'The API key provided does not provide access to the request operation or resource.',
  },
  2004: {
    status: 401,
    message: 'The resource requires authentication, which was not supplied with the request.',
  },
  2005: { status: 401, message: 'The supplied authentication is invalid.' },
  3000: { status: 404, message: 'The requested resource does not exist.' },
  4000: { status: 409, message: 'A resource with this identifier already exists.' },
  5000: { status: 500, message: 'An error of unspecified nature was encountered.' },
};

// Each status's text as the specs spell it, its usual subcode, and the message when that
// subcode's own would not fit (Permutive documents no body for 429; 5xx share 5000).
const STATUSES: Readonly<Record<PermutiveStatus, [text: string, code: number, message?: string]>> =
  {
    400: ['BadRequest', 1000],
    401: ['Unauthorized', 2000],
    403: ['Forbidden', 2001],
    404: ['NotFound', 3000],
    409: ['Conflict', 4000],
    429: ['TooManyRequests', 1000, 'Too many requests.'],
    500: ['InternalServerError', 5000],
    502: ['BadGateway', 5000],
    503: ['ServiceUnavailable', 5000],
    504: ['GatewayTimeout', 5000],
  };

/**
 * Permutive's JSON envelope for a status, with its usual subcode and the specs' message.
 *
 * @example
 * ```ts
 * const response = Response.json(permutiveEnvelope(401, { code: 2005 }), { status: 401 });
 * ```
 */
export function permutiveEnvelope(
  status: PermutiveStatus,
  options: PermutiveEnvelopeOptions = {},
): PermutiveErrorEnvelope {
  const [text, usual, usualMessage] = STATUSES[status] ?? STATUSES[status < 500 ? 400 : 500];
  const code = options.code ?? usual;
  const fallback = usualMessage ?? PERMUTIVE_SUBCODES[usual as PermutiveSubcode].message;
  const known = PERMUTIVE_SUBCODES[code as PermutiveSubcode]?.message;
  const message = options.message ?? (code === usual ? fallback : (known ?? fallback));
  return {
    request_id: options.requestId ?? PERMUTIVE_REQUEST_ID,
    error: {
      status: text,
      code,
      message,
      ...(options.cause === undefined ? {} : { cause: options.cause }),
      docs: options.docs ?? `https://developer.permutive.com/docs/errors/${status}/${code}`,
    },
  };
}

/** The HTML page a proxy (nginx) answers with for a status, in place of Permutive's envelope. */
export const proxyErrorPage = (status: number, reason = 'Error') =>
  `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n`;

/** The page a proxy answers with when Permutive's API cannot be reached: HTML, no envelope. */
export const PROXY_502_HTML = proxyErrorPage(502, 'Bad Gateway');

/** A 400 as Permutive's Taxonomy API sends some: `text/plain`, the message as the whole body. */
export const PLAIN_TEXT_400 = 'Invalid taxonomy id: abc';
