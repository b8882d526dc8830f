import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import ky1 from 'ky1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ErrorBanner,
  type PermutiveErrorState,
  permutiveQueryDefaults,
  usePermutiveError,
} from '../../src/index.js';
import { ENVELOPE_401, startServer, type TestServer } from '../support/server.js';

// The contract's 401 envelope with the request id only in the body, as a real server may send it.
let reads = 0;
let server: TestServer;
beforeAll(async () => {
  server = await startServer({
    '/ky-401': (_req, res) => {
      reads += 1;
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ...ENVELOPE_401, request_id: 'req-ky1-401' }));
    },
  });
});
afterAll(() => server.close());

// ky 1 throws an HTTPError whose response body nobody has read.
const kyError = () =>
  ky1
    .get(server.url('/ky-401'), { retry: 0 })
    .json()
    .then(
      () => {
        throw new Error('expected a 401');
      },
      (error: unknown) => error,
    );

describe("ky 1's HTTPError, passed as it is", () => {
  it('ErrorBanner shows the whole envelope once its body is read', async () => {
    const error = await kyError();
    render(
      <>
        <ErrorBanner error={error} />
        <ErrorBanner error={error} variant="inline" />
      </>,
    );
    const [page] = await screen.findAllByRole('group', {
      name: 'Access to the service was refused',
    });
    await within(page as HTMLElement).findByText('req-ky1-401');
    expect(page).toHaveTextContent('This key does not exist.');
    expect(within(page as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      'https://developer.permutive.com/docs/errors/401/2000',
    );
    expect(screen.getAllByRole('group')).toHaveLength(2);
    expect((error as { response: Response }).response.bodyUsed).toBe(true);
  });

  it("usePermutiveError's error and banner carry the envelope", async () => {
    let state: PermutiveErrorState | undefined;
    function Cohorts() {
      const query = useQuery({
        queryKey: ['ky1'],
        queryFn: () => ky1.get(server.url('/ky-401'), { retry: 0 }).json(),
      });
      state = usePermutiveError(query);
      return state.banner ? <ErrorBanner {...state.banner} /> : <p>Loading</p>;
    }
    reads = 0;
    render(
      <QueryClientProvider
        client={
          new QueryClient({ defaultOptions: permutiveQueryDefaults({ throwOnError: 'none' }) })
        }
      >
        <Cohorts />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(state?.error?.requestId).toBe('req-ky1-401'));
    expect(state?.error).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      code: 2000,
      message: 'The API key provided is invalid.',
      cause: 'This key does not exist.',
      docs: 'https://developer.permutive.com/docs/errors/401/2000',
    });
    expect(
      await screen.findByRole('heading', { name: 'Access to the service was refused' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('req-ky1-401')).toBeInTheDocument();
    expect(reads).toBe(1);
  });
});
