// Runs before the app (bench/build.mjs puts it first in the page). Tells the bench's server when
// the page first shows anything but the loading line, and when it shows a final banner (one that
// is not retrying), each at the end of the frame that shows it; the server times the reports'
// arrival on its own clock, the clock that timed the first request.
import { nextFrame } from '../page/frame.js';

const LOADING = 'Loading cohorts…';
const root = document.getElementById('root') as HTMLElement;
const told = new Set<string>();

function tell(event: 'first' | 'final') {
  if (told.has(event)) return;
  told.add(event);
  const commitMs = performance.now();
  void nextFrame().then(() =>
    fetch(`/bench/report?event=${event}`, {
      method: 'POST',
      body: JSON.stringify({ commitMs, frameMs: performance.now(), text: root.textContent }),
    }),
  );
}

new MutationObserver(() => {
  if (root.firstChild && root.textContent !== LOADING) tell('first');
  if (root.querySelector('[data-kind]:not([data-state="retrying"])')) tell('final');
}).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
