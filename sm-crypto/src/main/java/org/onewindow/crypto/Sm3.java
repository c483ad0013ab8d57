package org.onewindow.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

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

  /** HMAC-SM3 (RFC 2104 over SM3) of {@code data} under {@code key}. */
  public static byte[] hmac(byte[] key, byte[] data) {
    if (key == null || key.length == 0) {
      throw new CryptoException("HMAC-SM3 needs a non-empty key");
    }
    HMac mac = new HMac(new SM3Digest());
    mac.init(new KeyParameter(key));
    mac.update(data, 0, data.length);
    byte[] out = new byte[DIGEST_LENGTH];
    mac.doFinal(out, 0);
    return out;
  }

  /**
   * PBKDF2 (RFC 8018) with HMAC-SM3 as the pseudo-random function: the password hash of the
   * platform. The password is encoded as UTF-8.
   *
   * @param iterations at least 1; choose it so one hash costs real CPU time
   * @param keyLength bytes of derived key wanted
   */
  public static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int keyLength) {
    if (iterations < 1 || keyLength < 1) {
      throw new CryptoException("PBKDF2 needs at least one iteration and one byte of output");
    }
    if (salt == null || salt.length < 8) {
      throw new CryptoException("PBKDF2 needs a salt of at least 8 bytes");
    }
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SM3Digest());
    generator.init(PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password), salt, iterations);
    return ((KeyParameter) generator.generateDerivedParameters(keyLength * 8)).getKey();
  }
}
