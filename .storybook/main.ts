import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  staticDirs: ['../public'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The props tables come from the TypeScript types and their TSDoc (one line of prose per prop,
  // its type and its `@defaultValue`), not from a guess at the JavaScript: react-docgen shows
  // `boolean | undefined` as "union" and the TSDoc tags as raw text.
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Prose in the description, `@defaultValue` kept apart for the Default column (preview.tsx).
      shouldIncludePropTagMap: true,
      // The kit's own props only, not the hundreds a root element inherits from React's types.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
