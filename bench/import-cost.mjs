// One cold import, in a fresh process: the peers first, then the kit's built root entry.
// Run by bench/run.mjs with NODE_ENV=production and --import ./bench/zod-spy.mjs.
const time = async (load) => {
  const start = performance.now();
  const module = await load();
  return [performance.now() - start, module];
};
const [peersMs] = await time(() =>
  Promise.all([
    import('react'),
    import('react-dom'),
    import('@tanstack/react-query'),
    import('zod/mini'),
  ]),
);
globalThis.__zodCalls = 0;
const [kitMs, kit] = await time(() => import('react-permutive-errors'));
const zodCallsAtImport = globalThis.__zodCalls;
kit.decodePermutiveError('{"error":{"status":"Unauthorized","code":2000}}');
process.stdout.write(
  JSON.stringify({
    peersMs,
    kitMs,
    zodCallsAtImport,
    zodCallsByFirstDecode: globalThis.__zodCalls,
  }),
);
