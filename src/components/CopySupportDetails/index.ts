export { CopySupportDetails, supportDetails } from './CopySupportDetails.js';

export type { CopySupportDetailsProps } from './CopySupportDetails.js';
