/**
 * fast-check's seed: `FUZZ_SEED` when given (a failure prints the seed that reproduces it); a
 * fixed one in CI, so that whether a change lands is decided by the code, not by the draw; and
 * a new one on every other run, so that each local run explores cases CI has not tried.
 */
export const SEED = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.CI
    ? 20_261_202
    : undefined;
