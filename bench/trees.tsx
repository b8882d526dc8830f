import { ErrorBanner } from '../src/index.js';
import { ENVELOPE_401 } from '../test/support/envelopes.js';
import { HandWritten } from './HandWritten.js';

export const BANNERS = 1000;

/** `count` fresh copies of `value`, so that no measured call meets an object seen before. */
export const copies = <T,>(value: T, count: number): T[] =>
  Array.from({ length: count }, () => structuredClone(value));

const numbered = () => copies(ENVELOPE_401, BANNERS).map((envelope, id) => ({ id, envelope }));

/** 1,000 banners, each given its own copy of the raw envelope. */
export const bannerTree = () =>
  numbered().map(({ id, envelope }) => <ErrorBanner key={id} error={envelope} />);

/** 1,000 hand-written copies of the banner's markup, each reading its own envelope. */
export const handTree = () =>
  numbered().map(({ id, envelope }) => <HandWritten key={id} envelope={envelope} />);
