import { type ChromiumSearch, findChromium, runsBrowserProjects } from './chromium.js';

const machine = (
  platform: NodeJS.Platform,
  installed: string[],
  env: Record<string, string> = {},
): ChromiumSearch => ({
  env,
  platform,
  home: '/Users/ada',
  isExecutable: (path) => installed.includes(path),
});

describe('findChromium', () => {
  it("finds Debian's Chromium", () => {
    expect(findChromium(machine('linux', ['/usr/bin/chromium']))).toEqual({
      path: '/usr/bin/chromium',
    });
  });

  it("finds Ubuntu's chromium-browser, a snap, or Google Chrome on Linux", () => {
    expect(findChromium(machine('linux', ['/usr/bin/chromium-browser']))).toEqual({
      path: '/usr/bin/chromium-browser',
    });
    expect(findChromium(machine('linux', ['/snap/bin/chromium']))).toEqual({
      path: '/snap/bin/chromium',
    });
    expect(findChromium(machine('linux', ['/usr/bin/google-chrome-stable']))).toEqual({
      path: '/usr/bin/google-chrome-stable',
    });
  });

  it('prefers Chromium to Chrome when both are installed', () => {
    expect(findChromium(machine('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium']))).toEqual(
      { path: '/usr/bin/chromium' },
    );
  });

  it("finds Chrome in a Mac's /Applications, and in the user's own Applications folder", () => {
    expect(
      findChromium(
        machine('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']),
      ),
    ).toEqual({ path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });
    expect(
      findChromium(
        machine('darwin', ['/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium']),
      ),
    ).toEqual({ path: '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium' });
  });

  it('finds Google Chrome in Program Files on Windows', () => {
    expect(
      findChromium(
        machine('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe']),
      ),
    ).toEqual({ path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe' });
  });

  it('does not look for Linux paths on a Mac', () => {
    expect(findChromium(machine('darwin', ['/usr/bin/chromium']))).toHaveProperty('problem');
  });

  it('uses CHROMIUM_PATH when it is set, before any usual place', () => {
    expect(
      findChromium(
        machine('linux', ['/usr/bin/chromium', '/opt/chrome/chrome'], {
          CHROMIUM_PATH: '/opt/chrome/chrome',
        }),
      ),
    ).toEqual({ path: '/opt/chrome/chrome' });
  });

  it('says so when CHROMIUM_PATH points at nothing, rather than quietly using another browser', () => {
    expect(
      findChromium(machine('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome' })),
    ).toEqual({
      problem:
        'CHROMIUM_PATH is set to /nope/chrome, which is not an executable: point it at Chromium or Chrome, or unset it to search the usual places.',
    });
  });

  it('explains in one line how to get a browser on Linux when there is none', () => {
    expect(findChromium(machine('linux', []))).toEqual({
      problem:
        'Browser and story tests need Chromium or Chrome and found neither: sudo apt-get install chromium, or set CHROMIUM_PATH to its executable.',
    });
  });

  it('explains how to get one on a Mac', () => {
    expect(findChromium(machine('darwin', []))).toEqual({
      problem:
        'Browser and story tests need Chromium or Chrome and found neither: brew install --cask chromium, or set CHROMIUM_PATH to its executable.',
    });
  });
});

describe('runsBrowserProjects', () => {
  it('is true for a whole run', () => {
    expect(runsBrowserProjects(['node', 'vitest', 'run'])).toBe(true);
  });

  it('is false when only Node and jsdom projects are named', () => {
    expect(runsBrowserProjects(['node', 'vitest', 'run', '--project', 'core'])).toBe(false);
    expect(runsBrowserProjects(['node', 'vitest', 'run', '--project=core', '--project=dom'])).toBe(
      false,
    );
  });

  it('is true when a browser project is named', () => {
    expect(runsBrowserProjects(['node', 'vitest', 'run', '--project', 'stories'])).toBe(true);
    expect(runsBrowserProjects(['node', 'vitest', '--project=core', '--project=browser'])).toBe(
      true,
    );
  });
});
