import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { Fragment, type ReactNode } from 'react';
import { createMemoryRouter, NavLink, Outlet, RouterProvider, useLocation } from 'react-router';
import { describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { PermutiveErrorBoundary, permutiveFetch, permutiveQueryDefaults } from '../../src/index.js';
import '../../src/styles.css';

const TITLE = 'The service is temporarily unavailable';
const server = inject('serverUrl');
// The real fault server (test/support/browser-server.ts): the first `fail` answers for an id are
// 503s with the request id `<id>-<n>`, then a cohort named Sports fans.
const flaky = (id: string, fail: number) => `${server}/flaky?id=${id}&fail=${fail}&delay=100`;
const hits = async (id: string) => (await fetch(`${server}/hits?id=${id}`)).json();

function Data({ title, url }: { title: string; url: string }) {
  const query = useQuery({
    queryKey: [title, url],
    queryFn: ({ signal }) => permutiveFetch<{ name: string }>(url, { signal }),
  });
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <p>{query.data ? query.data.name : 'Loading…'}</p>
    </section>
  );
}

// Two components, as two pages of an app would be: React Router renders each route's element in
// the same place, and one component for both would keep its query observer from page to page.
const Cohorts = ({ url }: { url: string }) => <Data title="Cohorts" url={url} />;
const Segments = ({ url }: { url: string }) => <Data title="Segments" url={url} />;

// Where the boundary is: around the layout's <Outlet />; around each route's element (React
// reconciles one route's element into the next, so that boundary stays from page to page too);
// or inside each page's own component, with which it unmounts.
type Placement = 'the layout' | 'each route element' | 'each page component';

function app(placement: Placement, keyed: boolean, ids: { cohorts: string; segments: string }) {
  function Guard({ children }: { children: ReactNode }) {
    const { pathname } = useLocation();
    return (
      <PermutiveErrorBoundary resetKeys={keyed ? [pathname] : undefined}>
        {children}
      </PermutiveErrorBoundary>
    );
  }
  type Wrapper = (props: { children: ReactNode }) => ReactNode;
  const Page = ({ children }: { children: ReactNode }) => <Guard>{children}</Guard>;
  const Other = ({ children }: { children: ReactNode }) => <Guard>{children}</Guard>;
  const pages: Record<Placement, [Wrapper, Wrapper]> = {
    'the layout': [Fragment, Fragment],
    'each route element': [Guard, Guard],
    'each page component': [Page, Other],
  };
  const [First, Second] = pages[placement];
  function Layout() {
    const outlet = <Outlet />;
    return (
      <>
        <nav>
          <NavLink to="/cohorts">Cohorts</NavLink> <NavLink to="/segments">Segments</NavLink>
        </nav>
        {placement === 'the layout' ? <Guard>{outlet}</Guard> : outlet}
      </>
    );
  }
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          {
            path: 'cohorts',
            element: (
              <First>
                <Cohorts url={flaky(ids.cohorts, 1)} />
              </First>
            ),
          },
          {
            path: 'segments',
            element: (
              <Second>
                <Segments url={flaky(ids.segments, 0)} />
              </Second>
            ),
          },
        ],
      },
    ],
    { initialEntries: ['/cohorts'] },
  );
  const client = new QueryClient({
    defaultOptions: permutiveQueryDefaults({ maxRetries: 0, throwOnError: 'retryable' }),
  });
  return (
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

const unique = (name: string) => `${name}${Math.random().toString(36).slice(2, 7)}`;

async function failOnCohorts(placement: Placement, keyed: boolean) {
  const ids = { cohorts: unique('cohorts'), segments: unique('segments') };
  render(app(placement, keyed, ids));
  const banner = await screen.findByRole('group', { name: TITLE }, { timeout: 5000 });
  expect(banner).toHaveTextContent(`${ids.cohorts}-1`);
  expect(screen.queryByRole('heading', { name: 'Cohorts' })).toBeNull();
  return ids;
}

describe.each<Placement>(['the layout', 'each route element'])(
  'a boundary in %s, keyed on the path, on navigation',
  (placement) => {
    it('gives way to the next page, and fetches the failed page again on the way back', async () => {
      const ids = await failOnCohorts(placement, true);

      await userEvent.click(screen.getByRole('link', { name: 'Segments' }));
      const segments = await screen.findByRole('region', { name: 'Segments' });
      expect(await within(segments).findByText('Sports fans')).toBeInTheDocument();
      expect(screen.queryByRole('group', { name: TITLE })).toBeNull();

      await userEvent.click(screen.getByRole('link', { name: 'Cohorts' }));
      const cohorts = await screen.findByRole('region', { name: 'Cohorts' });
      expect(await within(cohorts).findByText('Sports fans', {}, { timeout: 5000 })).toBeVisible();
      expect(screen.queryByRole('group', { name: TITLE })).toBeNull();
      // The failed request, and one more on the way back: not the cached failure thrown again.
      expect(await hits(ids.cohorts)).toBe(2);
      expect(await hits(ids.segments)).toBe(1);
    });
  },
);

describe.each<Placement>(['the layout', 'each route element'])(
  'a boundary in %s without resetKeys',
  (placement) => {
    it('keeps the banner of the page left behind', async () => {
      await failOnCohorts(placement, false);
      const link = screen.getByRole('link', { name: 'Segments' });
      await userEvent.click(link);
      await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
      expect(screen.getByRole('group', { name: TITLE })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Segments' })).toBeNull();
    });
  },
);

describe('a boundary in each page component', () => {
  it('unmounts with its page, and a new one shows the cached failure on the way back', async () => {
    const ids = await failOnCohorts('each page component', false);
    await userEvent.click(screen.getByRole('link', { name: 'Segments' }));
    expect(await screen.findByText('Sports fans')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: TITLE })).toBeNull();

    await userEvent.click(screen.getByRole('link', { name: 'Cohorts' }));
    const banner = await screen.findByRole('group', { name: TITLE });
    expect(banner).toHaveTextContent(`${ids.cohorts}-1`);
    expect(await hits(ids.cohorts)).toBe(1);
    await userEvent.click(within(banner).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Sports fans', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await hits(ids.cohorts)).toBe(2);
  });
});
