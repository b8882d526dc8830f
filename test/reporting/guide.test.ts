import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

it("the tested recipes are the guide's, word for word", () => {
  const recipes = read('./recipes.ts').match(/^\/\*\*.*\*\/\nexport function [\s\S]*?^}$/gm);
  expect(recipes?.map((recipe) => recipe.match(/function (\w+)/)?.[1])).toEqual([
    'reportToSentry',
    'reportToOpenTelemetry',
  ]);
  const guide = read('../../docs/guides/reporting.md');
  for (const recipe of recipes ?? []) expect(guide).toContain(recipe);
});
