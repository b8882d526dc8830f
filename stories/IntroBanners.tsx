import { useState } from 'react';
import { ErrorBanner } from '../src/index.js';
import { answered } from './banner.js';
import { ERRORS } from './fixtures.js';

// What the Introduction shows first: the kit's real banner for the failures people meet most.
const FAILURES = {
  unauthorized: () =>
    answered(401, {
      subcode: 2000,
      message: 'The API key provided is invalid.',
      docs: 'https://developer.permutive.com/docs/errors/401/2000',
    }),
  rateLimited: () => answered(429, { message: 'Too many requests.', retryAfterSeconds: 30 }),
  unavailable: () => answered(503),
};

/**
 * Live banners of the common failures, each as an app would render it. Try again makes a new
 * failure of the same kind arrive (here nothing can succeed), so the 429 counts down again.
 */
export function IntroBanners() {
  const [errors, setErrors] = useState(() => ({
    unauthorized: FAILURES.unauthorized(),
    rateLimited: FAILURES.rateLimited(),
    unavailable: FAILURES.unavailable(),
  }));
  const again = (name: keyof typeof FAILURES) => () =>
    setErrors((now) => ({ ...now, [name]: FAILURES[name]() }));
  return (
    <div
      className="sb-unstyled intro-banners"
      style={{ fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' }}
    >
      <ErrorBanner error={errors.unauthorized} headingLevel={3} />
      <ErrorBanner error={errors.rateLimited} headingLevel={3} onRetry={again('rateLimited')} />
      <ErrorBanner
        error={errors.unavailable}
        headingLevel={3}
        hasData
        onRetry={again('unavailable')}
      />
      <ErrorBanner error={ERRORS['Network failure']} variant="compact" onRetry={() => {}} />
    </div>
  );
}
