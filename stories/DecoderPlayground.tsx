import { useEffect, useId, useState } from 'react';
import {
  decodePermutiveError,
  describePermutiveError,
  ErrorBanner,
  type PermutiveErrorModel,
  readPermutiveError,
} from '../src/index.js';
import { ENVELOPE_401 } from '../test/support/envelopes.js';
import './playground.css';

const FIELDS = [
  'kind',
  'status',
  'code',
  'message',
  'cause',
  'docs',
  'requestId',
  'retryable',
  'retryAfterMs',
] as const;

/** Ready-made inputs: what Permutive, proxies and the network really send. */
export const PRESETS = {
  'Enveloped 401': {
    status: '401',
    headers: 'content-type: application/json\nx-request-id: hdr-1',
    body: JSON.stringify(ENVELOPE_401, null, 2),
  },
  'nginx HTML 502': {
    status: '502',
    headers: 'content-type: text/html',
    body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
  },
  'Empty 503 with Retry-After': {
    status: '503',
    headers: 'retry-after: 120\nrequest-id: req-503',
    body: '',
  },
  'Truncated JSON 500': {
    status: '500',
    headers: '',
    body: '{"request_id":"t-1","error":{"status":"Inter',
  },
  'Unsafe docs link': {
    status: '400',
    headers: '',
    body: JSON.stringify(
      {
        request_id: 'x',
        error: {
          status: 'BadRequest',
          code: 1000,
          message: 'Bad values.',
          docs: 'javascript:alert(1)',
        },
      },
      null,
      2,
    ),
  },
  'Network failure (no response)': { status: 'none', headers: '', body: '' },
} as const;

/** Props of the playground. */
export interface DecoderPlaygroundProps {
  /** The HTTP status, or `none` for a request that got no response. */
  status: string;
  /** Response headers, one `name: value` a line. */
  headers: string;
  /** The response body as sent. */
  body: string;
}

function parseHeaders(text: string): Headers {
  const headers = new Headers();
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    try {
      if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
    } catch {
      // A header name the browser refuses is skipped, as a server's would be.
    }
  }
  return headers;
}

async function decodeInputs({
  status,
  headers,
  body,
}: DecoderPlaygroundProps): Promise<PermutiveErrorModel> {
  const code = Number(status);
  if (!Number.isInteger(code) || code < 200 || code > 599) {
    return decodePermutiveError(new TypeError('Failed to fetch'));
  }
  return readPermutiveError(
    new Response(code === 204 ? null : body, { status: code, headers: parseHeaders(headers) }),
  );
}

// How long typing must pause before the banner shows (and announces) what was decoded.
const SETTLE_MS = 600;

/** `value` once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Pick or paste a status, headers and body, and see the decoded model and its copy. */
export function DecoderPlayground(props: DecoderPlaygroundProps) {
  const id = useId();
  const [inputs, setInputs] = useState(props);
  const [model, setModel] = useState<PermutiveErrorModel | null>(null);
  useEffect(() => setInputs(props), [props]);
  useEffect(() => {
    let live = true;
    decodeInputs(inputs).then((decoded) => live && setModel(decoded));
    return () => {
      live = false;
    };
  }, [inputs]);
  const set = (key: keyof DecoderPlaygroundProps) => (event: { target: { value: string } }) =>
    setInputs((current) => ({ ...current, [key]: event.target.value }));
  const copy = model && describePermutiveError(model);
  const settled = useSettled(model, SETTLE_MS);

  return (
    <main className="playground">
      <h1>Decoder playground</h1>
      <section aria-labelledby={`${id}-in`}>
        <h2 id={`${id}-in`}>Response</h2>
        <fieldset>
          <legend>Presets</legend>
          {Object.entries(PRESETS).map(([name, preset]) => (
            <button key={name} type="button" onClick={() => setInputs({ ...preset })}>
              {name}
            </button>
          ))}
        </fieldset>
        <label htmlFor={`${id}-status`}>Status</label>
        <input
          id={`${id}-status`}
          value={inputs.status}
          onChange={set('status')}
          placeholder="401, or none"
        />
        <label htmlFor={`${id}-headers`}>Headers</label>
        <textarea id={`${id}-headers`} rows={3} value={inputs.headers} onChange={set('headers')} />
        <label htmlFor={`${id}-body`}>Body</label>
        <textarea id={`${id}-body`} rows={10} value={inputs.body} onChange={set('body')} />
      </section>
      {/* Not a live region: the model changes on every keystroke. The banner below announces
          what was decoded, once, when typing pauses. */}
      <section aria-labelledby={`${id}-out`}>
        <h2 id={`${id}-out`}>Result</h2>
        <h3>Banner</h3>
        {settled && (
          <ErrorBanner error={settled} onRetry={() => {}} onDismiss={() => {}} headingLevel={4} />
        )}
        <h3>Decoded model</h3>
        {model && (
          <dl aria-label="Decoded model">
            {FIELDS.map((field) => (
              <div key={field}>
                <dt>{field}</dt>
                <dd>{JSON.stringify(model[field])}</dd>
              </div>
            ))}
          </dl>
        )}
        <h3>Catalogue copy</h3>
        {copy && (
          <dl aria-label="Catalogue copy">
            <dt>title</dt>
            <dd>{copy.title}</dd>
            <dt>description</dt>
            <dd>{copy.description}</dd>
            <dt>action</dt>
            <dd>{copy.action}</dd>
          </dl>
        )}
      </section>
    </main>
  );
}
