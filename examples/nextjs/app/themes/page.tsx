'use client';

// The banner in each theme this app could show it in, as Next.js's production build leaves the
// stylesheet. e2e.mjs reads the colours from here (test/support/colours.mjs holds the table).
import { createModel, ErrorBanner } from 'react-permutive-errors';

const unavailable = createModel('server', { status: 503, requestId: 'req-503-themes' });
const limited = createModel('rate-limited', { status: 429, requestId: 'req-429-themes' });
const documented = createModel('unauthorized', {
  status: 401,
  docs: 'https://developer.permutive.com/docs/errors/401',
});
const retry = () => {};

export default function Themes() {
  return (
    <>
      <h1>Themes</h1>
      <section aria-label="system error" data-region="system error">
        <ErrorBanner error={unavailable} onRetry={retry} />
      </section>
      <section aria-label="system warning" data-region="system warning">
        <ErrorBanner error={limited} />
      </section>
      <section aria-label="dark region" data-region="dark region" data-theme="dark">
        <ErrorBanner error={unavailable} onRetry={retry} />
      </section>
      <section aria-label="light region" data-region="light region" data-theme="light">
        <ErrorBanner error={unavailable} onRetry={retry} />
      </section>
      <section aria-label="right to left" data-region="right to left" dir="rtl">
        <ErrorBanner error={documented} />
      </section>
    </>
  );
}
