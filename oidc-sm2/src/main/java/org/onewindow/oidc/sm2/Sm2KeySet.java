package org.onewindow.oidc.sm2;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * The signature keys of a JWK set, by {@code kid}. SM2 keys are {@code
 * {"kty":"EC","crv":"SM2",x,y}} with x and y 32 bytes each, Base64url; RSA keys and EC keys on
 * P-256/384/521 are read as WildFly's own {@code JWKParser} reads them (RFC 7518 6.2, 6.3). Unlike
 * its {@code JsonWebKeySetUtil.getKeys}, one key this client cannot read is left out and logged,
 * not fatal to the others.
 */
public final class Sm2KeySet {

  private static final Logger LOG = Logger.getLogger(Sm2KeySet.class.getName());

  private Sm2KeySet() {}

  /** The keys of {@code json} usable to verify signatures ({@code "use":"sig"}). */
  public static Map<String, PublicKey> signatureKeys(String json) {
    JsonObject set;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      set = reader.readObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a JWK set: " + e.getMessage(), e);
    }
    Map<String, PublicKey> keys = new HashMap<>();
    for (JsonValue value : set.getJsonArray("keys")) {
      JsonObject jwk = value.asJsonObject();
      String kid = jwk.getString("kid", null);
      if (kid == null || !"sig".equals(jwk.getString("use", "sig"))) {
        continue;
      }
      try {
        keys.put(kid, key(jwk));
      } catch (GeneralSecurityException | RuntimeException e) {
        LOG.fine(() -> "key " + kid + " left out: " + e.getMessage());
      }
    }
    return keys;
  }

  private static PublicKey key(JsonObject jwk) throws GeneralSecurityException {
    String kty = jwk.getString("kty", "");
    if (kty.equals("RSA")) {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(unsigned(jwk, "n"), unsigned(jwk, "e")));
    }
    if (isSm2(jwk)) {
      return sm2(jwk);
    }
    if (kty.equals("EC")) {
      String curve =
          switch (jwk.getString("crv", "")) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            case "P-521" -> "secp521r1";
            default -> throw new IllegalArgumentException("unsupported curve " + jwk.get("crv"));
          };
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec(curve));
      ECPoint point = new ECPoint(unsigned(jwk, "x"), unsigned(jwk, "y"));
      return KeyFactory.getInstance("EC")
          .generatePublic(
              new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
    }
    throw new IllegalArgumentException("unsupported key type " + kty);
  }

  private static BigInteger unsigned(JsonObject jwk, String name) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString(name)));
  }

  static boolean isSm2(JsonObject jwk) {
    return "EC".equals(jwk.getString("kty", null)) && "SM2".equals(jwk.getString("crv", null));
  }

  /** The SM2 point (x, y), checked to lie on the curve. */
  static Sm2JwkPublicKey sm2(JsonObject jwk) {
    byte[] x = coordinate(jwk, "x");
    byte[] y = coordinate(jwk, "y");
    byte[] point = new byte[65];
    point[0] = 0x04;
    System.arraycopy(x, 0, point, 1, 32);
    System.arraycopy(y, 0, point, 33, 32);
    return new Sm2JwkPublicKey(Sm2PublicKey.fromPoint(point));
  }

  private static byte[] coordinate(JsonObject jwk, String name) {
    byte[] bytes = Base64.getUrlDecoder().decode(jwk.getString(name));
    if (bytes.length != 32) {
      throw new CryptoException("SM2 JWK " + name + " must be 32 bytes, not " + bytes.length);
    }
    return bytes;
  }
}
