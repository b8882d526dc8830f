import type { ArgTypesEnhancer, Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useLayoutEffect } from 'react';
import { ErrorMessagesProvider } from '../src/index.js';
import { de } from '../src/messages/de.js';
import type { LocaleMessages } from '../src/messages/ErrorMessagesProvider.js';
import { es } from '../src/messages/es.js';
import { fr } from '../src/messages/fr.js';
import '../src/styles.css';
import './preview.css';

type Theme = 'light' | 'dark' | 'system';
type Locale = 'en' | 'de' | 'es' | 'fr';
const LOCALES: Partial<Record<string, LocaleMessages>> = { de, es, fr };
const COLOR_SCHEME: Record<Theme, string> = {
  light: 'light',
  dark: 'dark',
  system: 'light dark',
};

/**
 * Theme, direction and language from the toolbar, applied to every story. The frame's
 * background is the system colour `Canvas`, so it follows the theme (and, for "system",
 * the operating system) as the kit's own colours do.
 */
const withToolbar: Decorator = (Story, { globals, viewMode }) => {
  const theme: Theme = globals.theme ?? 'light';
  const dir: 'ltr' | 'rtl' = globals.dir ?? 'ltr';
  const locale: Locale = globals.locale ?? 'en';
  useLayoutEffect(() => {
    // On a story's own canvas the whole page follows, not only the frame.
    if (viewMode !== 'story') return;
    document.documentElement.style.colorScheme = COLOR_SCHEME[theme];
  }, [theme, viewMode]);
  const frame = (
    <div
      className="sb-frame"
      data-theme={theme === 'system' ? undefined : theme}
      dir={dir}
      lang={locale}
      style={{ colorScheme: COLOR_SCHEME[theme] }}
    >
      <Story />
    </div>
  );
  const messages = LOCALES[locale];
  return messages ? (
    <ErrorMessagesProvider messages={messages}>{frame}</ErrorMessagesProvider>
  ) : (
    frame
  );
};

type Docgen = { props?: Record<string, { tags?: Record<string, string> } | undefined> };

/**
 * The Default column from each prop's TSDoc `@defaultValue` (react-docgen-typescript reads only
 * `@default`), written as code: `'page'`, `true`; and no raw `{@link}` in a description.
 */
const defaultsFromTsdoc: ArgTypesEnhancer = ({ argTypes, component }) => {
  const props = (component as { __docgenInfo?: Docgen } | undefined)?.__docgenInfo?.props ?? {};
  const out = { ...argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    let next = argType;
    // `{@link FallbackProps}` reads as `FallbackProps` in the table, as in an editor's hover.
    if (typeof argType.description === 'string' && argType.description.includes('{@link')) {
      next = {
        ...next,
        description: argType.description.replace(/\{@link\s+([^}|\s]+)[^}]*\}/g, '`$1`'),
      };
    }
    const tagged = props[name]?.tags?.defaultValue;
    if (tagged && !argType.table?.defaultValue?.summary) {
      const summary = tagged.replace(/^`|`$/g, '');
      next = { ...next, table: { ...next.table, defaultValue: { summary } } };
    }
    out[name] = next;
  }
  return out;
};

/**
 * "Show code" as a person would paste it: the decoded error object Storybook prints in full
 * becomes the app's own `error` (what `useQuery` or `usePermutiveError` returns), and story-only
 * wrappers keep the names they have in the source.
 */
function pasteable(code: string): string {
  let out = code;
  for (let start = out.indexOf('error={{'); start !== -1; start = out.indexOf('error={{')) {
    let depth = 0;
    let end = start + 'error='.length;
    for (; end < out.length; end += 1) {
      if (out[end] === '{') depth += 1;
      else if (out[end] === '}' && --depth === 0) break;
    }
    out = `${out.slice(0, start)}error={error}${out.slice(end + 1)}`;
  }
  return out;
}

const preview: Preview = {
  argTypesEnhancers: [defaultsFromTsdoc],
  // Every component gets a docs page with its prop table, from its TSDoc.
  tags: ['autodocs'],
  // The live demo's API is mocked by a service worker; other requests pass through.
  loaders: [mswLoader()],
  decorators: [withToolbar],
  // No story ends on a blank canvas: even an error that renders nothing gets a story that says why.
  afterEach: async ({ canvasElement, viewMode }) => {
    if (viewMode !== 'story') return;
    // innerText, not textContent: text a reader cannot see does not count.
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here.
    if (canvasElement.innerText.trim() === '' && !canvasElement.querySelector('img, svg')) {
      throw new Error('The story ended on a blank canvas: show something that says why.');
    }
  },
  globalTypes: {
    theme: {
      description: 'Colour theme of the stories',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'System', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the kit’s copy',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', locale: 'en' },
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
    // "Show code" prints functions as a person would write them, not their minified source.
    jsx: { functionValue: () => '() => {}' },
    docs: { source: { transform: pasteable } },
    options: {
      // The Introduction first: Storybook opens on it.
      storySort: {
        order: [
          'Introduction',
          'Guides',
          [
            'Error model',
            'TanStack Query',
            'Components',
            'Accessibility',
            'Languages',
            'Theming',
            '*',
          ],
          'Components',
          ['ErrorBanner', ['Overview', 'Statuses', 'Variants', 'Behaviour', 'Customising'], '*'],
          'Query',
          'Recipes',
          'Live demo',
          '*',
        ],
      },
    },
  },
};

export default preview;
