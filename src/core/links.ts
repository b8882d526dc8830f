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
   * subdomains. `permutive.com` is always allowed. A non-https link is never allowed.
   */
  docsHosts?: readonly string[];
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
    allowedHosts = ['permutive.com', ...config.docsHosts.map((h) => String(h).toLowerCase())];
  }
}

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
    const host = url.hostname.toLowerCase();
    return url.protocol === 'https:' &&
      !url.username &&
      !url.password &&
      hosts.some((h) => host === h || host.endsWith(`.${h}`))
      ? url.href
      : null;
  } catch {
    return null;
  }
}
