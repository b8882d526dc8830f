export { CopySupportDetails } from './components/CopySupportDetails.js';
export { DocsLink } from './components/DocsLink.js';
export { ErrorBanner } from './components/ErrorBanner.js';
export { ErrorDetails } from './components/ErrorDetails.js';
export { OfflineNotice } from './components/OfflineNotice.js';
export { RequestId } from './components/RequestId.js';
export { RetryButton } from './components/RetryButton.js';
export { useErrorBanner } from './components/useErrorBanner.js';
export { ErrorMessagesProvider, useErrorMessages } from './messages/ErrorMessagesProvider.js';
export {
  PermutiveErrorBoundary,
  permutiveErrorCaches,
  permutiveQueryDefaults,
  permutiveRetry,
  permutiveRetryDelay,
  throwAllErrors,
  throwRetryableErrors,
  usePermutiveError,
} from './query/index.js';
export {
  configurePermutiveErrors,
  createModel,
  decodePermutiveError,
  describePermutiveError,
  englishCatalogue,
  isPermutiveErrorModel,
  kindFromStatus,
  PERMUTIVE_ERROR_KINDS,
  PermutiveError,
  permutiveEnvelopeSchema,
  permutiveFetch,
  permutiveReport,
  readPermutiveError,
  redact,
  safeDocsUrl,
} from './core/index.js';

export type { CopySupportDetailsProps } from './components/CopySupportDetails.js';
export type { DocsLinkProps } from './components/DocsLink.js';
export type { ErrorBannerProps, ErrorBannerVariant } from './components/ErrorBanner.js';
export type { ErrorDetailsProps } from './components/ErrorDetails.js';
export type { OfflineNoticeProps } from './components/OfflineNotice.js';
export type { RequestIdProps } from './components/RequestId.js';
export type { RetryButtonProps, RetryProgress } from './components/RetryButton.js';
export type {
  UseErrorBannerOptions,
  UseErrorBannerResult,
} from './components/useErrorBanner.js';
export type {
  ErrorMessages,
  ErrorMessagesProviderProps,
  LocaleMessages,
  ResolvedMessages,
} from './messages/ErrorMessagesProvider.js';
export type { UiStrings } from './messages/english.js';
export type {
  PermutiveBannerProps,
  PermutiveErrorBoundaryProps,
  PermutiveErrorCachesOptions,
  PermutiveErrorNotice,
  PermutiveErrorSource,
  PermutiveErrorState,
  PermutiveFallbackProps,
  PermutiveQueryDefaultsOptions,
  UsePermutiveErrorOptions,
} from './query/index.js';
export type {
  CompleteCatalogue,
  CopyText,
  ErrorCatalogue,
  ErrorCopy,
  ErrorCopyEntry,
  PermutiveErrorKind,
  PermutiveErrorModel,
  PermutiveErrorsConfig,
  PermutiveFetchInit,
  PermutiveReport,
  PermutiveReportAttributes,
  PermutiveReportTags,
  ReadBodyOptions,
  ResponseSchema,
  RetryPolicy,
} from './core/index.js';
