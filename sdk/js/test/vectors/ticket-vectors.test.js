// docs/wire-formats.md §2: the version 1 and version 2 ticket vectors, every value inside them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TicketOpener, TicketRejectedError, decodeHeader, publicKeyFromPem, publicKeyOf, verify } from '../../src/index.js';
import { base64UrlDecode } from '../../src/ticket.js';
import { open, seal } from '../../src/sm4gcm.js';
import { claims as binaryClaims } from '../sealer.js';
import { blocks, documentText, fields } from '../document.js';

const block = (kind) => {
  const found = blocks().find((b) => b.kind === kind);
  assert.ok(found, `no \`\`\`${kind} block in docs/wire-formats.md`);
  return fields(found.text);
};
const keys = block('ticket-keys');
const hex = (bytes) => Buffer.from(bytes).toString('hex');
const claimsOf = (k) =>
  Object.fromEntries(Object.entries(k).filter(([n]) => n.startsWith('claim.')).map(([n, v]) => [n.slice(6), v]));

test('the platform key: private to public, and the PEM platform-key would answer', () => {
  assert.equal(publicKeyOf(keys['platform-private-key-hex']), keys['platform-public-key-hex']);
  const pems = documentText().match(/-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+?-----END PUBLIC KEY-----/g);
  assert.ok(pems.map((pem) => publicKeyFromPem(pem)).includes(keys['platform-public-key-hex']));
});

for (const [kind, version] of [['ticket-v1', 1], ['ticket-v2', 2]]) {
  test(`${kind}: header, parts, seal, signature, claims`, () => {
    const v = block(kind);
    const parts = v.ticket.split('.');
    assert.equal(parts.length, 3);
    const [header, sealed, signature] = parts.map(base64UrlDecode);
    assert.equal(hex(header), v['header-hex']);

    const h = decodeHeader(header);
    assert.equal(h.version, version);
    assert.equal(h.format, 2);
    assert.equal(h.appId, keys['app-id']);
    assert.equal(h.issuedAt, Number(keys['issued-at']));
    assert.equal(h.expiresAt, Number(keys['expires-at']));
    assert.equal(hex(h.ticketId), v['ticket-id-hex']);

    assert.equal(hex(sealed.subarray(0, 12)), v['nonce-hex']);
    assert.equal(hex(sealed.subarray(12, sealed.length - 16)), v['ciphertext-hex']);
    assert.equal(hex(sealed.subarray(sealed.length - 16)), v['tag-hex']);
    assert.equal(hex(signature), v['signature-der-hex']);

    // SM4-GCM both ways: it opens to the plaintext, and sealing with its nonce gives it back.
    const key = Buffer.from(keys['app-sm4-key-hex'], 'hex');
    assert.equal(hex(open(key, sealed, header)), v['plaintext-hex']);
    assert.equal(hex(seal(key, Buffer.from(v['plaintext-hex'], 'hex'), header, Buffer.from(v['nonce-hex'], 'hex'))), hex(sealed));

    // The signature covers the Base64url text part1.part2, and nothing else.
    const signed = Buffer.from(`${parts[0]}.${parts[1]}`, 'ascii');
    assert.ok(verify(signed, signature, keys['platform-public-key-hex']));
    assert.ok(!verify(Buffer.concat([header, sealed]), signature, keys['platform-public-key-hex']));

    // The plaintext is the claims in the version's encoding.
    const expected = claimsOf(keys);
    const plaintext = Buffer.from(v['plaintext-hex'], 'hex');
    if (version === 1) {
      assert.equal(hex(binaryClaims(expected)), v['plaintext-hex']);
    } else {
      const sorted = Object.fromEntries(Object.keys(expected).sort().map((n) => [n, expected[n]]));
      assert.equal(plaintext.toString('utf8'), JSON.stringify(sorted));
    }

    // The opener, at the vector's issue time: its claims, then refused as used.
    const opener = new TicketOpener({
      platformKey: keys['platform-public-key-hex'],
      appId: keys['app-id'],
      sm4Key: keys['app-sm4-key-hex'],
      clock: () => Number(keys['issued-at']),
    });
    const opened = opener.open(v.ticket);
    assert.deepEqual({ ...opened.claims }, expected);
    assert.equal(opened.ticketId, Buffer.from(v['ticket-id-hex'], 'hex').toString('base64url'));
    assert.throws(() => opener.open(v.ticket), (e) => e instanceof TicketRejectedError && e.check === 'REPLAYED');
  });
}

test('both vectors open in [issued - skew, expires + skew) and not outside', () => {
  const issued = Number(keys['issued-at']);
  const expires = Number(keys['expires-at']);
  const skew = 60_000;
  const at = (now) =>
    new TicketOpener({
      platformKey: keys['platform-public-key-hex'],
      appId: keys['app-id'],
      sm4Key: keys['app-sm4-key-hex'],
      allowedSkewMs: skew,
      clock: () => now,
    });
  for (const kind of ['ticket-v1', 'ticket-v2']) {
    const t = block(kind).ticket;
    assert.ok(at(issued - skew).open(t));
    assert.ok(at(expires + skew - 1).open(t));
    assert.throws(() => at(issued - skew - 1).open(t), (e) => e.check === 'NOT_YET_VALID');
    assert.throws(() => at(expires + skew).open(t), (e) => e.check === 'EXPIRED');
  }
});
