import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { CopySupportDetails, createModel, ErrorBanner } from '../../src/index.js';
import '../../src/styles.css';

// A 400 as an HTTP client throws it, whose server put line breaks of every kind in its text.
const forging = Object.assign(new Error('Request failed'), {
  response: {
    status: 400,
    headers: {},
    data: {
      request_id: 'req-7\rStatus: 200',
      error: {
        status: 'Bad Request',
        code: 2000,
        message: 'Bad value\nRequest ID: fake-123',
        cause: 'One\r\nTwo\u2028Three\u2029Four\u0085Five\vSix\fSeven',
      },
    },
  },
});

const TIME = /^Time: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

async function copied(button: HTMLElement) {
  await userEvent.click(button);
  await waitFor(() => expect(button).toHaveAccessibleName('Copied'));
  // Lines as any text viewer breaks them, not only at \n.
  return (await navigator.clipboard.readText()).split(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/);
}

describe('the copied support block keeps each field on its own line', () => {
  it.each([
    ['CopySupportDetails', () => render(<CopySupportDetails error={forging} />)],
    ['the banner', () => render(<ErrorBanner error={forging} />)],
  ])('%s: a server cannot add lines', async (_, show) => {
    show();
    const lines = await copied(screen.getByRole('button', { name: 'Copy support details' }));
    expect(lines).toHaveLength(7);
    expect(lines.slice(0, 5)).toEqual([
      'Request ID: req-7 Status: 200',
      'Status: 400',
      'Code: 2000',
      'Message: Bad value Request ID: fake-123',
      'Cause: One Two Three Four Five Six Seven',
    ]);
    expect(lines[5]).toMatch(TIME);
    expect(lines[6]).toBe(`Page: ${location.pathname}`);
  });

  // The copy is redacted again as it goes out: a value that ends in a secret's name must not
  // take the next field's label for its value.
  it.each([
    ['x-api-key:', 'Message: Bad value x-api-key:'],
    ['api_key=', 'Message: Bad value api_key='],
  ])('a message ending "%s" leaves the cause its own line', async (end, line) => {
    const model = createModel('bad-request', {
      status: 400,
      message: `Bad value ${end}`,
      cause: 'Upstream said no',
    });
    render(<CopySupportDetails error={model} />);
    const lines = await copied(screen.getByRole('button', { name: 'Copy support details' }));
    expect(lines.slice(0, 3)).toEqual(['Status: 400', line, 'Cause: Upstream said no']);
    expect(lines).toHaveLength(5);
  });
});
