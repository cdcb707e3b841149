import { BlockList, isIP } from 'node:net';

/**
 * Which addresses a fetched link may reach. A link someone pastes into Slack must never make the bot read
 * the machine it runs on or the private network behind it (cloud metadata at 169.254.169.254, an admin
 * panel on 10.0.0.5, …), so every address a host resolves to is checked, not just the first.
 */

const IPV4_REFUSED: [string, number][] = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const IPV6_REFUSED: [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::ffff:0:0', 96], // IPv4-mapped: would reach any IPv4 address, private ones included
  ['64:ff9b::', 96], // NAT64: the same, through a translator
  ['100::', 64], // discard
  ['2002::', 16], // 6to4: embeds an IPv4 address
  ['fc00::', 7], // unique local (ULA)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
];

// Two lists: BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules, and refusing the mapped range
// must not refuse every IPv4 address.
const refusedV4 = new BlockList();
for (const [network, prefix] of IPV4_REFUSED) refusedV4.addSubnet(network, prefix, 'ipv4');
const refusedV6 = new BlockList();
for (const [network, prefix] of IPV6_REFUSED) refusedV6.addSubnet(network, prefix, 'ipv6');

/** True for an address on the public internet; false for private, loopback, link-local and the like, and for anything that is not an IP address. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return !refusedV4.check(bare, 'ipv4');
  if (family === 6) return !refusedV6.check(bare, 'ipv6');
  return false;
}
