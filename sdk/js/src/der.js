// Just enough strict DER (ITU-T X.690 §10) for SM2 keys and signatures: sm-crypto-v2 reads
// neither PEM nor SPKI, and its own signature decoder ignores tags and trailing bytes.

export class DerError extends Error {}

/** Reads one TLV at `offset`; definite, minimal lengths only (X.690 §10.1). */
export function readTlv(bytes, offset = 0) {
  if (offset + 2 > bytes.length) throw new DerError('truncated DER');
  const tag = bytes[offset];
  let length = bytes[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 3) throw new DerError('unsupported DER length');
    if (start + count > bytes.length) throw new DerError('truncated DER');
    length = 0;
    for (let i = 0; i < count; i++) length = (length << 8) | bytes[start + i];
    if (length < 0x80 || bytes[start] === 0) throw new DerError('non-minimal DER length');
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw new DerError('truncated DER');
  return { tag, value: bytes.subarray(start, end), end };
}

/** The children of a constructed value, which must fill it exactly. */
export function readChildren(value) {
  const children = [];
  let offset = 0;
  while (offset < value.length) {
    const child = readTlv(value, offset);
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** The one TLV that makes up all of `bytes`, with the expected tag. */
export function readWhole(bytes, tag) {
  const tlv = readTlv(bytes, 0);
  if (tlv.end !== bytes.length) throw new DerError('bytes after the DER value');
  if (tlv.tag !== tag) throw new DerError(`expected tag 0x${tag.toString(16)}`);
  return tlv;
}

/** A non-negative INTEGER's value as a BigInt, insisting on the minimal encoding. */
export function readUnsignedInteger(tlv) {
  if (tlv.tag !== 0x02) throw new DerError('expected an INTEGER');
  const v = tlv.value;
  if (v.length === 0) throw new DerError('empty INTEGER');
  if (v[0] & 0x80) throw new DerError('negative INTEGER');
  if (v.length > 1 && v[0] === 0 && !(v[1] & 0x80)) throw new DerError('non-minimal INTEGER');
  return BigInt('0x' + Buffer.from(v).toString('hex'));
}

function encodeLength(length) {
  if (length < 0x80) return [length];
  const bytes = [];
  for (let l = length; l > 0; l >>= 8) bytes.unshift(l & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

export function encodeTlv(tag, value) {
  return Uint8Array.from([tag, ...encodeLength(value.length), ...value]);
}

export function encodeUnsignedInteger(n) {
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  let bytes = Buffer.from(hex, 'hex');
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return encodeTlv(0x02, bytes);
}

/** The DER bytes of the first PEM block labelled `label` (RFC 7468). */
export function pemToDer(pem, label) {
  const re = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`);
  const match = re.exec(String(pem));
  if (!match) throw new DerError(`no "${label}" PEM block`);
  return new Uint8Array(Buffer.from(match[1].replace(/\s+/g, ''), 'base64'));
}
