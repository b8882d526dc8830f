/** Joins class names, the kit's first, dropping the kit's when `unstyled`. */
export const cx = (kit: string, unstyled: boolean | undefined, own?: string) =>
  unstyled ? own || undefined : own ? `${kit} ${own}` : kit;
