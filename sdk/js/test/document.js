// Reads the test vectors from the document itself (docs/wire-formats.md), as sm-crypto's
// WireFormatVectorsTest does, so this client cannot drift from what the document says.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DOCUMENT = fileURLToPath(new URL('../../../docs/wire-formats.md', import.meta.url));

// The vectors' demo secrets (private keys, the app's SM4 key) live in a file named as such, not in
// the document: lines `<block>.<field>: <value>`.
export const DEMO_KEYS = fileURLToPath(new URL('../../../docs/demo-keys/wire-format-vectors.txt', import.meta.url));

function demoLines(kind) {
  const prefix = `${kind}.`;
  return readFileSync(DEMO_KEYS, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));
}

/**
 * Every fenced block with an info string: `{kind, text}`, in document order; a block's demo
 * secrets are appended to its text as more `name: value` lines.
 */
export function blocks() {
  const text = readFileSync(DOCUMENT, 'utf8');
  const found = [];
  for (const match of text.matchAll(/```([\w-]+)\n([\s\S]*?)\n```/g)) {
    found.push({ kind: match[1], text: [match[2], ...demoLines(match[1])].join('\n') });
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
