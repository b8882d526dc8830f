import { Markdown } from '@storybook/addon-docs/blocks';
import { toStorybookLinks } from './links.js';

/** A Markdown file of the repository as a Storybook page, its links kept inside Storybook. */
export function Guide({ children }: { children: string }) {
  return <Markdown>{toStorybookLinks(children)}</Markdown>;
}
