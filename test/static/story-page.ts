import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, localChromium } from '../support/chromium.js';
import { serveFolder } from './serve.js';

export const ROOT = 'storybook-static';

export type Theme = 'light' | 'dark' | 'system';

/** The built Storybook on a plain file server, and this machine's Chromium. */
export async function startStaticSite() {
  if (!existsSync(`${ROOT}/index.json`)) throw new Error('Run `npm run build-storybook` first.');
  const found = localChromium();
  if ('problem' in found) throw new Error(found.problem);
  const site = await serveFolder(ROOT);
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  return {
    url: site.url,
    browser,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** Every story (not docs page) of the built index, in the index's order. */
export const builtStories = (): string[] =>
  Object.values(
    JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8')).entries as Record<
      string,
      { id: string; type: string }
    >,
  )
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

// Storybook's preview emits these on its channel; the channel also delivers them inside the frame.
const WATCHED = [
  'storyRenderPhaseChanged',
  'storyFinished',
  'storyMissing',
  'storyErrored',
  'storyThrewException',
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
];
const DONE = ['storyFinished', 'storyMissing', 'storyErrored', 'storyThrewException'];

/**
 * Runs before the preview's own code: records the channel's story events as the preview
 * installs its channel, so nothing emitted before the test looks is missed.
 */
function recordStoryEvents(watched: string[]) {
  const events: { type: string; args: unknown }[] = [];
  const hooked = new WeakSet<object>();
  let current: unknown;
  // Errors are kept in the document they happen in: one the last story throws while the
  // next loads cannot be blamed on the next.
  const errors: string[] = [];
  const describe = (error: unknown, fallback: string) =>
    error instanceof Error
      ? `${error.name}: ${error.message}\n${error.stack ?? ''}`
      : `${String(error ?? fallback)}`;
  addEventListener('error', (event) => errors.push(describe(event.error, event.message)));
  addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${describe(event.reason, '')}`),
  );
  Object.assign(window, { __storyEvents: events, __pageErrors: errors });
  // Tabs are reused, so the mock API's service worker is already registered when a story loads;
  // msw then calls registration.update() without catching it, and under load Chromium now and
  // then rejects that ("Not found"), failing a random story (3 in about 550 loads). A context
  // per story avoids it but made the run 2.7 times slower. The update is still made.
  const update = ServiceWorkerRegistration.prototype.update;
  ServiceWorkerRegistration.prototype.update = function (this: ServiceWorkerRegistration) {
    const updating = update.call(this);
    updating.catch(() => undefined);
    return updating;
  };
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set(channel: { on: (type: string, listener: (...args: unknown[]) => void) => void }) {
      current = channel;
      if (!channel || hooked.has(channel)) return;
      hooked.add(channel);
      for (const type of watched) {
        channel.on(type, (...args) => {
          events.push({ type, args: JSON.parse(JSON.stringify(args ?? null)) });
        });
      }
    },
  });
}

export interface StoryRun {
  id: string;
  theme: Theme;
  /** Uncaught errors in the page. */
  pageErrors: string[];
  /** Storybook's own account of errors: play function, render, unhandled, missing story. */
  storyErrors: string[];
  /** The page's colour scheme as the preview's decorator set it. */
  colorScheme: string;
  /** The theme the story fixes in its own globals, which win over the URL's. */
  ownTheme: string | undefined;
}

/**
 * One page that opens built stories one after another, each by loading
 * `iframe.html?id=…` afresh (a new document, so nothing of the last story runs on), in a
 * context of its own so the browser's cache and the mock API's service worker carry over.
 */
export async function storyTab(
  browser: Browser,
  site: string,
  options: BrowserContextOptions = {},
) {
  // The clipboard as the dev run's story tests have it (vitest.config.ts).
  const context = await browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    ...options,
  });
  const page = await context.newPage();
  await page.addInitScript(recordStoryEvents, WATCHED);

  /** Opens one story and waits until Storybook has finished it (play function and afterEach). */
  async function open(id: string, theme: Theme): Promise<StoryRun> {
    // a11y.manual: the addon's own axe run in afterEach would repeat the one runAxe makes.
    const globals = `theme:${theme};a11y.manual:!true`;
    await page.goto(`${site}/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
    await page.waitForFunction(
      (done) =>
        (window as unknown as { __storyEvents: { type: string }[] }).__storyEvents.some((event) =>
          done.includes(event.type),
        ),
      DONE,
      { timeout: 30_000 },
    );
    const { events, pageErrors, colorScheme, ownTheme } = await page.evaluate(() => {
      const scope = window as unknown as {
        __storyEvents: { type: string; args: unknown[] }[];
        __pageErrors: string[];
        __STORYBOOK_PREVIEW__: {
          currentRender?: { story?: { storyGlobals: { theme?: string } } };
        };
      };
      return {
        events: scope.__storyEvents,
        pageErrors: scope.__pageErrors,
        colorScheme: document.documentElement.style.colorScheme,
        ownTheme: scope.__STORYBOOK_PREVIEW__.currentRender?.story?.storyGlobals.theme,
      };
    });
    const storyErrors: string[] = [];
    for (const { type, args } of events) {
      if (type === 'storyFinished') {
        const [{ status }] = args as [{ status: string }];
        if (status === 'error') storyErrors.push('storyFinished with status error');
      } else if (type !== 'storyRenderPhaseChanged') {
        storyErrors.push(`${type}: ${JSON.stringify(args).slice(0, 600)}`);
      }
    }
    return { id, theme, pageErrors, storyErrors, colorScheme, ownTheme };
  }

  /** Every uncaught error of the open story's document so far, including any since open(). */
  const pageErrors = () =>
    page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors);

  return { page, open, pageErrors, close: () => context.close() };
}

