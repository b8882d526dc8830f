import { context, SpanStatusCode } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SECRETS, startApi } from './failures.js';
import { reportToOpenTelemetry } from './recipes.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('reporting-test');
const contextManager = new AsyncLocalStorageContextManager();

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
  // The recipe reads the active span, which needs a context manager (context-zone in browsers).
  context.setGlobalContextManager(contextManager.enable());
});
afterAll(async () => {
  context.disable();
  await provider.shutdown();
  await api.close();
});
beforeEach(() => exporter.reset());

// A call inside an active span, reporting its failure as the app's error handler would.
const traced = (name: string, call: () => Promise<unknown>) =>
  tracer.startActiveSpan(name, async (span) => {
    reportToOpenTelemetry(await call());
    span.end();
  });

// What an exporter would send of a span.
const sentOf = (span: ReadableSpan) =>
  JSON.stringify({
    name: span.name,
    attributes: span.attributes,
    events: span.events,
    status: span.status,
  });

describe('reportToOpenTelemetry with the real OpenTelemetry SDK', () => {
  it('sets the attributes and an exception event on the active span, with no secret', async () => {
    await traced('GET /v2/cohorts', () => api.loadWithAxios('/v2/cohorts'));

    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes).toEqual({
      'permutive.kind': 'unauthorized',
      'error.type': '401',
      'http.response.status_code': 401,
      'permutive.subcode': 2000,
      'permutive.request_id': 'req-1',
    });
    const message =
      'Permutive API unauthorized 401/2000: The API key provided is invalid: GET /v2/cohorts?api_key=[redacted]';
    expect(span?.events.map((event) => [event.name, event.attributes])).toEqual([
      ['exception', { 'exception.type': 'PermutiveError', 'exception.message': message }],
    ]);
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message });
    for (const secret of SECRETS) expect(sentOf(span as ReadableSpan)).not.toContain(secret);
  });

  it('a failure wrapped by the caller, whose own message quotes the key, shows no secret', async () => {
    await traced('GET /v2/imports', () => api.loadWithFetch('/v2/imports'));

    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes['permutive.subcode']).toBe(2005);
    expect(span?.attributes['permutive.request_id']).toBe('req-2');
    for (const secret of SECRETS) expect(sentOf(span as ReadableSpan)).not.toContain(secret);
  });

  it('records nothing for an abort', async () => {
    const controller = new AbortController();
    controller.abort();
    await traced('GET /v2/cohorts', () => api.loadWithAxios('/v2/cohorts', controller.signal));

    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe('GET /v2/cohorts');
    expect(span?.events).toEqual([]);
    expect(span?.attributes).toEqual({});
    expect(span?.status).toEqual({ code: SpanStatusCode.UNSET });
  });
});
