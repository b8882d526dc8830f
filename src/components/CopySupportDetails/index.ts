export type { CopySupportDetailsProps } from './CopySupportDetails.js';
export { CopySupportDetails, supportDetails } from './CopySupportDetails.js';
