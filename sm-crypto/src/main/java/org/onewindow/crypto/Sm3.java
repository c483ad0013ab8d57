package org.onewindow.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 digests (GB/T 32905-2016) in the forms the standards ask for. */
public final class Sm3 {

  /** SM3 always produces 256 bits. */
  public static final int DIGEST_LENGTH = 32;

  private Sm3() {}

  /** The raw 32-byte SM3 digest of {@code data}. */
  public static byte[] digest(byte[] data) {
    SM3Digest digest = new SM3Digest();
    digest.update(data, 0, data.length);
    byte[] out = new byte[DIGEST_LENGTH];
    digest.doFinal(out, 0);
    return out;
  }

  /**
   * The SM3 digest of a string as unpadded Base64url, for values that need a unique, irreversible
   * identifier (003 6.3.2.3 d). The string is encoded as UTF-8 first, as the clause's note says.
   */
  public static String base64UrlDigest(String text) {
    byte[] digest = digest(text.getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }
}
