const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Links in minutes point at documents and people; anything that could run code
 * (javascript:, data:, vbscript:) is refused wherever a link is made or exported.
 */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed.startsWith("#") || trimmed.startsWith("/")) return true;
  try {
    return SAFE_PROTOCOLS.has(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}
