import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import chromiumFlags from './chromium-flags.json' with { type: 'json' };

// Where Chromium or Chrome usually live, in the order a developer most likely wants them.
const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];
const MAC_APPS = [
  'Chromium.app/Contents/MacOS/Chromium',
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
];
const WINDOWS = [
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export interface ChromiumSearch {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  /** Whether a path is an executable file. */
  isExecutable: (path: string) => boolean;
}

/** The places looked at, in order, on one platform. */
export function chromiumCandidates({ platform, home }: Pick<ChromiumSearch, 'platform' | 'home'>) {
  if (platform === 'darwin') {
    return [
      ...MAC_APPS.map((app) => `/Applications/${app}`),
      ...MAC_APPS.map((app) => `${home}/Applications/${app}`),
    ];
  }
  if (platform === 'win32') return WINDOWS;
  return LINUX;
}

export type ChromiumFound = { path: string } | { problem: string };

/** `CHROMIUM_PATH` when set (and only it), else the first usual place that holds a browser. */
export function findChromium(search: ChromiumSearch): ChromiumFound {
  const chosen = search.env.CHROMIUM_PATH;
  if (chosen) {
    return search.isExecutable(chosen)
      ? { path: chosen }
      : {
          problem: `CHROMIUM_PATH is set to ${chosen}, which is not an executable: point it at Chromium or Chrome, or unset it to search the usual places.`,
        };
  }
  const path = chromiumCandidates(search).find(search.isExecutable);
  if (path) return { path };
  const install =
    search.platform === 'darwin'
      ? 'brew install --cask chromium'
      : search.platform === 'win32'
        ? 'install Google Chrome'
        : 'sudo apt-get install chromium';
  return {
    problem: `Browser and story tests need Chromium or Chrome and found neither: ${install}, or set CHROMIUM_PATH to its executable.`,
  };
}

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** This machine's Chromium. */
export const localChromium = (): ChromiumFound =>
  findChromium({ env: process.env, platform: process.platform, home: homedir(), isExecutable });

/** The flags every launch uses: no sandbox in containers, and no calls to outside hosts. */
export const CHROMIUM_ARGS: string[] = chromiumFlags;

/**
 * Whether a vitest command line runs a browser project: any run without `--project`, or one
 * naming a project other than `core` and `dom`.
 */
export function runsBrowserProjects(argv: readonly string[]): boolean {
  const named: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--project') named.push(argv[i + 1] ?? '');
    else if (arg.startsWith('--project=')) named.push(arg.slice('--project='.length));
  });
  return named.length === 0 || named.some((name) => name !== 'core' && name !== 'dom');
}
