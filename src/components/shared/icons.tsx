// Inline SVG icons: decorative (hidden from assistive tech), drawn in currentColor so that they stay
// visible in forced-colours mode, where backgrounds disappear.
const Svg = ({ path, className }: { path: string; className?: string | undefined }) => (
  <svg
    className={className}
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.5"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d={path} />
  </svg>
);

/** A stop sign for errors, a triangle for warnings: told apart by shape, not colour alone. */
export const SeverityIcon = ({
  severity,
  className,
}: {
  severity: 'error' | 'warning';
  className: string | undefined;
}) => (
  <Svg
    path={
      severity === 'error'
        ? 'M5.5 1.5h5l4 4v5l-4 4h-5l-4-4v-5zM8 4.75v3.75M8 11.25v.01'
        : 'M8 1.75 15 14.25H1zM8 6v3.5M8 12v.01'
    }
    className={className}
  />
);

export const CopyIcon = () => <Svg path="M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3" />;

export const CloseIcon = () => <Svg path="M4 4l8 8M12 4l-8 8" />;

export const NewTabIcon = ({ className }: { className: string | undefined }) => (
  <Svg path="M9.5 2.5h4v4M13.5 2.5 7 9M11.5 9.5v4h-9v-9h4" className={className} />
);

export const CheckIcon = () => <Svg path="M3 8.5 6.5 12 13 4.5" />;
