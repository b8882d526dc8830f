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
      // A missing file is reported by its address; the browser's own guess at /favicon.ico
      // (which Storybook does not ship, and whose 404 is logged only if it lands in time) is not
      // the page's.
      docs.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
          errors.push(text);
        }
      });
      docs.on('response', (response) => {
        const missing = response.status() >= 400 && !response.url().endsWith('/favicon.ico');
        if (missing) errors.push(`${response.status()} ${response.url()}`);
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
  }, 90_000);

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

/** A page of its own (stories share nothing), closed after `check`. */
async function onPage(path: string, check: (page: Page) => Promise<void>, scheme?: 'dark') {
  const context = await browser.newContext({
    ...(scheme && { colorScheme: scheme }),
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const fresh = await context.newPage();
  try {
    await fresh.goto(`${site.url}/${path}`);
    await check(fresh);
  } finally {
    await context.close();
  }
}

/** The rows of the first props table on a docs page: name → [description and type, default]. */
async function propsTable(docs: Page) {
  await docs.locator('table.docblock-argstable tbody tr').first().waitFor({ timeout: 15_000 });
  const rows = await docs.locator('table.docblock-argstable tbody tr').evaluateAll((trs) =>
    // biome-ignore lint/performance/useDomNodeTextContent: the text a visitor sees.
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())),
  );
  return new Map(
    rows.map(([name = '', about = '', byDefault = '']) => [
      name.replace(/\*$/, ''),
      { about, byDefault },
    ]),
  );
}

