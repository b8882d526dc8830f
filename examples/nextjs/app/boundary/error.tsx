'use client';

import { ErrorBanner } from 'react-permutive-errors';

/**
 * In production a Server Component's error arrives with its message stripped and only a
 * `digest`, so the envelope is gone. The banner shows the generic copy and the digest, which
 * matches the server's log line, takes the place of a request id for support.
 */
export default function BoundaryError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <>
      <ErrorBanner error={error} headingLevel={1} onRetry={reset} />
      {error.digest && (
        <p>
          Reference for support: <code>{error.digest}</code>
        </p>
      )}
    </>
  );
}
