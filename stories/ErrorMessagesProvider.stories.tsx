import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ErrorBanner, ErrorMessagesProvider } from '../src/index.js';
import { fr } from '../src/messages/fr.js';
import { ERRORS } from './fixtures.js';

const banner = <ErrorBanner error={ERRORS['401 Unauthorized']} onRetry={fn()} />;

/**
 * Every string the components show or announce comes from here: error copy by subcode, range,
 * status or kind, and UI strings. Nested providers layer, the inner one first. (The toolbar's
 * Language switch wraps every story in the German, Spanish or French provider.)
 */
const meta = {
  title: 'Components/ErrorMessagesProvider',
  component: ErrorMessagesProvider,
  args: { messages: fr, children: banner },
  argTypes: { children: { control: false } },
} satisfies Meta<typeof ErrorMessagesProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The French catalogue, from `react-permutive-errors/locales/fr`. */
export const French: Story = {
  args: { children: <ErrorBanner error={ERRORS['503 Service Unavailable']} onRetry={fn()} /> },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Réessayer/ })).toBeVisible();
  },
};

/** One entry and one UI string changed; everything else stays English. */
export const OverrideSomeWords: Story = {
  args: {
    messages: {
      errors: { '2000': { title: 'Your API key was rejected' } },
      ui: { requestId: 'Support reference' },
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Your API key was rejected' })).toBeVisible();
    await expect(canvas.getByText(/Support reference/)).toBeVisible();
  },
};

/** Copy as a function of the model, for a next step that quotes it. */
export const CopyFromTheModel: Story = {
  args: {
    messages: {
      errors: {
        unauthorized: { action: (model) => `Reconnect your account (error ${model.code}).` },
      },
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Reconnect your account (error 2000).')).toBeVisible();
  },
};

/** French, with the app's own words layered on top by an inner provider. */
export const Layered: Story = {
  render: (args) => (
    <ErrorMessagesProvider messages={fr}>
      <ErrorMessagesProvider
        messages={{
          errors: { unauthorized: { action: 'Reconnectez-vous dans Réglages.' } },
          ui: { requestId: 'Référence' },
        }}
      >
        {args.children}
      </ErrorMessagesProvider>
    </ErrorMessagesProvider>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Reconnectez-vous dans Réglages.')).toBeVisible();
    await expect(canvas.getByText(/Référence/)).toBeVisible();
  },
};

/**
 * The toolbar's Language, Direction and Theme apply to every story: here French, right to
 * left and dark, set as this story's globals.
 */
export const FromTheToolbar: Story = {
  globals: { locale: 'fr', dir: 'rtl', theme: 'dark' },
  render: () => <ErrorBanner error={ERRORS['500 Internal Server Error']} onRetry={fn()} />,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('button', { name: /Réessayer/ })).toBeVisible();
    const frame = canvasElement.querySelector('.sb-frame') as HTMLElement;
    await expect(frame).toHaveAttribute('dir', 'rtl');
    await expect(frame).toHaveAttribute('lang', 'fr');
    // The canvas follows the theme: a dark background behind the banner.
    await expect(getComputedStyle(frame).backgroundColor).toBe('rgb(18, 18, 18)');
  },
};

/** German from the toolbar's Language: `react-permutive-errors/locales/de`, formal "Sie". */
export const GermanFromTheToolbar: Story = {
  globals: { locale: 'de' },
  render: () => <ErrorBanner error={ERRORS['503 Service Unavailable']} onRetry={fn()} />,
  play: async ({ canvas, canvasElement }) => {
    await expect(
      canvas.getByRole('heading', { name: 'Der Dienst ist vorübergehend nicht verfügbar' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Anfrage-ID kopieren' })).toBeVisible();
    await expect(canvasElement.querySelector('.sb-frame')).toHaveAttribute('lang', 'de');
  },
};

/** Spanish from the toolbar's Language: `react-permutive-errors/locales/es`, addressed as "tú". */
export const SpanishFromTheToolbar: Story = {
  globals: { locale: 'es' },
  render: () => <ErrorBanner error={ERRORS['503 Service Unavailable']} onRetry={fn()} />,
  play: async ({ canvas, canvasElement }) => {
    await expect(
      canvas.getByRole('heading', { name: 'El servicio no está disponible en este momento' }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copiar ID de solicitud' })).toBeVisible();
    await expect(canvasElement.querySelector('.sb-frame')).toHaveAttribute('lang', 'es');
  },
};
