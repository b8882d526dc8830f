import { decodePermutiveError } from './decode.js';
import type { PermutiveErrorKind } from './model.js';

/**
 * Tags for an error reporter such as Sentry: short strings to search and filter by. (A type, not
 * an interface, so that it fits a reporter's `Record<string, …>`.)
 */
export type PermutiveReportTags = {
  /** The model's kind, such as `unauthorized`. */
  readonly 'permutive.kind': PermutiveErrorKind;
  /** The HTTP status as text (`'401'`), or `'none'` when there was no response. */
  readonly 'permutive.status': string;
  /** The Permutive subcode as text (`'2000'`), or `'none'` when the body had none. */
  readonly 'permutive.subcode': string;
  /** The request id a customer quotes to support, on one line and at most 200 characters; absent when the failure had none. */
  readonly 'permutive.request_id'?: string;
};

/**
 * Attributes for an OpenTelemetry span or log record, named by its semantic conventions where
 * one exists; an attribute that does not apply is absent.
 */
export type PermutiveReportAttributes = {
  /** The model's kind, such as `unauthorized`. */
  readonly 'permutive.kind': PermutiveErrorKind;
  /** OTel's `error.type`: the HTTP status as text when there is one, else the kind. */
  readonly 'error.type': string;
  /** OTel's `http.response.status_code`: the HTTP status, when there was a response. */
  readonly 'http.response.status_code'?: number;
  /** The Permutive subcode, when the body had one. */
  readonly 'permutive.subcode'?: number;
  /** The request id a customer quotes to support, when the failure had one. */
  readonly 'permutive.request_id'?: string;
};

/**
 * A failure as an error reporter takes it. Every text comes from the decoded model (redacted),
 * never from the thrown value's own message, which may carry a key.
 */
export interface PermutiveReport {
  /** A one-line title (the server's words at most 200 characters), such as `Permutive API unauthorized 401/2000: The API key provided is invalid.` */
  readonly message: string;
  /** Tags to search by: kind, status, subcode and request id. */
  readonly tags: PermutiveReportTags;
  /** The request id a customer quotes to Permutive's support, or `null`. */
  readonly requestId: string | null;
  /** Groups reports by kind, status and subcode, wherever they were thrown from. */
  readonly fingerprint: string[];
  /** The same facts as flat OpenTelemetry attributes. */
  readonly attributes: PermutiveReportAttributes;
}

// Sentry drops a tag value over 200 characters or with a line break, and a title is one line.
const MAX = 200;
const oneLine = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line;
};

/**
 * A failure ready for an error reporter (Sentry, OpenTelemetry): its title, tags, grouping
 * fingerprint and attributes, from the decoded model; `null` for an abort, which is no failure.
 * Call it where a failure is final (`permutiveErrorCaches`' `onError`), not for each retry.
 *
 * @example
 * ```ts
 * const report = permutiveReport(error);
 * if (report) Sentry.captureMessage(report.message, { level: 'error', tags: report.tags, fingerprint: report.fingerprint });
 * ```
 */
export function permutiveReport(error: unknown): PermutiveReport | null {
  const { kind, status, code, message, requestId } = decodePermutiveError(error);
  if (kind === 'aborted') return null;
  const statusText = status === null ? 'none' : String(status);
  const subcode = code === null ? 'none' : String(code);
  const id = requestId === null ? {} : { 'permutive.request_id': requestId };
  const tag = requestId === null ? {} : { 'permutive.request_id': oneLine(requestId) };
  const numbers = [status, code].filter((n) => n !== null).join('/');
  return {
    message: `Permutive API ${kind}${numbers && ` ${numbers}`}${message ? `: ${oneLine(message)}` : ''}`,
    tags: {
      'permutive.kind': kind,
      'permutive.status': statusText,
      'permutive.subcode': subcode,
      ...tag,
    },
    requestId,
    fingerprint: ['permutive', kind, statusText, subcode],
    attributes: {
      'permutive.kind': kind,
      'error.type': status === null ? kind : statusText,
      ...(status === null ? {} : { 'http.response.status_code': status }),
      ...(code === null ? {} : { 'permutive.subcode': code }),
      ...id,
    },
  };
}
