// A test-only sealer that writes tickets as docs/wire-formats.md §2 lays them out, so the opener's
// checks can each be made to fail. The platform's own sealer is the Java TicketSealer.
import { randomBytes } from 'node:crypto';
import { sign } from '../src/sm2.js';
import { seal } from '../src/sm4gcm.js';

export function header({ version = 1, format, appId, issuedAt, expiresAt, ticketId = randomBytes(16) }) {
  const app = Buffer.from(appId, 'latin1');
  const bytes = Buffer.alloc(3 + app.length + 16 + 16);
  bytes[0] = version;
  bytes[1] = format;
  bytes[2] = app.length;
  app.copy(bytes, 3);
  bytes.writeBigInt64BE(BigInt(issuedAt), 3 + app.length);
  bytes.writeBigInt64BE(BigInt(expiresAt), 11 + app.length);
  Buffer.from(ticketId).copy(bytes, 19 + app.length);
  return bytes;
}

export function claims(map) {
  const names = Object.keys(map).sort();
  const parts = [Buffer.from([names.length >> 8, names.length & 0xff])];
  for (const name of names) {
    const key = Buffer.from(name, 'utf8');
    const value = Buffer.from(map[name], 'utf8');
    const lengths = Buffer.alloc(2);
    lengths.writeUInt16BE(key.length);
    const valueLength = Buffer.alloc(4);
    valueLength.writeUInt32BE(value.length);
    parts.push(lengths, key, valueLength, value);
  }
  return Buffer.concat(parts);
}

/** `B64U(header).B64U(nonce||ct||tag).B64U(DER signature over the first two parts)`. */
export function sealTicket({ headerBytes, plaintext, sm4Key, platformPrivateKey }) {
  const sealed = seal(sm4Key, plaintext, headerBytes, randomBytes(12));
  const signed = `${Buffer.from(headerBytes).toString('base64url')}.${Buffer.from(sealed).toString('base64url')}`;
  const signature = sign(Buffer.from(signed, 'ascii'), platformPrivateKey);
  return `${signed}.${Buffer.from(signature).toString('base64url')}`;
}
