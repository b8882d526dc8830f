import { MutationObserver, type Query, QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createModel,
  PermutiveError,
  type PermutiveErrorCachesOptions,
  type PermutiveErrorModel,
  permutiveErrorCaches,
  permutiveFetch,
} from '../../src/index.js';
import { fr } from '../../src/messages/fr.js';
import { startServer, type TestServer } from '../support/server.js';

// A 401 with the subcode the request asks for, as an API answers a page whose key was revoked.
let server: TestServer;
let answered = 0;
beforeAll(async () => {
  server = await startServer({
    '/401': (req, res) => {
      answered += 1;
      const code = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('code'));
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          request_id: `req-${answered}`,
          error: { status: 'Unauthorized', code, message: 'Not signed in.' },
        }),
      );
    },
  });
});
afterAll(() => server.close());

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const firstLoad = { state: { data: undefined } } as unknown as Query<unknown, unknown, unknown>;
// What query functions throw: the kit's error, carrying its model.
const thrown = (...args: Parameters<typeof createModel>) =>
  new PermutiveError(createModel(...args));
const unauthorized = thrown('unauthorized', { status: 401, code: 2000 });

describe('permutiveErrorCaches', () => {
  it('still calls onUnauthorized, and reports the next failure, when onError throws', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const broken = new Error('toast library not loaded');
    const onError = vi.fn((model: PermutiveErrorModel) => {
      if (model.kind === 'unauthorized') throw broken;
    });
    const onUnauthorized = vi.fn();
    const { queryCache } = permutiveErrorCaches({ onError, onUnauthorized });
    expect(() => queryCache.config.onError?.(unauthorized, firstLoad)).not.toThrow();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized.mock.calls[0]?.[0]).toBe(unauthorized.model);
    expect(reportError).toHaveBeenCalledWith(broken);

    const server = thrown('server', { status: 503 });
    queryCache.config.onError?.(server, firstLoad);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[1]?.[0]).toBe(server.model);
  });

  it("never replaces a query's own error with the handler's", async () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const broken = new Error('logger down');
    const client = new QueryClient(
      permutiveErrorCaches({
        onError: () => {
          throw broken;
        },
      }),
    );
    const failure = thrown('server', { status: 500 });
    const result = await client
      .fetchQuery({ queryKey: ['x'], queryFn: () => Promise.reject(failure), retry: false })
      .catch((error: unknown) => error);
    expect(result).toBe(failure);
    expect(client.getQueryState(['x'])?.error).toBe(failure);
    expect(reportError).toHaveBeenCalledWith(broken);
  });

  it('forgets a failure once its window has passed, among thousands of others', () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    const onError = vi.fn();
    const { queryCache } = permutiveErrorCaches({ onError, dedupeMs: 1000 });
    const report = (code: number) =>
      queryCache.config.onError?.(thrown('bad-request', { status: 400, code }), firstLoad);
    report(1000);
    for (let code = 1001; code < 11_000; code += 1) {
      vi.advanceTimersByTime(250);
      report(code);
    }
    expect(onError).toHaveBeenCalledTimes(10_000);
    // The first failure again, long after its window: reported again, not taken for a repeat.
    report(1000);
    expect(onError).toHaveBeenCalledTimes(10_001);
    expect(onError.mock.lastCall?.[0]).toMatchObject({ status: 400, code: 1000 });
  });

  it('gathers repeats within the window of the last into one notice, counting them', () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    const onError = vi.fn();
    const { queryCache } = permutiveErrorCaches({ onError, dedupeMs: 1000 });
    const report = () => queryCache.config.onError?.(unauthorized, firstLoad);
    const notices = () => onError.mock.calls.map((call) => [call[3].id, call[3].count]);
    report();
    vi.advanceTimersByTime(999);
    report();
    vi.advanceTimersByTime(999);
    report();
    expect(notices()).toEqual([
      ['permutive-unauthorized-401-2000', 1],
      ['permutive-unauthorized-401-2000', 2],
      ['permutive-unauthorized-401-2000', 3],
    ]);
    // A whole window of quiet: the next one begins again from one, under the same id.
    vi.advanceTimersByTime(1000);
    report();
    expect(notices().at(-1)).toEqual(['permutive-unauthorized-401-2000', 1]);
  });

  it('a clock set back (a time sync) ends the window rather than holding it for the hour', () => {
    vi.useFakeTimers({ now: 10 * 60 * 60 * 1000, toFake: ['Date'] });
    const onError = vi.fn();
    const onUnauthorized = vi.fn();
    const { queryCache } = permutiveErrorCaches({ onError, onUnauthorized, dedupeMs: 1000 });
    const report = () => queryCache.config.onError?.(unauthorized, firstLoad);
    report();
    vi.setSystemTime(Date.now() - 60 * 60 * 1000);
    vi.advanceTimersByTime(5000);
    report();
    expect(onError.mock.calls.map((call) => call[3].count)).toEqual([1, 1]);
    expect(onUnauthorized).toHaveBeenCalledTimes(2);
  });

  it("gives onError the copy in the app's language, English by default", () => {
    const english = vi.fn();
    permutiveErrorCaches({ onError: english }).queryCache.config.onError?.(unauthorized, firstLoad);
    expect(english.mock.calls[0]?.[2]).toEqual({
      title: 'Access to the service was refused',
      description: 'The API key this app uses may have been mistyped, revoked or replaced.',
      action: "Sign in again. If that doesn't help, ask your admin to check the app's API key.",
    });
    const french = vi.fn();
    permutiveErrorCaches({ onError: french, messages: fr }).queryCache.config.onError?.(
      unauthorized,
      firstLoad,
    );
    expect(french.mock.calls[0]?.[2]).toEqual({
      title: 'L’accès au service a été refusé',
      description:
        'La clé API de cette application a peut-être été mal saisie, révoquée ou remplacée.',
      action:
        'Reconnectez-vous. Si cela ne suffit pas, demandez à votre administrateur de vérifier la clé API de l’application.',
    });
  });

  it('follows a language switch when messages is a function', () => {
    let language: 'en' | 'fr' = 'en';
    const onError = vi.fn();
    const { queryCache, mutationCache } = permutiveErrorCaches({
      onError,
      messages: () => (language === 'fr' ? fr : undefined),
    });
    queryCache.config.onError?.(thrown('server', { status: 503 }), firstLoad);
    language = 'fr';
    const mutation = { options: {} } as Parameters<
      NonNullable<typeof mutationCache.config.onError>
    >[3];
    mutationCache.config.onError?.(thrown('network'), undefined, undefined, mutation, {
      client: new QueryClient(),
      meta: undefined,
    });
    expect(onError.mock.calls.map((call) => call[2].title)).toEqual([
      'The service is temporarily unavailable',
      'Impossible de joindre le service',
    ]);
  });

  it('a messages function that throws leaves the copy English and reports its error', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const broken = new Error('locale not loaded');
    const onError = vi.fn();
    const { queryCache } = permutiveErrorCaches({
      onError,
      messages: () => {
        throw broken;
      },
    });
    queryCache.config.onError?.(unauthorized, firstLoad);
    expect(onError.mock.calls[0]?.[2].title).toBe('Access to the service was refused');
    expect(reportError).toHaveBeenCalledWith(broken);
  });

  it('logs every failure, repeats included, while notices count their repeats', () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    const log = vi.fn();
    const onError = vi.fn();
    const onUnauthorized = vi.fn();
    const { queryCache } = permutiveErrorCaches({ log, onError, onUnauthorized });
    const server = thrown('server', { status: 503 });
    for (const error of [unauthorized, unauthorized, server, unauthorized, server]) {
      queryCache.config.onError?.(error, firstLoad);
      vi.advanceTimersByTime(100);
    }
    queryCache.config.onError?.(thrown('aborted'), firstLoad);
    expect(log.mock.calls.map(([model]) => model.kind)).toEqual([
      'unauthorized',
      'unauthorized',
      'server',
      'unauthorized',
      'server',
    ]);
    expect(log.mock.calls[0]?.[1]).toEqual({ query: firstLoad, background: false });
    expect(onError.mock.calls.map(([model, , , { count }]) => `${model.kind} ${count}`)).toEqual([
      'unauthorized 1',
      'unauthorized 2',
      'server 1',
      'unauthorized 3',
      'server 2',
    ]);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('a log callback that throws stops neither the notice nor onUnauthorized', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const broken = new Error('log sink down');
    const onError = vi.fn();
    const onUnauthorized = vi.fn();
    const { queryCache } = permutiveErrorCaches({
      log: () => {
        throw broken;
      },
      onError,
      onUnauthorized,
    });
    expect(() => queryCache.config.onError?.(unauthorized, firstLoad)).not.toThrow();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(reportError).toHaveBeenCalledWith(broken);
  });
});