export interface Violation {
  rule: string;
  impact: string | null;
  help: string;
  /** Each element axe faults: its CSS path, and axe's one-line reason (colours and ratio for contrast). */
  nodes: { target: string; why: string }[];
}

export type AxeOutcome =
  | { skipped: string }
  | { violations: Violation[]; todo: boolean; disabledRules: string[] };

/**
 * Runs axe-core (this project's pinned copy) on the rendered story as @storybook/addon-a11y
 * does in the dev run: the whole body minus Storybook's own elements, the `region` rule off
 * (a story is a fragment, not a page), and the story's own `parameters.a11y` (disable,
 * test: 'off' | 'todo', config.rules, options, context) read from the built preview.
 */
export async function runAxe(page: Page): Promise<AxeOutcome> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    type Rule = { id: string; enabled?: boolean };
    type A11y = {
      disable?: boolean;
      test?: 'off' | 'todo' | 'error';
      config?: { rules?: Rule[] };
      options?: Record<string, unknown>;
      context?: unknown;
    };
    type Axe = {
      reset: () => void;
      configure: (config: unknown) => void;
      run: (
        context: unknown,
        options: unknown,
      ) => Promise<{
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[]; any: { message: string }[]; all: { message: string }[] }[];
        }[];
      }>;
    };
    const scope = window as unknown as {
      axe: Axe;
      __STORYBOOK_PREVIEW__: { currentRender: { story: { parameters: { a11y?: A11y } } } };
    };
    const a11y = scope.__STORYBOOK_PREVIEW__.currentRender.story.parameters.a11y ?? {};
    if (a11y.disable === true) return { skipped: 'parameters.a11y.disable is true' };
    if (a11y.test === 'off') return { skipped: "parameters.a11y.test is 'off'" };
    const rules: Rule[] = [{ id: 'region', enabled: false }, ...(a11y.config?.rules ?? [])];
    const { axe } = scope;
    axe.reset();
    axe.configure({ ...a11y.config, rules });
    const context: { include: unknown; exclude: unknown[] } = {
      include: document.body,
      exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'],
    };
    const own = a11y.context as { include?: unknown; exclude?: unknown[] } | undefined;
    if (own && typeof own === 'object' && ('include' in own || 'exclude' in own)) {
      if (own.include !== undefined) context.include = own.include;
      if (own.exclude !== undefined) context.exclude.push(...own.exclude);
    } else if (own !== undefined) {
      context.include = own;
    }
    // Only violations are read: axe skips collecting the nodes that pass.
    const result = await axe.run(context, { resultTypes: ['violations'], ...a11y.options });
    return {
      todo: a11y.test === 'todo',
      disabledRules: rules.filter((rule) => rule.enabled === false).map((rule) => rule.id),
      violations: result.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.join(' >>> '),
          why: [...node.any, ...node.all][0]?.message ?? '',
        })),
      })),
    };
  });
}
