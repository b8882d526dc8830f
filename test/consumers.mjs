// Installs the kit's packed tarball into the user projects under test/fixtures and examples, as a
// user would, then runs each one's checks. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { installKit } from './support/install-kit.mjs';

const run = (cwd, command, args, env = {}) => {
  console.log(`consumers: ${cwd}: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
};

const consumer = 'test/fixtures/consumer';
installKit(consumer);
// TypeScript 7 is installed under an alias; the project's own `tsc` must stay 5.9.
const tsc = execFileSync('node', ['node_modules/.bin/tsc', '--version'], {
  cwd: consumer,
  encoding: 'utf8',
});
if (!tsc.includes('Version 5.9'))
  throw new Error(`node_modules/.bin/tsc is not TypeScript 5.9: ${tsc}`);
run(consumer, 'node', ['node_modules/jest/bin/jest.js', '--ci', 'smoke']);
// The /testing helpers with msw's Node server: Jest's ESM mode, as msw 2.13+ needs.
run(consumer, 'node', [
  '--experimental-vm-modules',
  'node_modules/jest/bin/jest.js',
  '--ci',
  'testing',
]);
for (const config of ['node10', 'node16', 'bundler', 'testing']) {
  run(consumer, 'node', ['node_modules/typescript/bin/tsc', '-p', `tsconfig.${config}.json`]);
}
run(consumer, 'node', ['node_modules/typescript-7/bin/tsc', '--version']);
// TypeScript 7 has no node10 resolution any more; it checks the two it keeps.
for (const config of ['node16', 'bundler', 'testing']) {
  run(consumer, 'node', ['node_modules/typescript-7/bin/tsc', '-p', `tsconfig.${config}.json`]);
}

// The stylesheet through each bundler's default production build, read in Chromium.
const styles = 'test/fixtures/styles';
installKit(styles);
run(styles, 'node', ['check.mjs']);

// The /testing helpers in the browser: msw's service worker in a Vite build, read in Chromium.
const mswBrowser = 'test/fixtures/msw-browser';
installKit(mswBrowser);
run(mswBrowser, 'node', ['check.mjs']);

const nextjs = 'examples/nextjs';
installKit(nextjs);
run(nextjs, 'node', ['e2e.mjs'], { NEXT_TELEMETRY_DISABLED: '1' });
