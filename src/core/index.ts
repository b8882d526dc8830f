export type { CopyText, ErrorCatalogue, ErrorCopy, ErrorCopyEntry } from './catalogue.js';
export {
  copyKeys,
  describePermutiveError,
  englishCatalogue,
} from './catalogue.js';
export { decodePermutiveError, readPermutiveError } from './decode.js';
export { PermutiveError } from './error.js';
export type { PermutiveFetchInit } from './fetch.js';
export { permutiveFetch } from './fetch.js';
export type { PermutiveErrorsConfig } from './links.js';
export { configurePermutiveErrors, safeDocsUrl } from './links.js';
export type { PermutiveErrorKind, PermutiveErrorModel } from './model.js';
export {
  createModel,
  isPermutiveErrorModel,
  kindFromStatus,
  PERMUTIVE_ERROR_KINDS,
} from './model.js';
