import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DecoderPlayground, PRESETS } from './DecoderPlayground.js';

const meta = {
  title: 'Core/Decoder playground',
  component: DecoderPlayground,
  args: { ...PRESETS['Enveloped 401'] },
  argTypes: {
    status: { control: 'text' },
    headers: { control: 'text' },
    body: { control: 'text' },
  },
} satisfies Meta<typeof DecoderPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

const field = (model: HTMLElement, name: string) =>
  within(model).getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;

/** Edit the status, headers and body in the controls or the form. */
export const Playground: Story = {
  play: async ({ canvas }) => {
    const decoded = await canvas.findByLabelText('Decoded model');
    await expect(field(decoded, 'kind')).toBe('"unauthorized"');
    await expect(field(decoded, 'code')).toBe('2000');
    await expect(field(decoded, 'requestId')).toBe('"e2cef6f6-296d-4044-b362-73fb2bce4a72"');
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

/** Choosing presets and typing a status re-decodes at once. */
export const PickAndEdit: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Empty 503 with Retry-After' }));
    const decoded = await canvas.findByLabelText('Decoded model');
    await expect(await within(decoded).findByText('120000')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Unsafe docs link' }));
    await expect(await within(decoded).findByText('1000')).toBeVisible();
    await expect(field(decoded, 'docs')).toBe('null');
    const status = canvas.getByLabelText('Status');
    await userEvent.clear(status);
    await userEvent.type(status, '403');
    await expect(await within(decoded).findByText('"forbidden"')).toBeVisible();
  },
};

/** A request that never got a response. */
export const NetworkFailure: Story = {
  args: { ...PRESETS['Network failure (no response)'] },
  play: async ({ canvas }) => {
    const decoded = await canvas.findByLabelText('Decoded model');
    await expect(await within(decoded).findByText('"network"')).toBeVisible();
    await expect(field(decoded, 'retryable')).toBe('true');
  },
};
