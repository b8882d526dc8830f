import { startStaticSite, storyTab, type Theme } from './story-page.js';

// The kit's colours as the static build serves them: its CSS went through Vite's production
// minifier (Lightning CSS), which once lowered light-dark() into fallbacks that never switched,
// leaving every banner without background or border. Values written out from src/styles.css.
const ERROR_LIGHT = banner('rgb(255, 235, 233)', 'rgb(207, 34, 46)', 'rgb(31, 35, 40)');
const ERROR_DARK = banner('rgb(42, 23, 27)', 'rgb(248, 81, 73)', 'rgb(230, 237, 243)');
const WARNING_LIGHT = banner('rgb(255, 248, 197)', 'rgb(154, 103, 0)', 'rgb(31, 35, 40)');
const WARNING_DARK = banner('rgb(39, 33, 21)', 'rgb(210, 153, 34)', 'rgb(230, 237, 243)');

function banner(background: string, border: string, text: string) {
  return { background, borders: [border, border, border, border], text };
}

let site: Awaited<ReturnType<typeof startStaticSite>>;

beforeAll(async () => {
  site = await startStaticSite();
});

afterAll(async () => {
  await site?.close();
});

/** The computed colours of every `.pe-banner` in a built story, in document order. */
async function bannerColours(id: string, theme: Theme, system: 'light' | 'dark' = 'light') {
  const tab = await storyTab(site.browser, site.url, { colorScheme: system });
  try {
    const run = await tab.open(id, theme);
    expect({ pageErrors: run.pageErrors, storyErrors: run.storyErrors }).toEqual({
      pageErrors: [],
      storyErrors: [],
    });
    return await tab.page.locator('.pe-banner').evaluateAll((banners) =>
      banners.map((element) => {
        const style = getComputedStyle(element);
        return {
          background: style.backgroundColor,
          borders: [
            style.borderTopColor,
            style.borderRightColor,
            style.borderBottomColor,
            style.borderLeftColor,
          ],
          text: style.color,
        };
      }),
    );
  } finally {
    await tab.close();
  }
}

describe("the kit's colours in the static Storybook, as built", () => {
  it('gives a page error its red background and border in the light theme', async () => {
    expect(
      await bannerColours('components-errorbanner-statuses--unauthorized-401', 'light'),
    ).toEqual([ERROR_LIGHT]);
  });

  it('gives a page error its dark red background and border in the dark theme', async () => {
    expect(
      await bannerColours('components-errorbanner-statuses--unauthorized-401', 'dark'),
    ).toEqual([ERROR_DARK]);
  });

  it('gives a 429 its yellow warning background and border in the light theme', async () => {
    expect(
      await bannerColours('components-errorbanner-statuses--rate-limited-429', 'light'),
    ).toEqual([WARNING_LIGHT]);
  });

  it('gives a 429 its dark warning background and border in the dark theme', async () => {
    expect(
      await bannerColours('components-errorbanner-statuses--rate-limited-429', 'dark'),
    ).toEqual([WARNING_DARK]);
  });

  it('follows the system setting under the "system" theme', async () => {
    const id = 'components-errorbanner-statuses--unauthorized-401';
    expect(await bannerColours(id, 'system', 'dark')).toEqual([ERROR_DARK]);
    expect(await bannerColours(id, 'system', 'light')).toEqual([ERROR_LIGHT]);
  });

  // Page, page over data (a warning), inline and compact (a network failure).
  it('keeps a data-theme="dark" region dark inside a light page', async () => {
    expect(
      await bannerColours('components-errorbanner-variants--all-variants-dark', 'light'),
    ).toEqual([ERROR_DARK, WARNING_DARK, ERROR_DARK, ERROR_DARK]);
  });

  it('keeps a data-theme="light" region light inside a dark page', async () => {
    expect(
      await bannerColours('components-errorbanner-variants--all-variants-light', 'dark'),
    ).toEqual([ERROR_LIGHT, WARNING_LIGHT, ERROR_LIGHT, ERROR_LIGHT]);
  });
});
