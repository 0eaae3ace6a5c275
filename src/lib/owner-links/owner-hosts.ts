/** Lower-cased host without "www.", or undefined for mailto:, data: and unparsable URLs. */
export function httpHostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname.replace(/^www\./, '').toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the host is one of the owner's (from site.config.ts `owner.hosts`) or a subdomain of one, so
 * "aks.rajivonai.com" is the owner's when "rajivonai.com" is listed.
 */
export function isOwnerHost(host: string | undefined, ownerHosts: readonly string[]): boolean {
  if (!host) return false;
  return ownerHosts.some((owner) => host === owner || host.endsWith(`.${owner}`));
}
