// Reads the test vectors from the document itself (docs/wire-formats.md), as sm-crypto's
// WireFormatVectorsTest does, so this client cannot drift from what the document says.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DOCUMENT = fileURLToPath(new URL('../../../docs/wire-formats.md', import.meta.url));

/** Every fenced block with an info string: `{kind, text}`, in document order. */
export function blocks() {
  const text = readFileSync(DOCUMENT, 'utf8');
  const found = [];
  for (const match of text.matchAll(/```([\w-]+)\n([\s\S]*?)\n```/g)) {
    found.push({ kind: match[1], text: match[2] });
  }
  return found;
}

/** A block's `name: value` lines. */
export function fields(text) {
  const map = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 0) throw new Error(`not a "name: value" line: ${line}`);
    map[line.slice(0, colon)] = line.slice(colon + 2);
  }
  return map;
}

/** The `vector` blocks whose fields include every one of `names`. */
export function vectorsWith(...names) {
  return blocks()
    .filter((b) => b.kind === 'vector')
    .map((b) => fields(b.text))
    .filter((v) => names.every((n) => n in v));
}

export function documentText() {
  return readFileSync(DOCUMENT, 'utf8');
}
