export type { DocsLinkProps } from './DocsLink.js';
export { DocsLink } from './DocsLink.js';
