import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/fetch/address-policy.ts';

describe('isPublicAddress', () => {
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '172.32.0.1', '100.128.0.1'])(
    'lets %s through',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it.each([
    ['loopback', '127.0.0.1'],
    ['loopback, far end', '127.255.255.254'],
    ['private 10/8', '10.1.2.3'],
    ['private 172.16/12', '172.31.255.255'],
    ['private 192.168/16', '192.168.0.10'],
    ['cloud metadata (link-local)', '169.254.169.254'],
    ['carrier-grade NAT', '100.64.0.1'],
    ['multicast', '224.0.0.251'],
    ['unspecified', '0.0.0.0'],
    ['broadcast', '255.255.255.255'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unspecified', '::'],
    ['IPv6 unique local', 'fd12:3456:789a::1'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv6 link-local with a zone', 'fe80::1%eth0'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped public address (still refused: mapping is a way round the IPv4 checks)', '::ffff:8.8.8.8'],
    ['IPv6 multicast', 'ff02::1'],
    ['bracketed IPv6 loopback', '[::1]'],
    ['a host name, which must be resolved first', 'example.com'],
    ['IPv4-compatible loopback, dotted', '::127.0.0.1'],
    ['IPv4-compatible loopback, hex', '::7f00:1'],
    ['IPv4-compatible cloud metadata', '::a9fe:a9fe'],
    ['IPv4-translated loopback (RFC 6145)', '::ffff:0:7f00:1'],
    ['Teredo, which embeds an IPv4 address', '2001:0:7f00:1::1'],
    ['deprecated site-local', 'fec0::1'],
    ['local-use NAT64 (RFC 8215)', '64:ff9b:1::a00:1'],
    ['well-known NAT64', '64:ff9b::7f00:1'],
    ['6to4 of a private address', '2002:0a00:0001::1'],
    ['documentation range (IPv4)', '192.0.2.1'],
    ['documentation range (IPv6)', '2001:db8::1'],
    ['shorthand IPv4 (127.1)', '127.1'],
    ['a number for an address', '2130706433'],
  ])('refuses %s (%s)', (_what, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});
