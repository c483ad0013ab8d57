// The canonical request of a signed call, as docs/wire-formats.md §1 "The canonical request"
// states it: seven lines joined by LF, no trailing newline, signed as UTF-8 bytes.
import { sm3 } from 'sm-crypto-v2';

const UNRESERVED = /[A-Za-z0-9\-._~]/;
const HEX = /^[0-9A-Fa-f]{2}$/;

export class CanonicalError extends Error {}

/**
 * Percent-decodes to bytes: `%XX` is its byte, any other character its UTF-8 bytes, and `+` a
 * space only in the query. The document does not say what a broken escape (`%`, `%4`, `%zz`)
 * means; a signer cannot agree with a verifier on it, so it is refused here.
 */
export function percentDecode(text, plusIsSpace) {
  const out = [];
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '%') {
      const escape = text.slice(i + 1, i + 3);
      if (!HEX.test(escape)) throw new CanonicalError(`broken percent escape at ${i}`);
      out.push(parseInt(escape, 16));
      i += 3;
    } else if (c === '+' && plusIsSpace) {
      out.push(0x20);
      i++;
    } else {
      const codePoint = text.codePointAt(i);
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
        throw new CanonicalError('a lone surrogate has no UTF-8 encoding');
      }
      const char = String.fromCodePoint(codePoint);
      out.push(...Buffer.from(char, 'utf8'));
      i += char.length;
    }
  }
  return Uint8Array.from(out);
}

/** Every byte outside `A-Z a-z 0-9 - . _ ~` as `%XX`, upper-case hex. */
export function percentEncode(bytes) {
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && UNRESERVED.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Line 2: each `/` segment decoded, ASCII A–Z lower-cased, re-encoded; empty is `/`. */
export function canonicalPath(rawPath) {
  if (!rawPath) return '/';
  return rawPath
    .split('/')
    .map((segment) =>
      percentEncode(percentDecode(segment, false).map((b) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b))),
    )
    .join('/');
}

/** Line 3: pairs decoded (`+` is a space), re-encoded, sorted by name then value, byte order. */
export function canonicalQuery(rawQuery) {
  if (!rawQuery) return '';
  const pairs = rawQuery
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const at = pair.indexOf('=');
      const name = at < 0 ? pair : pair.slice(0, at);
      const value = at < 0 ? '' : pair.slice(at + 1);
      return [percentEncode(percentDecode(name, true)), percentEncode(percentDecode(value, true))];
    });
  // Encoded text is ASCII, so comparing UTF-16 code units is comparing bytes.
  const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort((a, b) => byteOrder(a[0], b[0]) || byteOrder(a[1], b[1]));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

/** Line 4: lower-case hex SM3 of the body bytes. */
export function bodyDigest(body) {
  return sm3(Uint8Array.from(body ?? []));
}

/**
 * The canonical request text.
 *
 * @param {object} r
 * @param {string} r.method
 * @param {string} r.path the path as sent on the request line, before any query
 * @param {string} [r.query] the raw query, without `?`
 * @param {Uint8Array} [r.body]
 * @param {string|number} r.timestamp epoch milliseconds
 * @param {string} r.nonce
 * @param {string} r.appKey
 */
export function canonicalRequest({ method, path, query, body, timestamp, nonce, appKey }) {
  return [
    method.toUpperCase(),
    canonicalPath(path),
    canonicalQuery(query),
    bodyDigest(body),
    String(timestamp),
    nonce,
    appKey,
  ].join('\n');
}
