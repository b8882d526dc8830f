export type { ErrorDetailsProps } from './ErrorDetails.js';
export { ErrorDetails } from './ErrorDetails.js';
