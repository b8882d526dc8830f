// Renders one story, named in the query string (?story=ErrorBanner/Inline), for the screenshots.
import { composeStories } from '@storybook/react-vite';
import type React from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/styles.css';

const files = import.meta.glob<Record<string, unknown>>('../../stories/*.stories.tsx', {
  eager: true,
});
const [file, name] = (new URLSearchParams(location.search).get('story') ?? '').split('/');
const module = files[`../../stories/${file}.stories.tsx`];
const Story =
  module && (composeStories(module as never) as Record<string, () => React.ReactNode>)[name ?? ''];
const root = document.getElementById('root') as HTMLElement;
if (Story) createRoot(root).render(<Story />);
else root.textContent = `No story ${file}/${name}`;
root.dataset.ready = String(Boolean(Story));
