import { Description, Stories, Title } from '@storybook/addon-docs/blocks';
import type { Meta } from '@storybook/react-vite';
import { useState } from 'react';
import { fn } from 'storybook/test';
import { decodePermutiveError, ErrorBanner, type ErrorBannerProps } from '../src/index.js';
import { ERRORS } from './fixtures.js';
import { pageFont } from './frame.js';

/** What the Playground's controls make the failure of. */
export interface Failure {
  status: number;
  subcode: number;
  message: string;
  cause: string;
  docs: string;
  requestId: string;
  retryAfterSeconds: number;
}

/**
 * The failure as the network would hand it over (an axios-style error carrying the response's
 * status, headers and Permutive envelope), decoded by the kit as an app's would be.
 */
export function thrownFrom(args: Failure): unknown {
  if (args.status === 0) return new TypeError('Failed to fetch');
  const headers: Record<string, string> = {};
  if (args.retryAfterSeconds > 0) headers['retry-after'] = String(args.retryAfterSeconds);
  const error = {
    status: args.status,
    ...(args.subcode > 0 && { code: args.subcode }),
    ...(args.message && { message: args.message }),
    ...(args.cause && { cause: args.cause }),
    ...(args.docs && { docs: args.docs }),
  };
  const data = { error, ...(args.requestId && { request_id: args.requestId }) };
  return Object.assign(new Error(`Request failed with status code ${args.status}`), {
    response: { status: args.status, headers, data },
  });
}

/** A failure with Permutive's envelope, decoded by the kit, as the Playground builds it. */
export const answered = (status: number, failure: Partial<Failure> = {}) =>
  decodePermutiveError(
    thrownFrom({
      status,
      subcode: 0,
      message: '',
      cause: '',
      docs: '',
      requestId: 'e2cef6f6-296d-4044-b362-73fb2bce4a99',
      retryAfterSeconds: 0,
      ...failure,
    }),
  );

export const DISMISSED_NOTE = 'Dismissed: the banner stays hidden until a new error arrives.';

/** A banner that says, once dismissed, why the canvas shows nothing else. */
export function Dismissable(props: ErrorBannerProps) {
  const [dismissed, setDismissed] = useState(false);
  return (
    <>
      <ErrorBanner
        {...props}
        onDismiss={() => {
          setDismissed(true);
          props.onDismiss?.();
        }}
      />
      {dismissed && <p>{DISMISSED_NOTE}</p>}
    </>
  );
}

/** A docs page for one group of the banner's stories: its title, what it shows, the stories. */
export function GroupDocs() {
  return (
    <>
      <Title />
      <Description />
      <Stories title="" includePrimary />
    </>
  );
}

/** What every group of the banner's stories shares. */
export const bannerMeta = {
  component: ErrorBanner,
  decorators: [pageFont],
  args: { error: ERRORS['401 Unauthorized'], onRetry: fn(), onDismiss: fn() },
  argTypes: {
    error: { options: Object.keys(ERRORS), mapping: ERRORS, control: { type: 'select' } },
    variant: { options: ['page', 'inline', 'compact'], control: { type: 'inline-radio' } },
    headingLevel: { options: [1, 2, 3, 4, 5, 6], control: { type: 'select' } },
    // Functions and elements come from the app's code, not from a control.
    onRetry: { control: false },
    onDismiss: { control: false },
    actions: { control: false },
  },
  parameters: { docs: { page: GroupDocs } },
} satisfies Meta<typeof ErrorBanner>;
