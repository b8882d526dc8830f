import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { HandWritten } from '../../bench/HandWritten.js';
import { ErrorBanner } from '../../src/index.js';
import { ENVELOPE_401 } from '../support/envelopes.js';

// `npm run bench` measures the banner against this hand-written floor and refuses to run when
// their markup differs; checking it here keeps the floor in step with every change to the banner.
it("bench/HandWritten.tsx renders exactly the banner's markup for the documented 401", () => {
  expect(renderToStaticMarkup(<HandWritten envelope={ENVELOPE_401} />)).toBe(
    renderToStaticMarkup(<ErrorBanner error={structuredClone(ENVELOPE_401)} />),
  );
});
