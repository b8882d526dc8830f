// Inline, so that the hidden labels keep holding space (and stay invisible) without the stylesheet.
const GRID = { display: 'inline-grid' } as const;
const CELL = { gridArea: '1 / 1' } as const;
const HIDDEN = { gridArea: '1 / 1', visibility: 'hidden' } as const;

/**
 * `label` in a box as wide as the widest of `widths`, so that a button keeps its width when its
 * label changes ("Copy" → "Copied", a countdown ending). Hidden labels are not read out.
 */
export const LabelStack = ({ label, widths }: { label: string; widths: readonly string[] }) => (
  <span style={GRID}>
    <span style={CELL} suppressHydrationWarning>
      {label}
    </span>
    {widths.map((text, i) =>
      text === label || widths.indexOf(text) < i ? null : (
        <span key={text} style={HIDDEN} aria-hidden="true">
          {text}
        </span>
      ),
    )}
  </span>
);
