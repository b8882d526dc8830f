// One cold import, in a fresh process: the peers first, then the kit's built root entry.
// Run by bench/run.mjs with NODE_ENV=production; with --import ./bench/zod-spy.mjs it also counts
// zod's factory calls (the spy's loader slows imports, so timed runs go without it).
// CPU time of this process, not wall time: work by others on a shared machine does not count.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const time = async (load) => {
  const start = cpuMs();
  const module = await load();
  return [cpuMs() - start, module];
};
const [peersMs] = await time(() =>
  Promise.all([
    import('react'),
    import('react-dom'),
    import('@tanstack/react-query'),
    import('zod/mini'),
  ]),
);
const [kitMs, kit] = await time(() => import('react-permutive-errors'));
const zodCallsAtImport = globalThis.__zodCalls;
kit.decodePermutiveError('{"error":{"status":"Unauthorized","code":2000}}');
const zodCallsByDecode = globalThis.__zodCalls - zodCallsAtImport;
// The exported schema is built on first use; this shows the counter sees it.
kit.permutiveEnvelopeSchema.safeParse({ request_id: null, error: { status: 'Unauthorized' } });
process.stdout.write(
  JSON.stringify({
    peersMs,
    kitMs,
    zodCallsAtImport,
    zodCallsByDecode,
    zodCallsBySchemaUse: globalThis.__zodCalls - zodCallsAtImport - zodCallsByDecode,
  }),
);
