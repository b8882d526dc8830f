import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { createMemoryRouter, NavLink, Outlet, RouterProvider, useLocation } from 'react-router';
import { expect, fn, userEvent } from 'storybook/test';
import {
  PermutiveError,
  PermutiveErrorBoundary,
  type PermutiveErrorBoundaryProps,
  type PermutiveFallbackProps,
} from '../src/index.js';
import { ERRORS } from './fixtures.js';

// What the guarded part of the page does: fail until the boundary resets, then load.
const part = { failing: true };
const reset = () => {
  part.failing = false;
};

function Cohorts() {
  if (part.failing) throw new PermutiveError(ERRORS['500 Internal Server Error']);
  return <p>Cohorts loaded: Sports fans, Frequent travellers.</p>;
}

/**
 * An error boundary for a region of the page. Its fallback is the `ErrorBanner` by default, or
 * an element, a component or a function of `{ error, model, resetErrorBoundary }`. Try again
 * resets the boundary, and TanStack Query fetches the failed queries below it again.
 */
const meta = {
  title: 'Query/PermutiveErrorBoundary',
  component: PermutiveErrorBoundary,
  args: { children: <Cohorts />, onReset: reset, onError: fn() },
  argTypes: { children: { control: false } },
  beforeEach() {
    part.failing = true;
  },
} satisfies Meta<typeof PermutiveErrorBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Without a fallback prop: the banner, whose Try again resets the boundary. */
export const DefaultBanner: Story = {
  play: async ({ canvas, args }) => {
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('heading', { level: 2 })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /try again/i }));
    await expect(await canvas.findByText(/Cohorts loaded/)).toBeVisible();
  },
};

/** `bannerProps` adjusts the default banner: here inline, under a level-3 heading. */
export const BannerProps: Story = {
  args: { bannerProps: { variant: 'inline', headingLevel: 3 } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 3 })).toBeVisible();
  },
};

/** `fallback`: a fixed element. It cannot retry, so say what to do instead. */
export const FallbackElement: Story = {
  args: {
    fallback: <p role="alert">Cohorts are unavailable. Reload the page to try again.</p>,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Cohorts are unavailable.');
  },
};

function CohortsFallback({ model, resetErrorBoundary }: PermutiveFallbackProps) {
  return (
    <div role="alert">
      <p>
        Cohorts could not load (error {model.status}, request {model.requestId}).
      </p>
      <button type="button" onClick={resetErrorBoundary}>
        Load cohorts again
      </button>
    </div>
  );
}

/** `FallbackComponent`: a component of your own, given the decoded model. */
export const FallbackComponent: Story = {
  args: { FallbackComponent: CohortsFallback },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('error 500');
    await userEvent.click(canvas.getByRole('button', { name: 'Load cohorts again' }));
    await expect(await canvas.findByText(/Cohorts loaded/)).toBeVisible();
  },
};

/** `fallbackRender`: a function of the same props, for a one-off. */
export const FallbackRender: Story = {
  args: {
    fallbackRender: ({ model, resetErrorBoundary }) => (
      <p role="alert">
        {model.kind === 'server' ? 'Our service is struggling.' : 'Something failed.'}{' '}
        <button type="button" onClick={resetErrorBoundary}>
          Retry
        </button>
      </p>
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('Our service is struggling.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByText(/Cohorts loaded/)).toBeVisible();
  },
};

function Audiences(props: PermutiveErrorBoundaryProps) {
  const { pathname } = useLocation();
  return (
    <>
      <nav>
        <NavLink to="/cohorts">Cohorts</NavLink> <NavLink to="/segments">Segments</NavLink>
      </nav>
      <PermutiveErrorBoundary {...props} resetKeys={[pathname]}>
        <Outlet />
      </PermutiveErrorBoundary>
    </>
  );
}

function Router(props: PermutiveErrorBoundaryProps) {
  const [router] = useState(() =>
    createMemoryRouter(
      [
        {
          element: <Audiences {...props} />,
          children: [
            { path: 'cohorts', element: <Cohorts /> },
            { path: 'segments', element: <p>Segments loaded: Sports fans.</p> },
          ],
        },
      ],
      { initialEntries: ['/cohorts'] },
    ),
  );
  return <RouterProvider router={router} />;
}

/**
 * Reset on navigation: a boundary in a layout, keyed on the path (`resetKeys={[pathname]}`, from
 * React Router's `useLocation()` or Next.js's `usePathname()`). A link to another page takes the
 * banner away; failed queries fetch again on the way back.
 */
export const ResetOnNavigation: Story = {
  render: (args) => <Router {...args} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2 })).toBeVisible();
    // The boundary resets (its onReset lets the page load) as the link leaves the page.
    await userEvent.click(canvas.getByRole('link', { name: 'Segments' }));
    await expect(await canvas.findByText(/Segments loaded/)).toBeVisible();
    await expect(canvas.queryByRole('heading', { level: 2 })).toBeNull();
    await userEvent.click(canvas.getByRole('link', { name: 'Cohorts' }));
    await expect(await canvas.findByText(/Cohorts loaded/)).toBeVisible();
  },
};
