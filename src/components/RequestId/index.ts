export { RequestId } from './RequestId.js';

export type { RequestIdProps } from './RequestId.js';
