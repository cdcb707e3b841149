/**
 * The web address in what someone typed. Slack sends links in commands as `<https://…>` or
 * `<https://…|label>`; people also type them bare. Null when the text is not one http(s) link.
 */
export function extractLink(text: string): string | null {
  const trimmed = text.trim();
  const wrapped = /^<([^|>\s]+)(?:\|[^>]*)?>$/.exec(trimmed);
  const candidate = wrapped?.[1] ?? trimmed;
  if (/\s/.test(candidate) || candidate === '') return null;
  let url: URL;
  try {
    url = new URL(candidate.replace(/&amp;/g, '&'));
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** True when the text looks like a link of any scheme (`ftp://…`, `file:…`): worth a specific refusal. */
export function looksLikeLink(text: string): boolean {
  return /^<?[a-z][a-z0-9+.-]*:\S+>?$/i.test(text.trim());
}
