import '@testing-library/jest-dom/vitest';
import { beforeEach } from 'vitest';

// Real browser events arrive outside React's act(); assertions wait for the DOM instead.
// Testing Library turns the act environment on in its beforeAll, so this runs after it.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
