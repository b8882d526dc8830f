export { ErrorDetails } from './ErrorDetails.js';

export type { ErrorDetailsProps } from './ErrorDetails.js';
