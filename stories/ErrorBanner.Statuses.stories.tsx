import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { ErrorBanner } from '../src/index.js';
import { answered, bannerMeta } from './banner.js';
import { ERRORS } from './fixtures.js';

/**
 * What a person sees for each status and subcode Permutive answers with, and for failures with no answer at all (network, timeout). Each is decoded from what the network hands over.
 */
const meta = {
  title: 'Components/ErrorBanner/Statuses',
  ...bannerMeta,
} satisfies Meta<typeof ErrorBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

const status = (name: keyof typeof ERRORS): Story => ({ args: { error: ERRORS[name] } });
export const BadRequest400 = status('400 Bad Request');
export const Unauthorized401 = status('401 Unauthorized');
export const Forbidden403 = status('403 Forbidden');
export const NotFound404 = status('404 Not Found');
export const RateLimited429 = status('429 Too Many Requests');
export const ServerError500 = status('500 Internal Server Error');
export const BadGateway502 = status('502 Bad Gateway (HTML from a proxy)');
export const Unavailable503 = status('503 Service Unavailable');
export const GatewayTimeout504 = status('504 Gateway Timeout');
export const NetworkFailure = status('Network failure');
export const Timeout = status('Timeout');

/** A story whose banner's title is `title`. */
const titled = (error: unknown, title: string): Story => ({
  args: { error },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: title })).toBeVisible();
  },
});

export const RequestTimeout408 = titled(answered(408), 'This took too long');
export const Conflict409 = titled(
  answered(409, { message: 'A segment with this name already exists.' }),
  'This clashes with existing data',
);
export const Gone410 = titled(answered(410), 'This item is no longer available');
export const Unprocessable422 = titled(
  answered(422, { message: 'The segment definition is not valid.' }),
  "The service couldn't accept this",
);
/** Subcode 2004: no credentials reached the service. */
export const MissingCredentials2004 = titled(
  answered(401, { subcode: 2004, message: 'No credentials were provided.' }),
  'You need to sign in',
);
/** Subcode 2005: credentials sent, but wrong or expired. */
export const InvalidCredentials2005 = titled(
  answered(401, { subcode: 2005, message: 'The credentials provided are invalid.' }),
  "Your sign-in wasn't accepted",
);
/** Subcode 4000: an item with the same id exists. */
export const AlreadyExists4000 = titled(
  answered(409, { subcode: 4000, message: 'The resource already exists.' }),
  'This already exists',
);

/** A 5xx from a proxy that gave no request id: no id line, no copy button for one. */
export const ServerErrorWithoutRequestId: Story = {
  args: { error: answered(500, { requestId: '' }) },
  play: async ({ canvas, canvasElement }) => {
    await expect(
      canvas.getByRole('heading', { name: 'The service ran into a problem' }),
    ).toBeVisible();
    await expect(canvasElement.textContent).not.toContain('Request ID');
    await expect(canvas.queryByRole('button', { name: 'Copy request ID' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** `Retry-After: 7200`: Try again says how long, in words a person reads at a glance. */
export const LongRetryAfter: Story = {
  args: { error: answered(429, { retryAfterSeconds: 7200 }) },
  play: async ({ args, canvas }) => {
    const button = canvas.getByRole('button', { name: /^Try again in / });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button.textContent).not.toMatch(/7200/);
    await userEvent.click(button);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** A bug's TypeError: nothing the kit can name, so the plain fallback. */
export const Unknown = titled(
  new TypeError("Cannot read properties of undefined (reading 'map')"),
  'Something went wrong',
);

const ABORT_NOTE =
  'Nothing is shown: the request was cancelled by the app itself (an AbortError), so there is no failure to tell the user about.';

/** The caller cancelled: the banner renders nothing, on purpose. */
export const Aborted: Story = {
  args: { error: new DOMException('The user aborted a request.', 'AbortError') },
  render: (args) => (
    <>
      <ErrorBanner {...args} />
      <p>{ABORT_NOTE}</p>
    </>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('group')).toBeNull();
    await expect(canvas.queryByRole('heading')).toBeNull();
    await expect(canvas.getByText(ABORT_NOTE)).toBeVisible();
  },
};