describe('permutiveErrorCaches with a real QueryClient against a real server', () => {
  // Several queries of a page fail together with 401s of different subcodes.
  const burst = (client: QueryClient, codes: number[], round: string) =>
    Promise.all(
      codes.map((code, i) =>
        client
          .fetchQuery({
            queryKey: [round, i],
            queryFn: ({ signal }) => permutiveFetch(server.url(`/401?code=${code}`), { signal }),
            retry: false,
          })
          .catch(() => {}),
      ),
    );

  it('calls onUnauthorized once per burst of 401s, whatever their subcodes', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    answered = 0;
    const onUnauthorized = vi.fn();
    const client = new QueryClient(permutiveErrorCaches({ onUnauthorized }));
    await burst(client, [2000, 2001, 2004, 2005, 2000], 'first');
    expect(answered).toBe(5);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized.mock.calls[0]?.[0]).toMatchObject({ kind: 'unauthorized', status: 401 });

    // Still the same burst 1.9 s on; the next one, 2 s after the first call, signs in again.
    vi.advanceTimersByTime(1900);
    await burst(client, [2004], 'late');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    await burst(client, [2005, 2000], 'next');
    expect(onUnauthorized).toHaveBeenCalledTimes(2);
  });
});

describe('permutiveErrorCaches notices', () => {
  const unavailable = thrown('server', { status: 503 });

  it("leaves a mutation's failure to its own onError, and logs it still", async () => {
    const log = vi.fn();
    const onError = vi.fn();
    const onUnauthorized = vi.fn();
    const client = new QueryClient(permutiveErrorCaches({ log, onError, onUnauthorized }));
    const own = vi.fn();
    await new MutationObserver(client, {
      mutationFn: () => Promise.reject(unauthorized),
      onError: own,
    })
      .mutate(undefined)
      .catch(() => {});
    expect(own).toHaveBeenCalledTimes(1);
    expect(onError).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    // Signed out all the same.
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    await new MutationObserver(client, { mutationFn: () => Promise.reject(unavailable) })
      .mutate(undefined)
      .catch(() => {});
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'server', status: 503 });
  });

  it('says nothing through the live region unless onError says it showed the notice', async () => {
    vi.useFakeTimers();
    const region = () => document.querySelector('[data-permutive-announcer="polite"]');
    const quiet = permutiveErrorCaches({ onError: () => undefined }).queryCache;
    quiet.config.onError?.(unavailable, firstLoad);
    await vi.advanceTimersByTimeAsync(100);
    expect(region()?.textContent ?? '').toBe('');

    const shown = permutiveErrorCaches({ onError: (_m, _s, _c, { id }) => id }).queryCache;
    for (let i = 0; i < 3; i += 1) shown.config.onError?.(unavailable, firstLoad);
    await vi.advanceTimersByTimeAsync(100);
    expect(region()?.textContent).toBe('The service is temporarily unavailable');
    // Out of the region once it has been said, so that no stale text stays to be found.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(region()?.textContent).toBe('');
  });

  it('Try again refetches every query of the group, and counts afresh after it', async () => {
    answered = 0;
    const onError = vi.fn();
    const client = new QueryClient(permutiveErrorCaches({ onError }));
    const failing = (key: string) =>
      client
        .fetchQuery({
          queryKey: [key],
          queryFn: ({ signal }) => permutiveFetch(server.url('/401?code=2000'), { signal }),
          retry: false,
        })
        .catch(() => {});
    await failing('a');
    await failing('b');
    expect(answered).toBe(2);
    const notice = onError.mock.calls[1]?.[3];
    expect(notice?.count).toBe(2);
    await notice?.retry();
    expect(answered).toBe(4);
    expect(onError.mock.calls.slice(2).map((call) => call[3].count)).toEqual([1, 2]);
  });

  // A write that fails with a 503, then succeeds once `fail` is cleared: the server's answer.
  const writer = (client: QueryClient, extra: { onSuccess?: () => void } = {}) => {
    const state = { writes: 0, fail: true };
    const mutationFn = async (variables: unknown) => {
      state.writes += 1;
      if (state.fail) throw unavailable;
      return variables;
    };
    const build = () => client.getMutationCache().build(client, { mutationFn, ...extra });
    return { state, build };
  };
  const noticed = () => {
    const onError = vi.fn<NonNullable<PermutiveErrorCachesOptions['onError']>>(
      (_model, _source, _copy, { id }) => id,
    );
    return { onError, client: new QueryClient(permutiveErrorCaches({ onError })) };
  };

  it('Try again does not re-send a write that a later one with the same variables made', async () => {
    const { onError, client } = noticed();
    const { state, build } = writer(client);
    await build()
      .execute({ name: 'A' })
      .catch(() => {});
    state.fail = false;
    await build().execute({ name: 'A' });
    expect(state.writes).toBe(2);
    await onError.mock.lastCall?.[3].retry();
    expect(state.writes).toBe(2);
  });

  it('Try again pressed twice re-sends a failed write once', async () => {
    const { onError, client } = noticed();
    const { state, build } = writer(client);
    await build()
      .execute({ name: 'B' })
      .catch(() => {});
    state.fail = false;
    const retry = onError.mock.lastCall?.[3].retry;
    await Promise.all([retry?.(), retry?.()]);
    expect(state.writes).toBe(2);
    // And once more later: the group was emptied by the first.
    await retry?.();
    expect(state.writes).toBe(2);
  });

  it('Try again does not replay a write cleared from the cache (a sign-out)', async () => {
    const onSuccess = vi.fn();
    for (const signOut of [
      (client: QueryClient) => client.getMutationCache().clear(),
      (client: QueryClient) => client.clear(),
    ]) {
      const { onError, client } = noticed();
      const { state, build } = writer(client, { onSuccess });
      await build()
        .execute({ name: 'C' })
        .catch(() => {});
      signOut(client);
      state.fail = false;
      await onError.mock.lastCall?.[3].retry();
      expect(state.writes).toBe(1);
    }
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('Try again does not fetch a query removed from the cache', async () => {
    let fetches = 0;
    for (const remove of [
      (client: QueryClient) => client.removeQueries({ queryKey: ['gone'] }),
      (client: QueryClient) => client.clear(),
    ]) {
      const { onError, client } = noticed();
      const queryFn = async () => {
        fetches += 1;
        throw unavailable;
      };
      await client.fetchQuery({ queryKey: ['gone'], queryFn, retry: false }).catch(() => {});
      remove(client);
      await onError.mock.lastCall?.[3].retry();
    }
    expect(fetches).toBe(2);
  });

  it('a failure after the window joins a notice whose requests are still failed', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    const { onError, client } = noticed();
    const fetched: Record<string, number> = { p1: 0, p2: 0 };
    let down = true;
    const fetch = (name: string) =>
      client
        .fetchQuery({
          queryKey: [name],
          queryFn: async () => {
            fetched[name] = (fetched[name] ?? 0) + 1;
            if (down) throw unavailable;
            return name;
          },
          retry: false,
        })
        .catch(() => {});
    // Said again when it comes after a quiet window: the toast may have been closed since.
    const said: string[] = [];
    const watch = new globalThis.MutationObserver(() => {
      const text = document.querySelector('[data-permutive-announcer="polite"]')?.textContent;
      if (text) said.push(text);
    });
    watch.observe(document.body, { subtree: true, childList: true });
    await fetch('p1');
    await vi.waitFor(() => expect(said).toHaveLength(1));
    vi.advanceTimersByTime(5000);
    await fetch('p2');
    expect(onError.mock.calls.map((call) => [call[3].id, call[3].count])).toEqual([
      ['permutive-server-503-null', 1],
      ['permutive-server-503-null', 2],
    ]);
    await vi.waitFor(() => expect(said).toHaveLength(2));
    expect(said).toEqual([
      'The service is temporarily unavailable',
      'The service is temporarily unavailable',
    ]);
    down = false;
    await onError.mock.lastCall?.[3].retry();
    expect(fetched).toEqual({ p1: 2, p2: 2 });

    // Once its requests have recovered, a failure after the window starts a new notice.
    down = true;
    await fetch('p3');
    down = false;
    await fetch('p3');
    down = true;
    vi.advanceTimersByTime(5000);
    await fetch('p4');
    expect(onError.mock.calls.slice(2).map((call) => call[3].count)).toEqual([1, 1]);
    // p4's new notice is said (p3's came in the same second as p2's words: said once).
    await vi.waitFor(() => expect(said).toHaveLength(3));
    watch.disconnect();
  });

  it('hands onError the UI strings in the language of messages, with their plural rules', () => {
    const english = vi.fn();
    const french = vi.fn();
    permutiveErrorCaches({ onError: english }).queryCache.config.onError?.(unavailable, firstLoad);
    permutiveErrorCaches({ onError: french, messages: fr }).queryCache.config.onError?.(
      unavailable,
      firstLoad,
    );
    const en = english.mock.calls[0]?.[3].ui;
    const frUi = french.mock.calls[0]?.[3].ui;
    expect([0, 1, 2, 3].map((n) => en.requestsFailed(n))).toEqual([
      '0 requests failed',
      '1 request failed',
      '2 requests failed',
      '3 requests failed',
    ]);
    expect([0, 1, 2, 3].map((n) => frUi.requestsFailed(n))).toEqual([
      '0\u00a0requête a échoué',
      '1\u00a0requête a échoué',
      '2\u00a0requêtes ont échoué',
      '3\u00a0requêtes ont échoué',
    ]);
    expect([en.retry, frUi.retry]).toEqual(['Try again', 'Réessayer']);
  });
});
