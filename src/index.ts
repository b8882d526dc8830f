export { CopySupportDetails, supportDetails } from './components/CopySupportDetails/index.js';
export { DocsLink } from './components/DocsLink/index.js';
export { ErrorBanner } from './components/ErrorBanner/index.js';
export { ErrorDetails } from './components/ErrorDetails/index.js';
export { ErrorMessagesProvider, englishUi, useErrorMessages } from './components/messages/index.js';
export { RequestId } from './components/RequestId/index.js';
export { RetryButton } from './components/RetryButton/index.js';
export {
  PermutiveErrorBoundary,
  permutiveErrorCaches,
  permutiveQueryDefaults,
  permutiveRetry,
  permutiveRetryDelay,
  throwAllErrors,
  throwServerErrors,
  usePermutiveError,
} from './query/index.js';
export {
  configurePermutiveErrors,
  copyKeys,
  createModel,
  decodePermutiveError,
  describePermutiveError,
  englishCatalogue,
  isPermutiveErrorModel,
  kindFromStatus,
  PERMUTIVE_ERROR_KINDS,
  PermutiveError,
  permutiveFetch,
  readPermutiveError,
  redact,
  retryDelay,
  safeDocsUrl,
  shouldRetry,
} from './core/index.js';

export type { CopySupportDetailsProps } from './components/CopySupportDetails/index.js';
export type { DocsLinkProps } from './components/DocsLink/index.js';
export type { ErrorBannerProps, ErrorBannerVariant } from './components/ErrorBanner/index.js';
export type { ErrorDetailsProps } from './components/ErrorDetails/index.js';
export type { ErrorMessages, ResolvedMessages, UiStrings } from './components/messages/index.js';
export type { RequestIdProps } from './components/RequestId/index.js';
export type { RetryButtonProps } from './components/RetryButton/index.js';
export type {
  FallbackProps,
  PermutiveErrorBoundaryProps,
  PermutiveErrorCachesOptions,
  PermutiveErrorSource,
  PermutiveErrorState,
  PermutiveQueryDefaultsOptions,
  UsePermutiveErrorOptions,
} from './query/index.js';
export type {
  CopyText,
  ErrorCatalogue,
  ErrorCopy,
  ErrorCopyEntry,
  PermutiveErrorKind,
  PermutiveErrorModel,
  PermutiveErrorsConfig,
  PermutiveFetchInit,
  ReadBodyOptions,
  RetryPolicy,
} from './core/index.js';
