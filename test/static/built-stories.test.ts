import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import {
  builtStories,
  ROOT,
  runAxe,
  startStaticSite,
  storyTab,
  type Theme,
  type Violation,
} from './story-page.js';

// Every story of the static build, in both toolbar themes: it renders, its play function
// passes, nothing throws, and axe finds nothing. The build's CSS went through the production
// minifier, which the dev run (vitest project `stories`) never sees.
const THEMES: Theme[] = ['light', 'dark'];
// Pages open at once: one a core (the CI machine has 2); more only queue behind each other.
const LANES = Math.max(1, Math.min(3, availableParallelism()));

let site: Awaited<ReturnType<typeof startStaticSite>>;
const found: { id: string; theme: Theme; violation: Violation; todo: boolean }[] = [];
const skipped: string[] = [];
let started = 0;

type Tab = Awaited<ReturnType<typeof storyTab>>;
const free: Tab[] = [];
const waiting: ((tab: Tab) => void)[] = [];
/** Runs `work` on the next free tab; at most LANES stories are open at once. */
async function onTab<T>(work: (tab: Tab) => Promise<T>): Promise<T> {
  const tab = free.pop() ?? (await new Promise<Tab>((resolve) => waiting.push(resolve)));
  try {
    return await work(tab);
  } finally {
    const next = waiting.shift();
    if (next) next(tab);
    else free.push(tab);
  }
}

beforeAll(async () => {
  site = await startStaticSite();
  const tabs = await Promise.all(
    Array.from({ length: LANES }, () => storyTab(site.browser, site.url)),
  );
  free.push(...tabs);
  started = performance.now();
});

afterAll(async () => {
  await site?.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${stories.length} stories x ${THEMES.length} themes in ${seconds} s`);
  if (skipped.length > 0)
    console.log(`axe skipped by the stories' own parameters:\n${skipped.join('\n')}`);
  for (const { id, theme, violation, todo } of found) {
    const where = violation.nodes.map((node) => `\n    ${node.target}  ${node.why}`).join('');
    console.log(
      `${todo ? '(todo) ' : ''}${id} [${theme}] ${violation.rule}: ${violation.help}${where}`,
    );
  }
});

const stories = existsSync(`${ROOT}/index.json`) ? builtStories() : [];

describe.concurrent('every story of the static Storybook, as built', () => {
  it('finds the stories in the built index', () => {
    // A build that lost its stories would otherwise pass with nothing to check.
    expect(stories.length).toBeGreaterThan(80);
  });

  for (const id of stories) {
    for (const theme of THEMES) {
      it(`${id} [${theme}]`, async () => {
        const { run, axe } = await onTab(async (tab) => {
          const run = await tab.open(id, theme);
          const axe = await runAxe(tab.page);
          // Errors thrown after the story finished (a late timer or fetch) count too.
          return { run: { ...run, pageErrors: await tab.pageErrors() }, axe };
        });
        let violations: string[] = [];
        if ('skipped' in axe) skipped.push(`${id} [${theme}]: ${axe.skipped}`);
        else {
          for (const violation of axe.violations)
            found.push({ id, theme, violation, todo: axe.todo });
          if (!axe.todo) {
            // The rule, how many elements, and the first of them: the full list is printed after the run.
            violations = axe.violations.map(
              ({ rule, nodes: [first, ...rest] }) =>
                `${rule}: ${first?.target} (${first?.why})${rest.length ? ` and ${rest.length} more` : ''}`,
            );
          }
        }
        expect({
          id,
          pageErrors: run.pageErrors,
          storyErrors: run.storyErrors,
          violations,
        }).toEqual({ id, pageErrors: [], storyErrors: [], violations: [] });
        // The toolbar's theme reached the page, unless the story fixes its own.
        expect(run.colorScheme).toBe(run.ownTheme ?? theme);
      }, 90_000);
    }
  }
});
