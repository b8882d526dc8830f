export { DocsLink } from './DocsLink.js';

export type { DocsLinkProps } from './DocsLink.js';
