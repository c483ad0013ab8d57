/**
 * The exchange area's files as records (004 7.1; docs/wire-formats.md §8): JSON lines or a JSON
 * array, CSV with a header row, XML {@code <records><record>…</record></records>}; UTF-8 or GBK,
 * declared by the file's manifest or detected (a UTF-8 byte order mark, or bytes that are not
 * strict UTF-8 → GBK); the manifest with the file's SM3 digest. Plain Java, no container: the
 * inbound reader and the benchmark's generator share it.
 */
package org.onewindow.batch.sync.format;
