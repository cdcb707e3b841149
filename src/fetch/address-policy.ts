import ipaddr from 'ipaddr.js';

/**
 * Which addresses a fetched link may reach. A link someone pastes into Slack must never make the bot read
 * the machine it runs on or the private network behind it (cloud metadata at 169.254.169.254, an admin
 * panel on 10.0.0.5, …), so every address a host resolves to is checked, not just the first.
 *
 * The special-purpose ranges come from ipaddr.js (its `range()` follows the IANA registries): only plain
 * `unicast` addresses are public. Every IPv6 form that embeds an IPv4 address (mapped, translated, NAT64,
 * 6to4, Teredo) is refused whole rather than unwrapped, since unwrapping is how such checks are got round.
 */

/** Ranges ipaddr.js files under `unicast` that still reach IPv4 or local hosts. */
const ALSO_REFUSED_V6: [ipaddr.IPv6, number][] = [
  ipaddr.IPv6.parseCIDR('::/96'), // IPv4-compatible (deprecated): ::7f00:1 is 127.0.0.1
  ipaddr.IPv6.parseCIDR('64:ff9b:1::/48'), // local-use NAT64 (RFC 8215)
];

/** True for an address on the public internet; false for private, loopback, link-local and the like, and for anything that is not an IP address. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return false;
  // isValid also accepts shorthand such as "127.1" or "0x7f000001"; a resolver never returns those, and
  // a person typing them is up to something, so only the four-part dotted form counts as IPv4.
  if (!bare.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(bare)) return false;
  const parsed = ipaddr.parse(bare);
  if (parsed.range() !== 'unicast') return false;
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (ALSO_REFUSED_V6.some((range) => v6.match(range))) return false;
  }
  return true;
}
