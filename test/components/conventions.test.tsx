import { render } from '@testing-library/react';
import { type ComponentType, createRef } from 'react';
import { describe, expect, it } from 'vitest';
import {
  CopySupportDetails,
  DocsLink,
  ErrorBanner,
  ErrorDetails,
  OfflineNotice,
  RequestId,
  RetryButton,
} from '../../src/index.js';
import { unauthorized } from '../support/models.js';

describe('every component', () => {
  it.each([
    ['ErrorBanner', ErrorBanner, { error: unauthorized }, 'DIV'],
    ['RequestId', RequestId, { value: 'r-1' }, 'SPAN'],
    ['RetryButton', RetryButton, { onRetry: () => {} }, 'BUTTON'],
    ['CopySupportDetails', CopySupportDetails, { error: unauthorized }, 'BUTTON'],
    ['DocsLink', DocsLink, { href: unauthorized.docs }, 'A'],
    ['ErrorDetails', ErrorDetails, { cause: 'Because.' }, 'DETAILS'],
    ['OfflineNotice', OfflineNotice, {}, 'DIV'],
  ] as const)('%s forwards its ref and has a display name', (name, Component, props, tag) => {
    const ref = createRef<HTMLElement>();
    const Any = Component as unknown as ComponentType<Record<string, unknown>>;
    render(<Any {...props} ref={ref} />);
    expect(ref.current?.tagName).toBe(tag);
    expect((Component as { displayName?: string }).displayName).toBe(name);
  });
});
