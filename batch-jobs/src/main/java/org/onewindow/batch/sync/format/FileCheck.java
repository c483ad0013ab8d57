package org.onewindow.batch.sync.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * One pass over a file's bytes: their SM3 digest, and whether they are strict UTF-8 — a file with a
 * UTF-8 byte order mark is UTF-8; one that does not decode as UTF-8 is taken as GBK (the other
 * encoding departments' systems write, 004 7.1).
 *
 * @param sm3 the 32-byte digest
 * @param detected the charset the bytes are in, unless a manifest says otherwise; null when not
 *     looked for
 */
public record FileCheck(byte[] sm3, Charset detected) {

  public static final Charset GBK = Charset.forName("GBK");

  public static FileCheck of(Path file) throws IOException {
    return of(file, true);
  }

  /**
   * The file's digest, and its encoding only if {@code detect}: a manifest that declares the
   * encoding makes the detection — a full UTF-8 decoding, a third of the pass — needless ({@link
   * #detected} is then null).
   */
  public static FileCheck of(Path file, boolean detect) throws IOException {
    SM3Digest digest = new SM3Digest();
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    boolean strictUtf8 = detect;
    boolean byteOrderMark = false;
    byte[] buffer = new byte[1 << 16];
    ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
    CharBuffer chars = CharBuffer.allocate(buffer.length + 8);
    boolean first = true;
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
        if (first) {
          byteOrderMark =
              read >= 3
                  && (buffer[0] & 0xFF) == 0xEF
                  && (buffer[1] & 0xFF) == 0xBB
                  && (buffer[2] & 0xFF) == 0xBF;
          first = false;
        }
        if (strictUtf8 && !byteOrderMark) {
          pending.put(buffer, 0, read).flip();
          chars.clear();
          CoderResult result = utf8.decode(pending, chars, false);
          strictUtf8 = !result.isError();
          pending.compact(); // an incomplete sequence at the end waits for the next block
        }
      }
    }
    if (strictUtf8 && !byteOrderMark) {
      pending.flip();
      chars.clear();
      strictUtf8 = !utf8.decode(pending, chars, true).isError() && !pending.hasRemaining();
    }
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    if (!detect) {
      return new FileCheck(out, null);
    }
    return new FileCheck(out, byteOrderMark || strictUtf8 ? StandardCharsets.UTF_8 : GBK);
  }

  public String sm3Hex() {
    return HexFormat.of().formatHex(sm3);
  }

  /** SM3 of bytes, hex (the outbound writer's digest of what it wrote). */
  public static String sm3Hex(byte[] bytes) {
    SM3Digest digest = new SM3Digest();
    digest.update(bytes, 0, bytes.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }
}
