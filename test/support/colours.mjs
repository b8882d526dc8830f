// Reads the banner's computed colours from a built page in Chromium and compares them with the
// colours src/styles.css promises, written out here by hand. Used by every pipeline a user builds
// the kit with (test/fixtures/styles/check.mjs, examples/nextjs/e2e.mjs), so each bundler's
// production output is held to the same table.
import { createRequire } from 'node:module';

const LIGHT_ERROR = {
  background: 'rgb(255, 235, 233)',
  border: 'rgb(207, 34, 46)',
  text: 'rgb(31, 35, 40)',
  primaryBackground: 'rgb(36, 41, 47)',
  primaryText: 'rgb(255, 255, 255)',
};
const DARK_ERROR = {
  background: 'rgb(42, 23, 27)',
  border: 'rgb(248, 81, 73)',
  text: 'rgb(230, 237, 243)',
  primaryBackground: 'rgb(240, 246, 252)',
  primaryText: 'rgb(31, 35, 40)',
};
const LIGHT_WARNING = {
  background: 'rgb(255, 248, 197)',
  border: 'rgb(154, 103, 0)',
  text: 'rgb(31, 35, 40)',
};
const DARK_WARNING = {
  background: 'rgb(39, 33, 21)',
  border: 'rgb(210, 153, 34)',
  text: 'rgb(230, 237, 243)',
};

/** What each region of test/fixtures/styles/src/Banners.js must show, per emulated scheme. */
export const EXPECTED = {
  light: {
    'system error': LIGHT_ERROR,
    'system warning': LIGHT_WARNING,
    'dark region': DARK_ERROR,
    'light region': LIGHT_ERROR,
  },
  dark: {
    'system error': DARK_ERROR,
    'system warning': DARK_WARNING,
    'dark region': DARK_ERROR,
    'light region': LIGHT_ERROR,
  },
};

// Runs in the page: the colours a person sees on each region's banner.
function readRegions() {
  const read = {};
  for (const region of document.querySelectorAll('[data-region]')) {
    const banner = region.querySelector('.pe-banner');
    if (!banner) continue;
    const style = getComputedStyle(banner);
    const primary = banner.querySelector('.pe-actions > .pe-button:first-child');
    const primaryStyle = primary && getComputedStyle(primary);
    read[region.dataset.region] = {
      background: style.backgroundColor,
      border: style.borderTopColor,
      text: style.color,
      borderStyle: style.borderTopStyle,
      borderWidth: style.borderTopWidth,
      startWidth: style.borderInlineStartWidth,
      newTab:
        banner.querySelector('.pe-new-tab') &&
        getComputedStyle(banner.querySelector('.pe-new-tab')).scale,
      ...(primaryStyle && {
        primaryBackground: primaryStyle.backgroundColor,
        primaryText: primaryStyle.color,
        primaryBorder: primaryStyle.borderTopStyle,
      }),
    };
  }
  const probe = document.createElement('span');
  probe.style.color = 'CanvasText';
  document.body.append(probe);
  read.canvasText = getComputedStyle(probe).color;
  probe.remove();
  return read;
}

/**
 * Opens `url` in light, dark and forced colours and returns every way the banners differ from
 * EXPECTED (an empty list when they match), with axe's violations on the page in each scheme.
 */
export async function checkColours(browser, url, name) {
  const problems = [];
  const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const readings = {};
  for (const [scheme, emulation] of [
    ['light', { colorScheme: 'light' }],
    ['dark', { colorScheme: 'dark' }],
    ['forced', { colorScheme: 'light', forcedColors: 'active' }],
  ]) {
    const page = await browser.newPage();
    await page.emulateMedia(emulation);
    await page.goto(url);
    await page.locator('[data-region] .pe-banner').first().waitFor();
    const read = await page.evaluate(readRegions);
    readings[scheme] = read;
    const expected = EXPECTED[scheme];
    for (const [region, want] of Object.entries(expected ?? {})) {
      for (const [what, value] of Object.entries(want)) {
        const got = read[region]?.[what];
        if (got !== value)
          problems.push(`${name}, ${scheme}, ${region}: ${what} is ${got}, not ${value}`);
      }
    }
    for (const [region, got] of Object.entries(read)) {
      if (region === 'canvasText') continue;
      // Every banner keeps its frame: a colour that fails to parse drops the whole border.
      if (got.borderWidth !== '1px' || got.startWidth !== '4px')
        problems.push(
          `${name}, ${scheme}, ${region}: border ${got.borderWidth} / ${got.startWidth}`,
        );
      if (region === 'right to left' && got.newTab !== '-1 1')
        problems.push(
          `${name}, ${scheme}, right to left: the new-tab arrow's scale is ${got.newTab}`,
        );
      if (scheme !== 'forced') continue;
      // Backgrounds are gone: the border, in the system's text colour, tells the banner apart,
      // solid for an error and dashed for a warning.
      if (got.border !== read.canvasText)
        problems.push(
          `${name}, forced, ${region}: border ${got.border}, not CanvasText ${read.canvasText}`,
        );
      const style = region.includes('warning') ? 'dashed' : 'solid';
      if (got.borderStyle !== style)
        problems.push(`${name}, forced, ${region}: border style ${got.borderStyle}, not ${style}`);
    }
    if (scheme !== 'forced') {
      await page.addScriptTag({ path: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document);
        return result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      });
      for (const violation of violations) problems.push(`${name}, ${scheme}, axe: ${violation}`);
    }
    await page.close();
  }
  return { problems, readings };
}
