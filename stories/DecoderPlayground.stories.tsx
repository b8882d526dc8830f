import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { advanceUntil, installFakeClock } from './clock.js';
import { DecoderPlayground, PRESETS } from './DecoderPlayground.js';

const meta = {
  title: 'Core/Decoder playground',
  component: DecoderPlayground,
  tags: ['!autodocs'],
  beforeEach({ viewMode }) {
    return installFakeClock({ viewMode });
  },
  args: { ...PRESETS['Enveloped 401'] },
  argTypes: {
    status: { control: 'text' },
    headers: { control: 'text' },
    body: { control: 'text' },
  },
} satisfies Meta<typeof DecoderPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

const banner = (root: HTMLElement) => root.querySelector('[data-kind]');
const settled = (root: HTMLElement, kind: string) =>
  advanceUntil(`a ${kind} banner`, () => banner(root)?.getAttribute('data-kind') === kind);

const field = (model: HTMLElement, name: string) =>
  within(model).getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;

/** Edit the status, headers and body in the controls or the form. */
export const Playground: Story = {
  play: async ({ canvas, canvasElement }) => {
    const decoded = await canvas.findByLabelText('Decoded model');
    await expect(field(decoded, 'kind')).toBe('"unauthorized"');
    await expect(field(decoded, 'code')).toBe('2000');
    await expect(field(decoded, 'requestId')).toBe('"e2cef6f6-296d-4044-b362-73fb2bce4a72"');
    await settled(canvasElement, 'unauthorized');
    await expect(banner(canvasElement)).toHaveAttribute('data-status', '401');
  },
};

/** A proxy's HTML page decodes by status alone. */
export const ProxyHtml502: Story = {
  args: { ...PRESETS['nginx HTML 502'] },
  play: async ({ canvas }) => {
    const decoded = await canvas.findByLabelText('Decoded model');
    await expect(field(decoded, 'kind')).toBe('"server"');
    await expect(field(decoded, 'message')).toBe('null');
    await expect(
      within(canvas.getByLabelText('Catalogue copy')).getByText(
        "The service didn't answer properly",
      ),
    ).toBeVisible();
  },
};

/**
 * Choosing presets and typing a status re-decode at once; the banner (an announced region)
 * follows only when typing pauses, so a screen reader hears one result, not one per keystroke.
 */
export const PickAndEdit: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Empty 503 with Retry-After' }));
    const decoded = await canvas.findByLabelText('Decoded model');
    await expect(await within(decoded).findByText('120000')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Unsafe docs link' }));
    await expect(await within(decoded).findByText('1000')).toBeVisible();
    await expect(field(decoded, 'docs')).toBe('null');
    await settled(canvasElement, 'bad-request');

    // The model itself is not in a live region: it would be read out on every keystroke.
    await expect(decoded.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    const kinds = [banner(canvasElement)?.getAttribute('data-kind') ?? null];
    const seen = new MutationObserver(() => {
      const kind = banner(canvasElement)?.getAttribute('data-kind') ?? null;
      if (kinds.at(-1) !== kind) kinds.push(kind);
    });
    seen.observe(canvasElement, { subtree: true, childList: true, attributes: true });
    const status = canvas.getByLabelText('Status');
    await userEvent.clear(status);
    await userEvent.type(status, '403');
    await expect(await within(decoded).findByText('"forbidden"')).toBeVisible();
    await settled(canvasElement, 'forbidden');
    seen.disconnect();
    // Four edits ("", "4" and "40" decode as no response, then "403"): one new banner.
    await expect(kinds).toEqual(['bad-request', 'forbidden']);
  },
};

/** The playground on a phone: nothing overflows 360 px. */
export const At360px: Story = {
  render: (args) => (
    <div style={{ inlineSize: 360 }}>
      <DecoderPlayground {...args} />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    await settled(canvasElement, 'unauthorized');
    const main = canvas.getByRole('main');
    await expect(main.scrollWidth).toBeLessThanOrEqual(360);
    await expect(banner(canvasElement)?.getBoundingClientRect().width).toBeLessThanOrEqual(360);
  },
};

/** A request that never got a response. */
export const NetworkFailure: Story = {
  args: { ...PRESETS['Network failure (no response)'] },
  play: async ({ canvas, canvasElement }) => {
    const decoded = await canvas.findByLabelText('Decoded model');
    await expect(await within(decoded).findByText('"network"')).toBeVisible();
    await expect(field(decoded, 'retryable')).toBe('true');
    await settled(canvasElement, 'network');
  },
};
