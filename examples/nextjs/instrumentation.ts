import type { Instrumentation } from 'next';
import { decodePermutiveError } from 'react-permutive-errors/core';

// In production the browser gets only a digest of a rendering error; this log line ties the
// digest to Permutive's request id, so support can go from one to the other.
export const onRequestError: Instrumentation.onRequestError = (error, request) => {
  const model = decodePermutiveError(error);
  const digest = (error as { digest?: string }).digest;
  console.error(
    `permutive error digest=${digest} requestId=${model.requestId} status=${model.status} path=${request.path}`,
  );
};
