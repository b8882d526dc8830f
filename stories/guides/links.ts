/**
 * The Storybook page of a guide: its MDX's title is "Guides/…" and lower-cased with spaces as
 * dashes it is the Markdown file's name, so `languages.md` is `guides-languages--docs`.
 */
export const guidePath = (name: string) => `?path=/docs/guides-${name}--docs`;

// `(languages.md)`, `(./languages.md#anchor)` or, from the README, `(docs/guides/languages.md)`.
const GUIDE_LINK = /\]\((?:\.\/|docs\/guides\/)?([a-z0-9-]+)\.md(?:#[^)]*)?\)/g;

/** Markdown whose links between guides lead to the guides' Storybook pages instead. */
export const toStorybookLinks = (markdown: string) =>
  markdown.replace(GUIDE_LINK, (_, name: string) => `](${guidePath(name)})`);

/**
 * The README's opening, up to the marker that ends Storybook's Introduction, without its
 * pictures: they are files of the repository (`docs/*.png`), which Storybook does not serve.
 */
export const introduction = (readme: string) =>
  readme
    .slice(0, readme.indexOf('<!-- end of the Storybook introduction -->'))
    .replace(/^## What it looks like\n[\s\S]*?(?=^## )/m, '');
