// Installs the kit's packed tarball into the user projects under test/fixtures and examples, as a
// user would, then runs each one's checks. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cwd, command, args, env = {}) => {
  console.log(`consumers: ${cwd}: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
};

/** Packs the kit and installs it, with the project's own dependencies, into `dir`. */
export function installKit(dir) {
  const packDir = mkdtempSync(join(tmpdir(), 'rpe-pack-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { encoding: 'utf8' }),
  );
  copyFileSync(join(packDir, filename), join(dir, 'react-permutive-errors.tgz'));
  rmSync(packDir, { recursive: true, force: true });
  // A file: tarball of the same version is not reinstalled unless it is gone.
  rmSync(join(dir, 'node_modules/react-permutive-errors'), { recursive: true, force: true });
  run(dir, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
}

const consumer = 'test/fixtures/consumer';
installKit(consumer);
// TypeScript 7 is installed under an alias; the project's own `tsc` must stay 5.9.
const tsc = execFileSync('node', ['node_modules/.bin/tsc', '--version'], {
  cwd: consumer,
  encoding: 'utf8',
});
if (!tsc.includes('Version 5.9'))
  throw new Error(`node_modules/.bin/tsc is not TypeScript 5.9: ${tsc}`);
run(consumer, 'node', ['node_modules/jest/bin/jest.js', '--ci']);
for (const config of ['node10', 'node16', 'bundler']) {
  run(consumer, 'node', ['node_modules/typescript/bin/tsc', '-p', `tsconfig.${config}.json`]);
}
run(consumer, 'node', ['node_modules/typescript-7/bin/tsc', '--version']);
// TypeScript 7 has no node10 resolution any more; it checks the two it keeps.
for (const config of ['node16', 'bundler']) {
  run(consumer, 'node', ['node_modules/typescript-7/bin/tsc', '-p', `tsconfig.${config}.json`]);
}

// The stylesheet through each bundler's default production build, read in Chromium.
const styles = 'test/fixtures/styles';
installKit(styles);
run(styles, 'node', ['check.mjs']);

const nextjs = 'examples/nextjs';
installKit(nextjs);
run(nextjs, 'node', ['e2e.mjs'], { NEXT_TELEMETRY_DISABLED: '1' });
