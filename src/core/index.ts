export { describePermutiveError } from './catalogue.js';
export { decodePermutiveError } from './decode.js';
export { englishCatalogue } from './english.js';
export { PermutiveError } from './error.js';
export { permutiveFetch } from './fetch.js';
export { configurePermutiveErrors, safeDocsUrl } from './links.js';
export {
  createModel,
  isPermutiveErrorModel,
  kindFromStatus,
  PERMUTIVE_ERROR_KINDS,
} from './model.js';
export { redact } from './redact.js';
export { permutiveReport } from './report.js';
export { readPermutiveError } from './response.js';
export { retryDelay, shouldRetry } from './retry.js';
export { permutiveEnvelopeSchema } from './schema.js';

export type { CopyText, ErrorCatalogue, ErrorCopy, ErrorCopyEntry } from './catalogue.js';
export type { CompleteCatalogue } from './english.js';
export type { PermutiveFetchInit } from './fetch.js';
export type { PermutiveErrorsConfig } from './links.js';
export type { PermutiveErrorKind, PermutiveErrorModel } from './model.js';
export type { ReadBodyOptions } from './body.js';
export type {
  PermutiveReport,
  PermutiveReportAttributes,
  PermutiveReportTags,
} from './report.js';
export type { RetryPolicy } from './retry.js';
export type { ResponseSchema } from './schema.js';
