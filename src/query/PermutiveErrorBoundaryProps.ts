import type { ComponentType, ErrorInfo, ReactNode } from 'react';
import type { ErrorBannerProps } from '../components/ErrorBanner.js';
import type { PermutiveErrorModel } from '../core/index.js';

/**
 * What a custom fallback receives.
 *
 * @example
 * ```tsx
 * const Fallback = ({ model, resetErrorBoundary }: PermutiveFallbackProps) => (
 *   <button onClick={resetErrorBoundary}>Retry ({model.status})</button>
 * );
 * ```
 */
export interface PermutiveFallbackProps {
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
      FallbackComponent?: undefined;
      fallbackRender?: undefined;
    }
  | {
      fallback?: undefined;
      /**
       * A component rendered with {@link PermutiveFallbackProps}.
       *
       * @example
       * ```tsx
       * <PermutiveErrorBoundary FallbackComponent={MyFallback}>…</PermutiveErrorBoundary>
       * ```
       */
      FallbackComponent: ComponentType<PermutiveFallbackProps>;
      fallbackRender?: undefined;
    }
  | {
      fallback?: undefined;
      FallbackComponent?: undefined;
      /**
       * A function of {@link PermutiveFallbackProps} returning the fallback.
       *
       * @example
       * ```tsx
       * <PermutiveErrorBoundary fallbackRender={({ model }) => <p>{model.kind}</p>}>…</PermutiveErrorBoundary>
       * ```
       */
      fallbackRender: (props: PermutiveFallbackProps) => ReactNode;
    };

/** Props of {@link PermutiveErrorBoundary}. Without a fallback prop, the fallback is the banner. */
export type PermutiveErrorBoundaryProps = FallbackChoice & {
  /** What the boundary guards. */
  children?: ReactNode;
  /**
   * Called once per caught error, for logging: as react-error-boundary's, with the model after.
   *
   * @example
   * ```tsx
   * <PermutiveErrorBoundary onError={(error, info, model) => log(model.requestId)}>…</PermutiveErrorBoundary>
   * ```
   */
  onError?: ((error: unknown, info: ErrorInfo, model: PermutiveErrorModel) => void) | undefined;
  /**
   * Called when the boundary resets (retry, or a change of `resetKeys`).
   *
   * @example
   * ```tsx
   * <PermutiveErrorBoundary onReset={() => setPage(1)}>…</PermutiveErrorBoundary>
   * ```
   */
  onReset?: (() => void) | undefined;
  /**
   * Resets the boundary when any of these change (compared with `Object.is`), and lets failed
   * queries that mount below fetch again: `[pathname]` resets it on navigation. None by default.
   *
   * @example
   * ```tsx
   * <PermutiveErrorBoundary resetKeys={[location.pathname]}>…</PermutiveErrorBoundary>
   * ```
   */
  resetKeys?: readonly unknown[] | undefined;
  /**
   * Props for the default banner fallback.
   *
   * @example
   * ```tsx
   * <PermutiveErrorBoundary bannerProps={{ variant: 'inline', headingLevel: 3 }}>…</PermutiveErrorBoundary>
   * ```
   */
  bannerProps?: Omit<ErrorBannerProps, 'error' | 'onRetry' | 'autoRetry'> | undefined;
};
