// The guide's recipes (docs/guides/reporting.md), as written there: a test checks that each
// function below appears in the guide word for word, so the tested code is the documented code.
import { SpanStatusCode, trace } from '@opentelemetry/api';
import * as Sentry from '@sentry/browser';
import { permutiveReport } from '../../src/index.js';

/** Sends a final failure to Sentry, grouped by kind, status and subcode; aborts are skipped. */
export function reportToSentry(error: unknown): void {
  const report = permutiveReport(error);
  if (!report) return;
  Sentry.captureMessage(report.message, {
    level: 'error',
    tags: report.tags,
    fingerprint: report.fingerprint,
  });
}

/** Records a final failure on the active span: an exception event, its attributes, its status. */
export function reportToOpenTelemetry(error: unknown): void {
  const report = permutiveReport(error);
  const span = trace.getActiveSpan();
  if (!report || !span) return;
  span.recordException({ name: 'PermutiveError', message: report.message });
  span.setAttributes(report.attributes);
  span.setStatus({ code: SpanStatusCode.ERROR, message: report.message });
}
