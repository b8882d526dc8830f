import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Data flows one way: thrown value → decode → model → copy → view. These read the sources'
// import lines, so a shortcut through another layer fails here before review.
const SRC = join(import.meta.dirname, '../../src');
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => file.replaceAll('\\', '/'));
const importsOf = (file: string) =>
  [
    ...readFileSync(join(SRC, file), 'utf8').matchAll(/^(?:import|export)[^;]*? from '([^']+)'/gms),
  ].map(([, from = '']) =>
    from.startsWith('.') ? relative(SRC, join(SRC, file, '..', from)).replaceAll('\\', '/') : from,
  );
const within = (folder: string) => files.filter((file) => file.startsWith(`${folder}/`));

describe('layers', () => {
  it('finds the sources', () => {
    expect(within('core')).toContain('core/decode.ts');
    expect(importsOf('query/presets.ts')).toContain('core/index.js');
  });

  it.each(['core', 'server'])('keeps React and the UI out of %s', (folder) => {
    for (const file of within(folder))
      for (const from of importsOf(file))
        expect(from, `${file} imports ${from}`).toMatch(/^(core|server)\/|^zod\//);
  });

  // The test helpers' entry: msw is its optional peer, and the fixtures load without it.
  it('keeps React out of testing, and msw out of its fixtures', () => {
    expect(within('testing')).toContain('testing/fixtures.ts');
    for (const file of within('testing'))
      for (const from of importsOf(file))
        expect(from, `${file} imports ${from}`).toMatch(/^(core|testing)\/|^msw$/);
    for (const from of importsOf('testing/fixtures.ts'))
      expect(from, `testing/fixtures.ts imports ${from}`).toMatch(/^(core|testing)\//);
  });

  // The global handler's toasts speak through the banners' own live region (components/
  // announce.ts, a part of the banner's), so that a toast and a banner of one failure within a
  // second are said once.
  it('lets the query layer reach the model through the core, not the UI’s internals', () => {
    for (const file of within('query'))
      for (const from of importsOf(file))
        expect(from, `${file} imports ${from}`).not.toMatch(/^components\/shared\//);
  });

  it('keeps the components below the query layer', () => {
    for (const file of [...within('components'), ...within('messages')])
      for (const from of importsOf(file))
        expect(from, `${file} imports ${from}`).not.toMatch(/^query\/|^@tanstack\//);
  });

  // Issue 18: a file a reader can hold in their head; the banner's composition under 200 lines.
  it('keeps every source file under 250 lines, ErrorBanner.tsx under 200', () => {
    const lines = (file: string) => readFileSync(join(SRC, file), 'utf8').split('\n').length - 1;
    for (const file of files) expect(lines(file), file).toBeLessThanOrEqual(250);
    expect(lines('components/ErrorBanner.tsx')).toBeLessThanOrEqual(200);
  });
});
