import { MAX_TIMER_MS } from '../core/body.js';
import { MAX_WAIT_MS } from '../core/headers.js';

/** The options a failure's response is checked for before any request meets it. */
interface Checked {
  requestId?: string | undefined;
  retryAfter?: number | undefined;
  delay?: number | 'infinite' | undefined;
  times?: number | undefined;
}

// Printable ASCII, no space at either end: a header value the Fetch standard keeps as written
// (it throws on anything else, or trims the ends and the header no longer matches the body).
const HEADER_SAFE = /^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/;

const between = (value: unknown, max: number): value is number =>
  typeof value === 'number' && value >= 0 && value <= max;

/**
 * Throws, naming the option, when one could not be answered as given: at the handler's making,
 * not as msw's own 500 page in the middle of a test.
 */
export function checkOptions({ requestId, retryAfter, delay, times }: Checked): void {
  const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : value);
  if (requestId !== undefined && !(typeof requestId === 'string' && HEADER_SAFE.test(requestId)))
    throw new TypeError(
      `requestId must be printable ASCII, no line break, no space at either end (a header value); got ${shown(requestId)}`,
    );
  if (retryAfter !== undefined && !between(retryAfter, MAX_WAIT_MS / 1000 - 1))
    throw new RangeError(
      `retryAfter must be a number of seconds from 0 to ${MAX_WAIT_MS / 1000 - 1}; got ${shown(retryAfter)}`,
    );
  if (delay !== undefined && delay !== 'infinite' && !between(delay, MAX_TIMER_MS))
    throw new RangeError(
      `delay must be a number of milliseconds from 0 to ${MAX_TIMER_MS}, or 'infinite'; got ${shown(delay)}`,
    );
  const whole = Number.isInteger(times) && (times as number) >= 0;
  if (times !== undefined && !whole && times !== Number.POSITIVE_INFINITY)
    throw new RangeError(`times must be a whole number from 0, or Infinity; got ${shown(times)}`);
}
