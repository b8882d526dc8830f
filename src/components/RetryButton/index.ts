export type { RetryButtonProps } from './RetryButton.js';
export { RetryButton } from './RetryButton.js';
