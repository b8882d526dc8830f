import type { ReactNode } from 'react';

/** The page font, which the kit inherits (Storybook's canvas sets none, so text would be Times). */
export const pageFont = (Story: () => ReactNode) => (
  <div style={{ fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' }}>
    <Story />
  </div>
);

/** Parts render inside a banner's colours, so that contrast is checked as they are used. */
export const inBanner = (Story: () => ReactNode) => (
  <div
    className="pe-banner"
    style={{ fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' }}
  >
    <div style={{ gridColumn: '1 / -1', display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      <Story />
    </div>
  </div>
);
