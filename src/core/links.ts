let allowedHosts: readonly string[] = ['permutive.com'];

/**
 * Options of the kit's configuration.
 *
 * @example
 * ```ts
 * configurePermutiveErrors({ docsHosts: ['permutive.com', 'docs.example.com'] });
 * ```
 */
export interface PermutiveErrorsConfig {
  /**
   * Hosts whose https links may be shown as docs links; each allows itself and its
   * subdomains. `permutive.com` is always allowed. A non-https link is never allowed. Blank
   * entries, and entries that are not a bare ASCII host (a scheme, port, user or path; give an
   * internationalised host in its `xn--` form), are ignored.
   */
  docsHosts?: readonly string[] | undefined;
}

/**
 * Sets the kit's configuration for the whole app. Call it once at start-up.
 *
 * @example
 * ```ts
 * configurePermutiveErrors({ docsHosts: ['help.example.com'] });
 * ```
 */
export function configurePermutiveErrors(config: PermutiveErrorsConfig): void {
  if (config.docsHosts) {
    allowedHosts = ['permutive.com', ...config.docsHosts.flatMap(docsHost)];
  }
}

// A host name of whole labels: an empty entry (an unset env var split on commas) or a blank
// label (`.permutive.com`) is no host, so cannot match every host that ends in a dot.
const HOST = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;

/** A configured entry as a URL spells its host (lowercase, no trailing dot), or none. */
function docsHost(entry: unknown): string[] {
  const host = typeof entry === 'string' ? dotless(entry.trim().toLowerCase()) : '';
  return HOST.test(host) ? [host] : [];
}

// `permutive.com.` is the fully qualified spelling of `permutive.com`, the same DNS name.
const dotless = (host: string) => (host.endsWith('.') ? host.slice(0, -1) : host);

/**
 * Returns the normalised link when `value` is an absolute https URL with no credentials whose
 * host is allowed (`permutive.com`, a subdomain of it, or a configured host); otherwise `null`.
 *
 * @example
 * ```ts
 * safeDocsUrl('https://developer.permutive.com/docs/errors/401/2000'); // the link
 * safeDocsUrl('javascript:alert(1)'); // null
 * ```
 */
export function safeDocsUrl(
  value: unknown,
  hosts: readonly string[] = allowedHosts,
): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    const host = dotless(url.hostname);
    return url.protocol === 'https:' &&
      !url.username &&
      !url.password &&
      HOST.test(host) &&
      hosts.some((h) => host === h || host.endsWith(`.${h}`))
      ? url.href
      : null;
  } catch {
    return null;
  }
}
