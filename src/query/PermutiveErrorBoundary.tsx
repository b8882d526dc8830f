import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { ErrorBanner, type ErrorBannerProps } from '../components/ErrorBanner.js';
import { decodePermutiveError, type PermutiveErrorModel } from '../core/index.js';

/**
 * What a custom fallback receives.
 *
 * @example
 * ```tsx
 * const Fallback = ({ model, resetErrorBoundary }: FallbackProps) => (
 *   <button onClick={resetErrorBoundary}>Retry ({model.status})</button>
 * );
 * ```
 */
export interface FallbackProps {
  /** What was thrown. */
  error: unknown;
  /** It, decoded. */
  model: PermutiveErrorModel;
  /** Resets the boundary and lets failed queries below it fetch again. */
  resetErrorBoundary: () => void;
}

type FallbackChoice =
  | {
      /**
       * A fixed fallback element.
       *
       * @example
       * ```tsx
       * <PermutiveErrorBoundary fallback={<p>Could not load cohorts.</p>}>…</PermutiveErrorBoundary>
       * ```
       */
      fallback?: ReactNode;
      FallbackComponent?: never;
      fallbackRender?: never;
    }
  | {
      fallback?: never;
      /**
       * A component rendered with {@link FallbackProps}.
       *
       * @example
       * ```tsx
       * <PermutiveErrorBoundary FallbackComponent={MyFallback}>…</PermutiveErrorBoundary>
       * ```
       */
      FallbackComponent: ComponentType<FallbackProps>;
      fallbackRender?: never;
    }
  | {
      fallback?: never;
      FallbackComponent?: never;
      /**
       * A function of {@link FallbackProps} returning the fallback.
       *
       * @example
       * ```tsx
       * <PermutiveErrorBoundary fallbackRender={({ model }) => <p>{model.kind}</p>}>…</PermutiveErrorBoundary>
       * ```
       */
      fallbackRender: (props: FallbackProps) => ReactNode;
    };

/** Props of {@link PermutiveErrorBoundary}. Without a fallback prop, the fallback is the banner. */
export type PermutiveErrorBoundaryProps = FallbackChoice & {
  /** What the boundary guards. */
  children?: ReactNode;
  /**
   * Called once per caught error, decoded, for logging.
   *
   * @example
   * ```tsx
   * <PermutiveErrorBoundary onError={(model) => log(model.requestId)}>…</PermutiveErrorBoundary>
   * ```
   */
  onError?: (model: PermutiveErrorModel, error: unknown, info: ErrorInfo) => void;
  /**
   * Called when the boundary resets (retry, or a change of `resetKeys`).
   *
   * @example
   * ```tsx
   * <PermutiveErrorBoundary onReset={() => setPage(1)}>…</PermutiveErrorBoundary>
   * ```
   */
  onReset?: () => void;
  /**
   * Resets the boundary when any of these change (compared with `Object.is`).
   *
   * @example
   * ```tsx
   * <PermutiveErrorBoundary resetKeys={[cohortId]}>…</PermutiveErrorBoundary>
   * ```
   */
  resetKeys?: readonly unknown[];
  /**
   * Props for the default banner fallback.
   *
   * @example
   * ```tsx
   * <PermutiveErrorBoundary bannerProps={{ variant: 'inline', headingLevel: 3 }}>…</PermutiveErrorBoundary>
   * ```
   */
  bannerProps?: Omit<ErrorBannerProps, 'error' | 'onRetry' | 'autoRetry'>;
};

type BoundaryProps = PermutiveErrorBoundaryProps & { resetQueries: () => void };
type BoundaryState = { caught: false; error?: undefined } | { caught: true; error: unknown };

const changed = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length !== b.length || a.some((key, i) => !Object.is(key, b[i]));

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { caught: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { caught: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(decodePermutiveError(error), error, info);
  }

  override componentDidUpdate(previous: BoundaryProps, previousState: BoundaryState) {
    // Only an error already shown resets: when the same update that changed the keys also
    // threw, resetting would render the failing children again and report the error twice.
    if (
      this.state.caught &&
      previousState.caught &&
      changed(previous.resetKeys, this.props.resetKeys)
    ) {
      this.reset();
    }
  }

  reset = () => {
    this.props.resetQueries();
    this.props.onReset?.();
    this.setState({ caught: false, error: undefined });
  };

  override render() {
    if (!this.state.caught) return this.props.children;
    const { fallback, FallbackComponent, fallbackRender, bannerProps } = this.props;
    const props: FallbackProps = {
      error: this.state.error,
      model: decodePermutiveError(this.state.error),
      resetErrorBoundary: this.reset,
    };
    if (fallbackRender) return fallbackRender(props);
    if (FallbackComponent) return <FallbackComponent {...props} />;
    if (fallback !== undefined) return fallback;
    return <ErrorBanner {...bannerProps} error={props.model} onRetry={this.reset} />;
  }
}

/**
 * An error boundary wired to TanStack Query's `QueryErrorResetBoundary`: its fallback (the
 * `ErrorBanner` by default) retries by resetting the boundary, and the failed queries below
 * fetch again.
 *
 * @example
 * ```tsx
 * <PermutiveErrorBoundary>
 *   <Cohorts />
 * </PermutiveErrorBoundary>
 * ```
 */
export function PermutiveErrorBoundary(props: PermutiveErrorBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => <Boundary {...props} resetQueries={reset} />}
    </QueryErrorResetBoundary>
  );
}
