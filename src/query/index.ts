export { permutiveErrorCaches } from './caches.js';
export { PermutiveErrorBoundary } from './PermutiveErrorBoundary.js';
export {
  permutiveQueryDefaults,
  permutiveRetry,
  permutiveRetryDelay,
  throwAllErrors,
  throwRetryableErrors,
} from './presets.js';
export { usePermutiveError } from './usePermutiveError.js';

export type {
  PermutiveErrorCachesOptions,
  PermutiveErrorNotice,
  PermutiveErrorSource,
} from './caches.js';
export type {
  PermutiveErrorBoundaryProps,
  PermutiveFallbackProps,
} from './PermutiveErrorBoundary.js';
export type { PermutiveQueryDefaultsOptions } from './presets.js';
export type {
  PermutiveBannerProps,
  PermutiveErrorState,
  UsePermutiveErrorOptions,
} from './usePermutiveError.js';
