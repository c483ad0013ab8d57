// The sealed user-info ticket (000 9.2.1 c–e): what an app's backend gets from the exchange, and
// the checks it must make before it believes it. Layout: docs/wire-formats.md §2.
import * as gcm from './sm4gcm.js';
import { publicKeyFromPem, verify } from './sm2.js';

/**
 * Why a ticket was refused, in the order the checks run, with the 003 Annex A code an app's
 * backend answers with.
 */
export const TicketCheck = Object.freeze({
  MALFORMED: { code: 20000, msg: '参数错误' },
  BAD_SIGNATURE: { code: 10005, msg: '授权码无效' },
  WRONG_APP: { code: 10008, msg: '用户未授权' },
  NOT_YET_VALID: { code: 10005, msg: '授权码无效' },
  EXPIRED: { code: 10007, msg: 'token 已过期' },
  REPLAYED: { code: 10005, msg: '授权码无效' },
  DECRYPTION_FAILED: { code: 20004, msg: '参数解密失败' },
});

export class TicketRejectedError extends Error {
  constructor(check, detail) {
    super(`${check}: ${detail}`);
    this.name = 'TicketRejectedError';
    this.check = check;
    this.code = TicketCheck[check].code;
    this.detail = detail;
  }
}

const reject = (check, detail) => new TicketRejectedError(check, detail);

/** The header's version says how claims are encoded: 0x01 binary, 0x02 JSON (§2 "Claims"). */
export const VERSION = Object.freeze({ BINARY_CLAIMS: 0x01, JSON_CLAIMS: 0x02 });
/** The header's format: 0x02 claims (all the exchange seals); 0x01 opaque bytes. */
export const FORMAT = Object.freeze({ BYTES: 0x01, CLAIMS: 0x02 });
const TICKET_ID_LENGTH = 16;
const FIXED_HEADER = 3 + 8 + 8 + TICKET_ID_LENGTH;
export const MAX_TICKET_LENGTH = 32 * 1024;

/** Unpadded Base64url (RFC 4648 §5), only the one canonical spelling of each value. */
export function base64UrlDecode(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? new Uint8Array(bytes) : null;
}

const isAppId = (id) => /^[\x21-\x7e]{1,128}$/.test(id);

/** The clear header: version, format, app id, issue and expiry (epoch ms), ticket id. */
export function decodeHeader(bytes) {
  if (bytes.length < FIXED_HEADER + 1) throw new Error('header too short');
  const version = bytes[0];
  if (!Object.values(VERSION).includes(version)) throw new Error(`unknown ticket version ${version}`);
  const format = bytes[1];
  if (!Object.values(FORMAT).includes(format)) throw new Error(`unknown user-info format ${format}`);
  const appLength = bytes[2];
  if (bytes.length !== FIXED_HEADER + appLength) throw new Error('header length does not match');
  const appId = Buffer.from(bytes.subarray(3, 3 + appLength)).toString('latin1');
  if (!isAppId(appId)) throw new Error('invalid app id in header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const issued = view.getBigInt64(3 + appLength);
  const expires = view.getBigInt64(11 + appLength);
  if (expires <= issued) throw new Error('expiry not after issue time');
  const safe = (t) => t >= BigInt(Number.MIN_SAFE_INTEGER) && t <= BigInt(Number.MAX_SAFE_INTEGER);
  if (!safe(issued) || !safe(expires)) throw new Error('time out of range');
  const ticketId = bytes.subarray(19 + appLength);
  return { version, format, appId, issuedAt: Number(issued), expiresAt: Number(expires), ticketId };
}

/**
 * Claims encoding (format 0x02), big-endian: count (2), then per claim name length (2, ≥ 1),
 * name (UTF-8), value length (4), value (UTF-8); names strictly ascending; nothing after.
 */
export function decodeClaims(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let at = 0;
  const take = (n) => {
    if (n > bytes.length - at) throw new Error('truncated claims');
    const slice = bytes.subarray(at, at + n);
    at += n;
    return utf8.decode(slice);
  };
  if (bytes.length < 2) throw new Error('truncated claims');
  const count = view.getUint16(0);
  at = 2;
  const claims = {};
  let previous = null;
  for (let i = 0; i < count; i++) {
    if (bytes.length - at < 2) throw new Error('truncated claims');
    const nameLength = view.getUint16(at);
    at += 2;
    const name = take(nameLength);
    if (!name || (previous !== null && !utf16Less(previous, name))) {
      throw new Error('claim names not strictly ascending');
    }
    if (bytes.length - at < 4) throw new Error('truncated claims');
    const length = view.getUint32(at);
    at += 4;
    define(claims, name, take(length));
    previous = name;
  }
  if (at !== bytes.length) throw new Error('bytes after the claims');
  return claims;
}

// An own property even for "__proto__", which plain assignment would drop.
const define = (object, name, value) =>
  Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });

