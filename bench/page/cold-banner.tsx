import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ErrorBanner } from '../../src/index.js';
import '../../src/styles.css';
import { ENVELOPE_401 } from '../../test/support/envelopes.js';
import { recordFirst } from './frame.js';

const root = createRoot(document.getElementById('root') as HTMLElement);
void recordFirst(() => flushSync(() => root.render(<ErrorBanner error={ENVELOPE_401} />)));