describe('Storybook as a front door, as built', () => {
  it('opens the Introduction on live banners of the common failures, before the install text', async () => {
    await onPage('iframe.html?id=introduction--docs&viewMode=docs', async (docs) => {
      const main = docs.locator('#storybook-docs');
      const key = main.getByRole('group', { name: 'Access to the service was refused' });
      await key.waitFor({ timeout: 15_000 });
      await expect(
        key.getByRole('heading', { name: 'Access to the service was refused' }).count(),
      ).resolves.toBe(1);
      await main.getByRole('group', { name: 'The service is temporarily unavailable' }).waitFor();
      await main.getByRole('group', { name: "Can't reach the service" }).waitFor();
      // The 429 counts its Retry-After down on a disabled Try again.
      const wait = main.getByRole('button', { name: /^Try again in \d+ s$/ });
      await expect(wait.getAttribute('aria-disabled')).resolves.toBe('true');
      // The banners come before the install section, and a picture of a banner is there too.
      const install = main.getByRole('heading', { name: 'Install' });
      const above = await key.evaluate(
        (banner, heading) =>
          Boolean(
            banner.compareDocumentPosition(heading as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
          ),
        await install.elementHandle(),
      );
      expect(above).toBe(true);
      const picture = main.getByRole('img', { name: /inline error banner/ });
      await expect
        .poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
    });
  });

  it("lists ErrorBanner's real props, each with prose, a type and its default, and no raw TSDoc", async () => {
    await onPage(
      'iframe.html?id=components-errorbanner-overview--docs&viewMode=docs',
      async (docs) => {
        const table = await propsTable(docs);
        expect(table.get('variant')?.byDefault).toBe("'page'");
        expect(table.get('headingLevel')?.byDefault).toBe('2');
        expect(table.get('showCause')?.byDefault).toBe('true');
        expect(table.get('onRetry')?.about).toMatch(/^Shows Try again/);
        for (const name of [
          'error',
          'onRetry',
          'autoRetry',
          'retrying',
          'onDismiss',
          'actions',
          'unstyled',
        ]) {
          expect(table.has(name), name).toBe(true);
        }
        // The Playground's own controls are not props of the component.
        for (const name of ['status', 'subcode', 'Retry-After', 'locale', 'requestId', 'cause']) {
          expect(table.has(name), name).toBe(false);
        }
        // biome-ignore lint/performance/useDomNodeTextContent: the text a visitor sees.
        const text = await docs.locator('#storybook-docs').innerText();
        for (const tag of ['@defaultValue', '@default', '@example', '{@link'])
          expect(text).not.toContain(tag);
      },
    );
  });

  it("lists the boundary's three fallback props, with no raw TSDoc", async () => {
    await onPage(
      'iframe.html?id=query-permutiveerrorboundary--docs&viewMode=docs',
      async (docs) => {
        const table = await propsTable(docs);
        for (const name of ['fallback', 'FallbackComponent', 'fallbackRender', 'bannerProps']) {
          expect(table.get(name)?.about, name).toMatch(/\w/);
        }
        expect(table.get('FallbackComponent')?.about).toContain('PermutiveFallbackProps');
        // biome-ignore lint/performance/useDomNodeTextContent: the text a visitor sees.
        const text = await docs.locator('#storybook-docs').innerText();
        for (const tag of ['@defaultValue', '@example', '{@link']) expect(text).not.toContain(tag);
      },
    );
  });

  it('shows code a person can paste: <ErrorBanner …> with readable functions', async () => {
    const shown: string[] = [];
    for (const id of [
      'components-errorbanner-overview',
      'components-errorbanner-statuses',
      'components-errorbanner-behaviour',
    ]) {
      await onPage(`iframe.html?id=${id}--docs&viewMode=docs`, async (docs) => {
        const toggle = docs.getByRole('switch', { name: 'Show code' }).first();
        await toggle.waitFor({ timeout: 15_000 });
        await toggle.click();
        // The code the switch opened (the page's other code blocks are the controls' JSON).
        const jsx = async () =>
          (await docs.locator('#storybook-docs pre').allInnerTexts()).find((text) =>
            text.startsWith('<'),
          );
        await expect.poll(jsx, { timeout: 10_000 }).toBeTruthy();
        shown.push((await jsx()) ?? '');
      });
    }
    for (const code of shown) {
      expect(code).toMatch(/^<ErrorBanner\b/);
      expect(code).not.toMatch(/function\s*\w*\s*\(/);
      expect(code).not.toMatch(/error=\{\{/);
      expect(code).toContain('onRetry={() =>');
    }
  }, 90_000);

  it('keeps screenshot and test fixtures off the sidebar, and groups the banner stories', async () => {
    const entries = storyIds();
    const internal = Object.keys(entries).filter((id) =>
      /screenshot|all-variants|long-translation|very-long-request-id/.test(id),
    );
    expect(internal.length).toBeGreaterThanOrEqual(7);
    for (const id of internal) {
      const { tags = [] } = entries[id] as { tags?: string[] };
      expect({ id, inSidebar: tags.includes('dev'), tested: tags.includes('test') }).toEqual({
        id,
        inSidebar: false,
        tested: true,
      });
    }
    const groups = new Set(
      Object.values(entries)
        .map((entry) => entry.title)
        .filter((title) => title.startsWith('Components/ErrorBanner/')),
    );
    expect([...groups].sort()).toEqual(
      ['Behaviour', 'Customising', 'Overview', 'Statuses', 'Variants'].map(
        (group) => `Components/ErrorBanner/${group}`,
      ),
    );
    expect(entries['components-errorbanner-statuses--unauthorized-401']?.type).toBe('story');
    expect(entries['recipes-tanstack-query--several-errors-on-one-page']?.type).toBe('story');
  });

  it('shows the sidebar a visitor meets: groups, and no screenshot stories', async () => {
    await onPage('?path=/docs/components-errorbanner-overview--docs', async (manager) => {
      // The Overview is open, so its stories are listed; its screenshot stories are not.
      await manager
        .locator('#components-errorbanner-overview--playground')
        .waitFor({ timeout: 15_000 });
      await expect(
        manager.locator('#components-errorbanner-overview--page-screenshot').count(),
      ).resolves.toBe(0);
      for (const group of ['statuses', 'variants', 'behaviour', 'customising']) {
        await expect(manager.locator(`#components-errorbanner-${group}`).count()).resolves.toBe(1);
      }
    });
  });

  it('"Copy Failed" ends on the failure, not on "Copied"', async () => {
    await onPage(
      'iframe.html?id=components-errorbanner-behaviour--copy-failed&viewMode=story',
      async (story) => {
        await story
          .getByText("Couldn't copy. Select the text and copy it.")
          .waitFor({ timeout: 15_000 });
        await expect(story.getByRole('button', { name: 'Copied' }).count()).resolves.toBe(0);
        await expect(story.getByRole('button', { name: 'Copy request ID' }).count()).resolves.toBe(
          1,
        );
      },
    );
  });

  it('the quick start the Introduction links to ends on its banner', async () => {
    await onPage(
      'iframe.html?id=query-usepermutiveerror--quick-start&viewMode=story',
      async (story) => {
        await story
          .getByRole('group', { name: 'The service is temporarily unavailable' })
          .waitFor({ timeout: 25_000 });
        // The play function has finished: the story stays on the error it teaches.
        await story.waitForTimeout(1500);
        await expect(story.getByText('Sports fans').count()).resolves.toBe(0);
        await expect(
          story.getByRole('group', { name: 'The service is temporarily unavailable' }).count(),
        ).resolves.toBe(1);
      },
    );
  });

  for (const [status, subcode, kind] of [
    ['401', '', 'unauthorized'],
    ['403', '', 'forbidden'],
    ['404', '', 'not-found'],
    ['400', '', 'bad-request'],
    ['401', '2004', 'unauthorized'],
  ] as const) {
    it(`the live demo shows a banner for ${status}${subcode && `/${subcode}`} on cohorts, not "Loading" for ever`, async () => {
      await onPage('iframe.html?id=live-demo-dashboard--dashboard&viewMode=story', async (demo) => {
        await demo.getByText(/Sports fans/).waitFor({ timeout: 15_000 });
        const panel = demo.getByRole('form', { name: 'Mocked API' });
        await panel.getByLabel('Endpoint').selectOption('/api/cohorts');
        await panel.getByLabel('Answer').selectOption({ value: status });
        if (subcode) await panel.getByLabel(/^Subcode/).fill(subcode);
        await panel.getByRole('button', { name: 'Apply and reload' }).click();
        const cohorts = demo.getByRole('region', { name: 'Cohort list' });
        const banner = cohorts.getByRole('group', { name: /\S/ });
        await banner.waitFor({ timeout: 15_000 });
        await expect(banner.getAttribute('data-status')).resolves.toBe(status);
        await expect(banner.getAttribute('data-kind')).resolves.toBe(kind);
        await expect(banner.getByRole('heading').count()).resolves.toBe(1);
        // The subcode reaches the banner: 2004 has its own title (no credentials were sent).
        if (subcode) await expect(banner.textContent()).resolves.toContain('sign in');
        await expect(cohorts.getByText('Loading cohorts…').count()).resolves.toBe(0);
      });
    });
  }

  it("styles the live demo's Apply button and the toasts in the dark theme", async () => {
    await onPage(
      'iframe.html?id=recipes-tanstack-query--background-toast&viewMode=story&globals=theme:dark',
      async (story) => {
        const toast = story.locator('[data-sonner-toast]');
        await toast.first().waitFor({ timeout: 25_000 });
        const background = await toast
          .first()
          .evaluate((el) => getComputedStyle(el).backgroundColor);
        // sonner's dark toast, not its white light one.
        expect(background).not.toBe('rgb(255, 255, 255)');
        const [r = 255, g = 255, b = 255] = background.match(/\d+/g)?.map(Number) ?? [];
        expect(r + g + b).toBeLessThan(3 * 80);
      },
      'dark',
    );
    await onPage(
      'iframe.html?id=live-demo-dashboard--dashboard&viewMode=story&globals=theme:dark',
      async (demo) => {
        const apply = demo.getByRole('button', { name: 'Apply and reload' });
        await apply.waitFor({ timeout: 15_000 });
        const [background, color] = await apply.evaluate((el) => {
          const style = getComputedStyle(el);
          return [style.backgroundColor, style.color];
        });
        // The page's inverse: a light button with dark text on the dark page.
        const sum = (css: string) =>
          (css.match(/\d+/g) ?? [])
            .slice(0, 3)
            .map(Number)
            .reduce((a, b) => a + b, 0);
        expect(sum(background)).toBeGreaterThan(3 * 200);
        expect(sum(color)).toBeLessThan(3 * 60);
      },
      'dark',
    );
  });
});
