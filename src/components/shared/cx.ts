/** Joins class names, the kit's first, dropping the kit's when `unstyled`. */
export const cx = (kit: string, unstyled: boolean | undefined, own?: string) =>
  [unstyled ? '' : kit, own].filter(Boolean).join(' ') || undefined;