// The order the platform sorts names in: UTF-16 code units (Java's String.compareTo). For the
// ASCII names it sends this is also byte order.
const utf16Less = (a, b) => a < b;

// JSON's own whitespace (RFC 8259 §2), and a string token (§7), matched where they start.
const WS = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4}))*"/y;

/**
 * Version 2 claims: one UTF-8 JSON object whose members are all strings, no name twice.
 * JSON.parse would keep the last of two equal names and take any value, so the object is read
 * here token by token; each string token is then decoded by JSON.parse.
 */
export function decodeJsonClaims(bytes) {
  // fatal: no replacement characters; ignoreBOM: a BOM stays and is refused below.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  let at = 0;
  const skip = () => {
    WS.lastIndex = at;
    WS.exec(text);
    at = WS.lastIndex;
  };
  const expect = (char) => {
    skip();
    if (text[at] !== char) throw new Error(`expected '${char}' at ${at}`);
    at++;
  };
  const string = () => {
    skip();
    STRING.lastIndex = at;
    const token = STRING.exec(text);
    if (!token) throw new Error(`expected a string at ${at}`);
    at = STRING.lastIndex;
    const value = JSON.parse(token[0]);
    // An escaped lone surrogate (\ud800) is no Unicode text: refused like malformed UTF-8.
    if (!value.isWellFormed()) throw new Error(`a lone surrogate at ${at}`);
    return value;
  };
  const claims = {};
  expect('{');
  skip();
  if (text[at] === '}') {
    at++;
  } else {
    for (;;) {
      const name = string();
      expect(':');
      const value = string();
      if (Object.prototype.hasOwnProperty.call(claims, name)) throw new Error(`"${name}" twice`);
      define(claims, name, value);
      skip();
      if (text[at] === ',') {
        at++;
        continue;
      }
      expect('}');
      break;
    }
  }
  skip();
  if (at !== text.length) throw new Error('text after the JSON object');
  return claims;
}

/**
 * Remembers ticket ids until their last accepted instant, in memory, for one process. Bounded:
 * when `capacity` unexpired ids are held, a new ticket is refused rather than an old id
 * forgotten (forgetting would let that ticket be replayed). A backend with several processes
 * needs a shared store (Redis SET NX with an expiry, a database unique key) instead.
 */
export class InMemoryReplaySet {
  constructor({ capacity = 100_000, clock = Date.now } = {}) {
    this.capacity = capacity;
    this.clock = clock;
    this.seen = new Map();
  }

  /** True the first time `id` is marked; false if it was already used (or the set is full). */
  markUsed(id, until) {
    const now = this.clock();
    if (this.seen.has(id) && this.seen.get(id) > now) return false;
    if (this.seen.size >= this.capacity) {
      for (const [key, expiry] of this.seen) if (expiry <= now) this.seen.delete(key);
      if (this.seen.size >= this.capacity) return false;
    }
    this.seen.set(id, until);
    return true;
  }
}

/**
 * Opens sealed user info as an app's backend must. One opener per app. Checks, in order, and
 * stops at the first failure: well-formed; the platform's signature; addressed to this app; in
 * its time window (widened by `allowedSkewMs` both sides); not seen before; decrypts.
 */
export class TicketOpener {
  constructor({ platformKey, appId, sm4Key, allowedSkewMs = 60_000, clock = Date.now, replaySet }) {
    this.platformKeyHex = /-----BEGIN/.test(platformKey) ? publicKeyFromPem(platformKey) : platformKey;
    if (!isAppId(appId)) throw new TypeError('an app id is 1–128 printable ASCII');
    this.appId = appId;
    this.sm4Key = typeof sm4Key === 'string' ? new Uint8Array(Buffer.from(sm4Key, 'hex')) : sm4Key;
    if (this.sm4Key.length !== 16) throw new TypeError('an SM4 key is 16 bytes (32 hex digits)');
    if (!(allowedSkewMs >= 0)) throw new TypeError('the allowed skew is not negative');
    this.allowedSkewMs = allowedSkewMs;
    this.clock = clock;
    this.replaySet = replaySet ?? new InMemoryReplaySet({ clock });
  }

