import * as Sentry from '@sentry/browser';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { permutiveErrorCaches } from '../../src/index.js';
import { SECRETS, startApi } from './failures.js';
import { reportToSentry } from './recipes.js';

// The real SDK's pipeline (scope, event processors, envelope serialisation) with a transport that
// keeps each envelope as the SDK would send it, instead of posting it to sentry.io.
const sent: string[] = [];
const recordingTransport = (options: Parameters<typeof Sentry.createTransport>[0]) =>
  Sentry.createTransport(options, async (request) => {
    sent.push(
      typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body),
    );
    return { statusCode: 200 };
  });

// An envelope is a header line, then an item header and its payload per item.
const events = () =>
  sent.map((envelope) => JSON.parse(envelope.split('\n')[2] ?? 'null') as Sentry.ErrorEvent);

let api: Awaited<ReturnType<typeof startApi>>;
beforeAll(async () => {
  api = await startApi();
  Sentry.init({
    dsn: 'https://public@o0.ingest.sentry.io/1',
    transport: recordingTransport,
    defaultIntegrations: false,
  });
});
afterAll(async () => {
  await Sentry.close();
  await api.close();
});
beforeEach(() => {
  sent.length = 0;
});

describe('reportToSentry with the real @sentry/browser', () => {
  it('sends an event with kind, status, subcode and request id as tags, and no secret', async () => {
    reportToSentry(await api.loadWithAxios('/v2/cohorts'));
    await Sentry.flush(2000);

    expect(sent).toHaveLength(1);
    const [event] = events();
    expect(event?.level).toBe('error');
    expect(event?.message).toBe(
      'Permutive API unauthorized 401/2000: The API key provided is invalid: GET /v2/cohorts?api_key=[redacted]',
    );
    expect(event?.tags).toEqual({
      'permutive.kind': 'unauthorized',
      'permutive.status': '401',
      'permutive.subcode': '2000',
      'permutive.request_id': 'req-1',
    });
    expect(event?.fingerprint).toEqual(['permutive', 'unauthorized', '401', '2000']);
    for (const secret of SECRETS) expect(sent[0]).not.toContain(secret);
  });

  it('groups failures by status and subcode, not by where they were thrown', async () => {
    const fromAxios = await api.loadWithAxios('/v2/cohorts');
    const fromFetch = await api.loadWithFetch('/v2/segments');
    const otherSubcode = await api.loadWithFetch('/v2/imports');
    expect((fromAxios as Error).stack).not.toBe((fromFetch as Error).stack);
    for (const error of [fromAxios, fromFetch, otherSubcode]) reportToSentry(error);
    await Sentry.flush(2000);

    const [first, second, third] = events();
    expect(first?.fingerprint).toEqual(['permutive', 'unauthorized', '401', '2000']);
    expect(second?.fingerprint).toEqual(['permutive', 'unauthorized', '401', '2000']);
    expect(third?.fingerprint).toEqual(['permutive', 'unauthorized', '401', '2005']);
    expect([first?.tags?.['permutive.request_id'], second?.tags?.['permutive.request_id']]).toEqual(
      ['req-2', 'req-3'],
    );
    for (const envelope of sent)
      for (const secret of SECRETS) expect(envelope).not.toContain(secret);
  });

  it('sends nothing for an abort', async () => {
    const controller = new AbortController();
    controller.abort();
    reportToSentry(await api.loadWithAxios('/v2/cohorts', controller.signal));
    // A failure after it shows the transport works: only that one arrives.
    reportToSentry(await api.loadWithFetch('/v2/imports'));
    await Sentry.flush(2000);

    expect(events().map((event) => event.tags?.['permutive.subcode'])).toEqual(['2005']);
  });

  it("through permutiveErrorCaches' log: one event per failed query after its retries, each id kept", async () => {
    const client = new QueryClient({
      ...permutiveErrorCaches({ log: (model) => reportToSentry(model) }),
      defaultOptions: { queries: { retry: 2, retryDelay: 0 } },
    });
    for (const path of ['/v2/cohorts', '/v2/segments', '/v2/imports'])
      await client.prefetchQuery({
        queryKey: [path],
        queryFn: async () => {
          throw await api.loadWithFetch(path);
        },
      });
    await Sentry.flush(2000);

    // Three attempts per query (req-6 to req-14); one event each, with its last attempt's id,
    // the two 401/2000s within onError's dedupe window included.
    expect(
      events().map((event) => [
        event.tags?.['permutive.subcode'],
        event.tags?.['permutive.request_id'],
      ]),
    ).toEqual([
      ['2000', 'req-8'],
      ['2000', 'req-11'],
      ['2005', 'req-14'],
    ]);
  });
});
