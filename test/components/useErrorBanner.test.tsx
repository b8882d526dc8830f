import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  ErrorMessagesProvider,
  OfflineNotice,
  RequestId,
  RetryButton,
  type UseErrorBannerOptions,
  useErrorBanner,
} from '../../src/index.js';
import { fr } from '../../src/messages/fr.js';
import { ENVELOPE_401 } from '../support/envelopes.js';

// An app's own layout over the hook, as the components guide shows it.
function MyBanner(props: UseErrorBannerOptions & { onRetry?: () => void }) {
  const banner = useErrorBanner(props);
  if (!banner.model || !banner.copy) return <p>No banner</p>;
  return (
    <section
      ref={banner.ref}
      onFocus={banner.onFocus}
      aria-label={banner.copy.title}
      data-severity={banner.severity}
    >
      <h3>{banner.copy.title}</h3>
      <p lang={banner.messageLang}>{banner.message}</p>
      {banner.serverMessage && <p>{banner.serverMessage}</p>}
      <p>{banner.copy.action}</p>
      <RequestId value={banner.model.requestId} />
      {props.onRetry && (
        <RetryButton
          error={banner.model}
          onRetry={() => {
            banner.retried();
            props.onRetry?.();
          }}
        />
      )}
      <button type="button" onClick={banner.dismiss}>
        Hide
      </button>
    </section>
  );
}

const response = (status: number, body: unknown) => ({ response: { status, data: body } });

describe('useErrorBanner', () => {
  it("gives a 401's title, the kit's line (the server's says nothing new), next step and request id", () => {
    render(<MyBanner error={response(401, ENVELOPE_401)} />);
    expect(
      screen.getByRole('heading', { name: 'Access to the service was refused' }),
    ).toBeVisible();
    const line = screen.getByText(
      'The API key this app uses may have been mistyped, revoked or replaced.',
    );
    expect(line).not.toHaveAttribute('lang');
    expect(
      screen.getByText(
        "Sign in again. If that doesn't help, ask your admin to check the app's API key.",
      ),
    ).toBeVisible();
    expect(screen.getByText('e2cef6f6-2…b2bce4a72')).toBeVisible();
    expect(screen.getByRole('region')).toHaveAttribute('data-severity', 'error');
  });

  it("gives the server's own words when they say more, in the server's language", () => {
    render(
      <MyBanner
        error={response(503, {
          error: { code: 5000, message: 'Nightly maintenance until 02:00 UTC.' },
        })}
      />,
    );
    expect(screen.getByText('Nightly maintenance until 02:00 UTC.')).toHaveAttribute('lang', 'en');
  });

  it("in French, gives the kit's French line and the server's English words after it", () => {
    render(
      <ErrorMessagesProvider messages={fr}>
        <MyBanner error={response(401, ENVELOPE_401)} />
      </ErrorMessagesProvider>,
    );
    expect(screen.getByText('The API key provided is invalid.')).toBeVisible();
    expect(screen.getByRole('heading').textContent).not.toBe('Access to the service was refused');
  });

  it('gives a warning over data still shown and for a rate limit', () => {
    const { rerender } = render(<MyBanner error={response(503, {})} hasData />);
    expect(screen.getByRole('region')).toHaveAttribute('data-severity', 'warning');
    rerender(<MyBanner error={response(429, {})} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-severity', 'warning');
  });

  it.each<[string, unknown, boolean | undefined]>([
    ['nothing', null, undefined],
    ["what is left of 'isError && error'", false, undefined],
    ['an abort', Object.assign(new Error('x'), { name: 'AbortError' }), undefined],
    ['a failure while offline', response(503, {}), true],
  ])('gives no model for %s', (_what, error, offline) => {
    render(<MyBanner error={error} offline={offline} />);
    expect(screen.getByText('No banner')).toBeVisible();
  });

  it('while offline gives no model; OfflineNotice, exported for such layouts, says why', () => {
    render(
      <>
        <MyBanner error={response(503, {})} offline />
        <OfflineNotice variant="inline" headingLevel={3} />
      </>,
    );
    expect(screen.getByText('No banner')).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: "You're offline" })).toBeVisible();
    expect(screen.getByText("We'll try again when you're back online.")).toBeVisible();
  });

  it('dismiss hides it until a new failure, returns focus where it came from, then tells the app', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const { rerender } = render(
      <>
        <button type="button">Search</button>
        <MyBanner error={response(401, ENVELOPE_401)} onDismiss={onDismiss} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Hide' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('No banner')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    expect(onDismiss).toHaveBeenCalledTimes(1);
    rerender(
      <>
        <button type="button">Search</button>
        <MyBanner error={response(503, {})} onDismiss={onDismiss} />
      </>,
    );
    expect(
      screen.getByRole('heading', { name: 'The service is temporarily unavailable' }),
    ).toBeVisible();
  });
});
