import { useId } from 'react';
import type { ENVELOPE_401 } from '../test/support/envelopes.js';

// The floor the banner is measured against: the DOM ErrorBanner renders for the documented 401
// envelope, written out by hand, with no decoding, copy lookup, context, state or handlers (only
// useId, for the title's id, as the banner). The bench checks it against the banner's own markup
// before timing, so redesign this with the banner.
const SR_ONLY = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;
const GRID = { display: 'inline-grid' } as const;
const CELL = { gridArea: '1 / 1' } as const;
const HIDDEN = { gridArea: '1 / 1', visibility: 'hidden' } as const;
const SIZE = { viewBox: '0 0 16 16', width: '16', height: '16' } as const;
const STROKE = {
  focusable: 'false',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: '1.5',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

const CopyLabel = ({ label }: { label: string }) => (
  <span style={GRID}>
    <span style={CELL}>{label}</span>
    <span style={HIDDEN} aria-hidden="true">
      Copied
    </span>
  </span>
);

export function HandWritten({ envelope }: { envelope: typeof ENVELOPE_401 }) {
  const titleId = `${useId()}-title`;
  const id = envelope.request_id;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the banner's own markup (a named group)
    <div
      role="group"
      aria-labelledby={titleId}
      className="pe-banner"
      data-variant="page"
      data-severity="error"
      data-kind="unauthorized"
      data-status={401}
    >
      <svg className="pe-icon" {...SIZE} aria-hidden="true" {...STROKE}>
        <path d="M5.5 1.5h5l4 4v5l-4 4h-5l-4-4v-5zM8 4.75v3.75M8 11.25v.01" />
      </svg>
      <div className="pe-body">
        <h2 id={titleId} className="pe-title">
          Access to the service was refused
        </h2>
        <p className="pe-message">
          The API key this app uses may have been mistyped, revoked or replaced.
        </p>
        <p className="pe-cause" lang="en" dir="auto">
          {envelope.error.cause}
        </p>
        <p className="pe-next">
          Sign in again. If that doesn&apos;t help, ask your admin to check the app&apos;s API key.
        </p>
        <div className="pe-footer">
          <span className="pe-request-id">
            <span className="pe-label">
              Request ID:{' '}
              <code dir="auto" title={id}>
                {`${id.slice(0, 10)}…${id.slice(-9)}`}
              </code>
            </span>
            <button type="button" className="pe-button" aria-label="Copy request ID">
              <CopyLabel label="Copy" />
            </button>
          </span>
          <a
            className="pe-docs"
            target="_blank"
            href={envelope.error.docs}
            rel="noopener noreferrer"
          >
            Help with this error{' '}
            <svg className="pe-new-tab" {...SIZE} aria-hidden="true" {...STROKE}>
              <path d="M9.5 2.5h4v4M13.5 2.5 7 9M11.5 9.5v4h-9v-9h4" />
            </svg>
            <span style={SR_ONLY}>(opens in a new tab)</span>
          </a>
          <button type="button" className="pe-button">
            <CopyLabel label="Copy support details" />
          </button>
        </div>
      </div>
    </div>
  );
}
