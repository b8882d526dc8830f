import type { ENVELOPE_401 } from '../test/support/envelopes.js';

// The floor the banner is measured against: the DOM ErrorBanner renders for the documented 401
// envelope, written out by hand, with no decoding, copy lookup, context, state or handlers. The
// bench checks it against the banner's own markup before timing, so redesign this with the banner.
const SR_ONLY = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

export function HandWritten({ envelope }: { envelope: typeof ENVELOPE_401 }) {
  return (
    <div
      role="alert"
      className="pe-banner"
      data-kind="unauthorized"
      data-status={401}
      data-variant="page"
      data-severity="error"
    >
      <div className="pe-body">
        <h2 className="pe-title">Your API key was rejected</h2>
        <p className="pe-description">It may have been mistyped, revoked or replaced.</p>
        <p className="pe-message">{envelope.error.message}</p>
        <p className="pe-next">Check the API key in your settings, or sign in again.</p>
        <details className="pe-details">
          <summary>Details</summary>
          <p>{envelope.error.cause}</p>
        </details>
      </div>
      <div className="pe-actions">
        <a className="pe-docs" target="_blank" href={envelope.error.docs} rel="noopener noreferrer">
          Read the docs <span style={SR_ONLY}>(opens in a new tab)</span>
        </a>
        <span className="pe-request-id">
          <span>Request ID: </span>
          <code>{envelope.request_id}</code>{' '}
          <button type="button" className="pe-button" aria-label="Copy request ID">
            Copy
          </button>
          <span role="status" className="pe-copied" />
        </span>
        <button type="button" className="pe-button">
          Copy support details
        </button>
        <span role="status" className="pe-copied" />
      </div>
    </div>
  );
}
