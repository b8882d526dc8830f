export type { RequestIdProps } from './RequestId.js';
export { RequestId } from './RequestId.js';
