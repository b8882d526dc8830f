export { RetryButton } from './RetryButton.js';

export type { RetryButtonProps } from './RetryButton.js';
