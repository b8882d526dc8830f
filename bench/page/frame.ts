/** Resolves after the next frame has been rendered: a task queued from requestAnimationFrame. */
export const nextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/** Records, from navigation start, when the first banner committed and when its frame ended. */
export async function recordFirst(commit: () => void) {
  commit();
  const commitMs = performance.now();
  await nextFrame();
  (window as unknown as { coldResult: unknown }).coldResult = {
    commitMs,
    frameMs: performance.now(),
  };
}
