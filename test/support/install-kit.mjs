// Installs the kit's packed tarball, with a user project's own dependencies, into that project.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Packs the kit (run after `npm run build`) and installs it into `dir`. */
export function installKit(dir) {
  const packDir = mkdtempSync(join(tmpdir(), 'rpe-pack-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { encoding: 'utf8' }),
  );
  copyFileSync(join(packDir, filename), join(dir, 'react-permutive-errors.tgz'));
  rmSync(packDir, { recursive: true, force: true });
  // A file: tarball of the same version is not reinstalled unless it is gone.
  rmSync(join(dir, 'node_modules/react-permutive-errors'), { recursive: true, force: true });
  console.log(`${dir}: npm install`);
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: 'inherit',
  });
}