  open(ticket) {
    // 1. Well-formed; nothing below trusts the header before the signature is checked.
    if (typeof ticket !== 'string' || !ticket) throw reject('MALFORMED', 'no ticket');
    if (ticket.length > MAX_TICKET_LENGTH) throw reject('MALFORMED', 'longer than any ticket');
    const parts = ticket.split('.');
    if (parts.length !== 3) throw reject('MALFORMED', "a ticket has three parts separated by '.'");
    const [header, sealed, signature] = parts.map(base64UrlDecode);
    if (!header || !sealed || !signature) {
      throw reject('MALFORMED', 'a part is not canonical unpadded Base64url');
    }
    if (sealed.length < gcm.NONCE_LENGTH + gcm.TAG_LENGTH || signature.length === 0) {
      throw reject('MALFORMED', 'a part is too short');
    }
    let h;
    try {
      h = decodeHeader(header);
    } catch (e) {
      throw reject('MALFORMED', e.message);
    }

    // 2. The platform signed the ASCII text `part1.part2`.
    const signedText = Buffer.from(`${parts[0]}.${parts[1]}`, 'ascii');
    if (!verify(signedText, signature, this.platformKeyHex)) {
      throw reject('BAD_SIGNATURE', "the platform's signature does not verify");
    }

    // 3. Sealed for one app.
    if (h.appId !== this.appId) throw reject('WRONG_APP', 'the ticket was issued to another app');

    // 4. Time window.
    const now = this.clock();
    if (now < h.issuedAt - this.allowedSkewMs) {
      throw reject('NOT_YET_VALID', 'issued after now plus the allowed skew');
    }
    const lastAccepted = h.expiresAt + this.allowedSkewMs;
    if (now >= lastAccepted) {
      throw reject('EXPIRED', `the ticket expired at ${new Date(h.expiresAt).toISOString()}`);
    }

    // 5. Single use, remembered until step 4 would refuse it anyway.
    const ticketId = Buffer.from(h.ticketId).toString('base64url');
    if (!this.replaySet.markUsed(ticketId, lastAccepted)) {
      throw reject('REPLAYED', 'the ticket was already used');
    }

    // 6. Decrypt with the app's key; the header bytes are the additional data.
    let userInfo;
    try {
      userInfo = gcm.open(this.sm4Key, sealed, header);
    } catch {
      throw reject('DECRYPTION_FAILED', 'the user info does not decrypt with this key');
    }
    let claims = null;
    try {
      if (h.format === FORMAT.CLAIMS) {
        claims = h.version === VERSION.JSON_CLAIMS ? decodeJsonClaims(userInfo) : decodeClaims(userInfo);
      }
    } catch (e) {
      throw reject('DECRYPTION_FAILED', `the decrypted claims are not well-formed: ${e.message}`);
    }
    return {
      appId: h.appId,
      issuedAt: new Date(h.issuedAt),
      expiresAt: new Date(h.expiresAt),
      ticketId,
      version: h.version,
      format: h.format,
      userInfo,
      claims,
    };
  }
}

/** The platform's ticket-signing public key: GET platform-key answers `{code:0, data:{publicKey}}`. */
export async function fetchPlatformKey(url) {
  const response = await fetch(url);
  const envelope = await response.json();
  if (response.status !== 200 || envelope.code !== 0) {
    throw new Error(`platform-key answered ${response.status} ${envelope.code} ${envelope.msg}`);
  }
  return publicKeyFromPem(envelope.data.publicKey);
}

/**
 * Trades the front end's one-time ticket for sealed user info: a signed POST of
 * `{"ticket":"…"}` to `…/onewindow-tickets/exchanges`, with `?claims=json` for a version 2
 * ticket (JSON claims; the query is signed like any other). Answers the sealed string
 * (`data.userInfo`), or throws an Error with the platform's HTTP `status`, `code` and `msg`.
 */
export async function exchangeTicket(exchangeUrl, ticket, signer, { claims } = {}) {
  const url = new URL(exchangeUrl);
  if (claims === 'json') url.searchParams.set('claims', 'json');
  else if (claims !== undefined) throw new TypeError("claims is 'json' or left out");
  const reply = await signer.fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ticket }),
  });
  if (reply.status !== 200 || reply.json?.code !== 0) {
    const error = new Error(`exchange refused: ${reply.status} ${reply.json?.code} ${reply.json?.msg}`);
    error.status = reply.status;
    error.code = reply.json?.code;
    error.msg = reply.json?.msg;
    throw error;
  }
  return reply.json.data.userInfo;
}
