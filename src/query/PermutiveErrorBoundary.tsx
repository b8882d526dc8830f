import {
  notifyManager,
  type QueryClient,
  QueryClientContext,
  QueryErrorResetBoundary,
  shouldThrowError,
} from '@tanstack/react-query';
import { Component, type ErrorInfo, useContext } from 'react';
import { ErrorBanner } from '../components/ErrorBanner.js';
import { decodePermutiveError } from '../core/index.js';
import { AfterChildren, Catcher } from './catcher.js';
import type {
  PermutiveErrorBoundaryProps,
  PermutiveFallbackProps,
} from './PermutiveErrorBoundaryProps.js';

export type {
  PermutiveErrorBoundaryProps,
  PermutiveFallbackProps,
} from './PermutiveErrorBoundaryProps.js';

type BoundaryProps = PermutiveErrorBoundaryProps & {
  // The QueryErrorResetBoundary's.
  queries: { reset: () => void; clearReset: () => void };
  client: QueryClient | undefined;
};
// `retrying`: Try again was pressed on the banner and the failed query is fetching again; the
// banner stays, busy, while the children render beneath it, until the query settles. `held`: Try
// again fetched nothing (the query is disabled now) and the children, which would throw the
// failure again, are not rendered.
type BoundaryState =
  | { caught: false; error?: undefined; retrying?: false; held?: false; round: number }
  | { caught: true; error: unknown; retrying: boolean; held?: boolean; round: number };

const changed = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length !== b.length || a.some((key, i) => !Object.is(key, b[i]));

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { caught: false, round: 0 };
  private stopWatching = () => {};
  // The keys of the last render.
  private keys = this.props.resetKeys;

  caught = (error: unknown, info: ErrorInfo) => {
    this.stopWatching();
    this.props.onError?.(error, info, decodePermutiveError(error));
    this.setState(({ round }) => ({ caught: true, error, retrying: false, round }));
  };

  override componentDidUpdate(previous: BoundaryProps, previousState: BoundaryState) {
    if (!changed(previous.resetKeys, this.props.resetKeys)) return;
    // The queries mounted by now have chosen whether to fetch; later failures throw as usual.
    this.props.queries.clearReset();
    // Only an error already shown resets: when the same update that changed the keys also
    // threw, resetting would render the failing children again and report the error twice.
    if (this.state.caught && previousState.caught) this.reset();
  }

  // How a reset and Try again both begin: stop watching a retry, reset the queries, tell the app.
  private restart() {
    this.stopWatching();
    this.props.queries.reset();
    this.props.onReset?.();
  }

  reset = () => {
    this.restart();
    this.setState(({ round }) => ({ caught: false, round: round + 1 }));
  };

  // Try again on the banner resets as TanStack Query's `QueryErrorResetBoundary` does: the
  // children mount again and their queries fetch under their own options (a query disabled
  // meanwhile is not fetched). The banner stays, busy, until the query that threw settles, so that
  // a first-load failure does not vanish behind the app's loading state and come back. A failure
  // the boundary cannot trace to a query resets at once.
  retry = () => {
    const { error } = this.state;
    const cache = this.props.client?.getQueryCache();
    const query = cache?.findAll().find((candidate) => candidate.state.error === error);
    if (!cache || !query) return this.reset();
    this.restart();
    let started = false;
    // The watch ends once nothing fetches the query, and not when the boundary unmounts: a
    // Suspense above hides it while the children load, and React unmounts a hidden class
    // component (and mounts it again).
    const unsubscribe = cache.subscribe((event) => {
      if (event.query !== query) return;
      if (query.state.fetchStatus !== 'idle') {
        started = true;
        return;
      }
      if (!started) return;
      started = false;
      // Scheduled with the children's own updates, so that one render shows the data, or the new
      // failure in the banner still on screen (the child that throws it reports it too). A fetch
      // rolled back because its last observer left (strict mode's second mount cancels the first
      // fetch) has started again by then.
      notifyManager.schedule(() => this.ifIdle());
    });
    // Nothing fetches the query: it has settled, or the children have mounted without fetching it
    // (disabled meanwhile, say). The same failure stands while a child would throw it again;
    // otherwise a new failure shows, or the boundary resets and the children show what they show.
    this.ifIdle = () => {
      if (started) return;
      this.stopWatching();
      const { status, error: now } = query.state;
      const same = now === error;
      // The suspense hooks throw through `throwOnError` too.
      const rethrown =
        same &&
        query.observers.some(({ options }) => shouldThrowError(options.throwOnError, [now, query]));
      const failed = status === 'error' && (!same || rethrown);
      this.setState((state) => {
        if (!state.caught || !state.retrying || state.error !== error) return null;
        return failed
          ? { caught: true, error: now, retrying: false, held: rethrown, round: state.round }
          : { caught: false, round: state.round };
      });
    };
    this.stopWatching = () => {
      unsubscribe();
      this.ifIdle = () => {};
      this.stopWatching = () => {};
    };
    this.setState(({ round }) => ({ caught: true, error, retrying: true, round: round + 1 }));
  };

  private ifIdle = () => {};

  override render() {
    // New keys (another page, say): a failed query that mounts below fetches again, instead of
    // throwing the error cached from before (TanStack Query holds that retry back until the
    // QueryErrorResetBoundary resets). Before the children render, when they make that choice.
    // Not on mount: a Suspense above renders a new boundary on each attempt, which would fetch a
    // failing query for ever.
    if (changed(this.keys, this.props.resetKeys)) this.props.queries.reset();
    this.keys = this.props.resetKeys;
    const { caught, error, retrying, held, round } = this.state;
    // The banner and the children keep their places, so that neither remounts as the other
    // comes and goes.
    return (
      <>
        {caught ? this.fallback(error, retrying) : null}
        {held ? null : (
          <Catcher key={round} onCatch={this.caught}>
            {this.props.children}
          </Catcher>
        )}
        {retrying ? <AfterChildren onMount={this.ifIdle} /> : null}
      </>
    );
  }

  fallback(error: unknown, retrying: boolean) {
    const { fallback, FallbackComponent, fallbackRender, bannerProps } = this.props;
    const props: PermutiveFallbackProps = {
      error,
      // One model per error, however often the boundary renders: a new one would undo Dismiss.
      model: decodePermutiveError(error),
      resetErrorBoundary: this.reset,
    };
    if (fallbackRender) return fallbackRender(props);
    if (FallbackComponent) return <FallbackComponent {...props} />;
    if (fallback !== undefined) return fallback;
    return (
      <ErrorBanner {...bannerProps} error={props.model} onRetry={this.retry} retrying={retrying} />
    );
  }
}

/**
 * An error boundary wired to TanStack Query's `QueryErrorResetBoundary`: its fallback (the
 * `ErrorBanner` by default) retries by resetting the boundary, and the failed queries below
 * fetch again under their own options (a disabled one does not).
 *
 * @example
 * ```tsx
 * <PermutiveErrorBoundary>
 *   <Cohorts />
 * </PermutiveErrorBoundary>
 * ```
 */
export function PermutiveErrorBoundary(props: PermutiveErrorBoundaryProps) {
  // The client is optional: without a provider the boundary still catches and resets.
  const client = useContext(QueryClientContext);
  return (
    <QueryErrorResetBoundary>
      {(queries) => <Boundary {...props} queries={queries} client={client} />}
    </QueryErrorResetBoundary>
  );
}
