import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, localChromium } from '../support/chromium.js';
import { serveFolder } from './serve.js';

// The static Storybook that `npm run build-storybook` wrote, served as any web host would.
const ROOT = 'storybook-static';

let site: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(`${ROOT}/index.html`)) throw new Error('Run `npm run build-storybook` first.');
  const found = localChromium();
  if ('problem' in found) throw new Error(found.problem);
  site = await serveFolder(ROOT);
  browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const storyIds = (): Record<string, { type: string; title: string }> =>
  JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8')).entries;

describe('the static Storybook from a plain file server', () => {
  it('opens on the Introduction, which says what the kit does and how to install it', async () => {
    await page.goto(site.url);
    const preview = page.frameLocator('#storybook-preview-iframe');
    await expect
      .poll(() => page.url(), { timeout: 15_000 })
      .toContain('path=/docs/introduction--docs');
    await preview.getByRole('heading', { name: 'react-permutive-errors', level: 1 }).waitFor();
    await preview.getByRole('heading', { name: 'Quick start' }).waitFor();
    // Code blocks are highlighted once the docs page has settled.
    await expect
      .poll(() => preview.locator('#storybook-docs').textContent())
      .toContain('npm install react-permutive-errors react react-dom @tanstack/react-query zod');
    // The README's links to the guides lead to the guides' pages inside Storybook.
    await preview.getByRole('link', { name: 'TanStack Query recipes' }).click();
    await expect
      .poll(() => page.url(), { timeout: 10_000 })
      .toContain('path=/docs/guides-tanstack-query--docs');
    await preview.getByRole('heading', { name: 'Toasts for background failures' }).waitFor();
  });

  it('runs a story against its mocked API (the service worker is served too)', async () => {
    await page.goto(`${site.url}/iframe.html?id=live-demo-dashboard--dashboard&viewMode=story`);
    const cohorts = page.getByRole('region', { name: 'Cohort list' });
    await cohorts.getByText(/Sports fans/).waitFor({ timeout: 15_000 });
  });

  it('renders the Introduction and every guide without a console error or a block inside a paragraph', async () => {
    const pages = Object.keys(storyIds()).filter(
      (id) => id === 'introduction--docs' || id.startsWith('guides-'),
    );
    expect(pages.length).toBeGreaterThan(5);
    for (const id of pages) {
      // A page of its own: nothing a previous story still fetches can log here.
      const docs = await browser.newPage();
      const errors: string[] = [];
      docs.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await docs.goto(`${site.url}/iframe.html?id=${id}&viewMode=docs`);
      await docs.locator('#storybook-docs h1').first().waitFor();
      // Inline code broken across lines turns into a code block inside a paragraph.
      const blocksInParagraphs = await docs
        .locator('#storybook-docs p div, #storybook-docs p pre')
        .count();
      await docs.close();
      expect({ id, errors, blocksInParagraphs }).toEqual({ id, errors: [], blocksInParagraphs: 0 });
    }
  });

  it('has a page for every guide, and every Storybook link in the docs leads to a page', () => {
    const entries = storyIds();
    const readme = readFileSync('README.md', 'utf8');
    for (const file of readdirSync('docs/guides')) {
      expect(entries[`guides-${file.replace(/\.md$/, '')}--docs`]?.type).toBe('docs');
      expect(readme).toContain(`](docs/guides/${file})`);
    }
    const docs = [
      readFileSync('stories/Introduction.mdx', 'utf8'),
      ...readdirSync('docs/guides').map((file) => readFileSync(`docs/guides/${file}`, 'utf8')),
    ].join('\n');
    const linked = [...docs.matchAll(/\?path=\/(?:docs|story)\/([a-z0-9-]+--[a-z0-9-]+)/g)];
    expect(linked.length).toBeGreaterThan(3);
    for (const [, id] of linked) expect(Object.keys(entries)).toContain(id);
  });

  it("runs the README's quick start as written, in the usePermutiveError story", () => {
    const readme = readFileSync('README.md', 'utf8');
    const story = readFileSync('stories/usePermutiveError.stories.tsx', 'utf8');
    const cohorts = readme.match(/function Cohorts\(\) \{\n[\s\S]*?\n\}\n/)?.[0];
    expect(cohorts).toContain('usePermutiveError(query)');
    expect(story).toContain(cohorts);
    expect(story).toContain("permutiveQueryDefaults({ throwOnError: 'none' })");
  });
});
