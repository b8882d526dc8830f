export type { ErrorBannerProps, ErrorBannerVariant } from './ErrorBanner.js';
export { ErrorBanner } from './ErrorBanner.js';
