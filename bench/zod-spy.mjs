// Counts calls to zod's factory functions (z.object, z.string, …) made through `zod` or
// `zod/mini`, in globalThis.__zodCalls, so that the bench can check the kit builds no schema
// at import. Use with `node --import ./bench/zod-spy.mjs`.
import { register } from 'node:module';

globalThis.__zodCalls = 0;

register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context);
      const fromZod = context.parentURL?.includes('/node_modules/zod/');
      return /^zod(\\/|$)/.test(specifier) && !fromZod && !context.parentURL?.endsWith('?spy')
        ? { ...resolved, url: resolved.url + '?spy' }
        : resolved;
    }
    export async function load(url, context, next) {
      if (!url.endsWith('?spy')) return next(url, context);
      const real = JSON.stringify(url.slice(0, -4));
      const names = Object.entries(await import(url.slice(0, -4)))
        .filter(([name, value]) => typeof value === 'function' && /^[a-z]\\w*$/.test(name))
        .map(([name]) => name);
      const source = [
        'import * as real from ' + real + ';',
        'export * from ' + real + ';',
        'const spy = (f) => function (...args) { globalThis.__zodCalls = (globalThis.__zodCalls ?? 0) + 1; return f.apply(this, args); };',
        ...names.map((name) => 'const spy_' + name + ' = spy(real.' + name + '); export { spy_' + name + ' as ' + name + ' };'),
      ].join('\\n');
      return { format: 'module', source, shortCircuit: true };
    }
  `)}`,
);
