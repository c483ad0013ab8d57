package org.onewindow.identity.domain;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.onewindow.common.HostSyntax;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.keys.EncryptedValue;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * What the platform asks of an app's realm client (000 9.3, 9.2.1): the app id (its client id and
 * the ticket audience), its display name, the address its pages are served from (redirect URIs and
 * the only web origin its JSSDK calls are answered for), its SM2 public key (request signatures)
 * and its SM4 key as the platform stored it: wrapped under the platform KEK (003 6.3.2.3 c), so the
 * realm holds no key in the clear. Checked on construction; invalid input never reaches the realm.
 *
 * @param appId lower-case letters, digits and hyphens, 3–63 characters, starting with {@code app-}
 * @param displayName shown on the login page; 1–64 characters
 * @param baseUrl https, or http on localhost for the demo; no query, no fragment
 * @param sm2PublicKeyPem the app's SM2 public key, PEM
 * @param sm4KeyRef the app's SM4 key wrapped by the platform ({@code EncryptedValue}, purpose
 *     {@code app-sm4-key})
 */
public record AppClientSpec(
    String appId, String displayName, URI baseUrl, String sm2PublicKeyPem, String sm4KeyRef) {

  /** The prefix that sets apps' clients apart from the platform's own (console, portal, …). */
  public static final String APP_PREFIX = "app-";

  public static final String SM4_KEY_PURPOSE = "app-sm4-key";

  private static final Pattern APP_ID = Pattern.compile("app-[a-z0-9][a-z0-9-]{0,58}");

  public AppClientSpec {
    if (appId == null || !APP_ID.matcher(appId).matches()) {
      throw InvalidInputException.keyed("appId", "identity.appClient.appId");
    }
    InputRules.singleLine("displayName", displayName);
    if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
      throw InvalidInputException.keyed("displayName", "identity.appClient.displayName");
    }
    baseUrl = checkedBaseUrl(baseUrl);
    try {
      Sm2PublicKey.fromPem(Objects.requireNonNull(sm2PublicKeyPem));
    } catch (CryptoException | NullPointerException e) {
      throw InvalidInputException.keyed("sm2PublicKey", "identity.appClient.sm2PublicKey");
    }
    try {
      if (!SM4_KEY_PURPOSE.equals(
          EncryptedValue.decode(Objects.requireNonNull(sm4KeyRef)).purpose())) {
        throw InvalidInputException.keyed(
            "sm4KeyRef", "identity.appClient.sm4KeyPurpose", SM4_KEY_PURPOSE);
      }
    } catch (CryptoException | NullPointerException e) {
      throw InvalidInputException.keyed("sm4KeyRef", "identity.appClient.sm4KeyRef");
    }
  }

  private static URI checkedBaseUrl(URI url) {
    if (url == null
        || url.getHost() == null
        || url.getRawQuery() != null
        || url.getRawFragment() != null) {
      throw InvalidInputException.keyed("baseUrl", "identity.appClient.baseUrlShape");
    }
    HostSyntax.check("baseUrl", url.getHost());
    boolean localhost = "localhost".equals(url.getHost());
    if (!"https".equals(url.getScheme()) && !("http".equals(url.getScheme()) && localhost)) {
      throw InvalidInputException.keyed("baseUrl", "identity.appClient.baseUrlHttps");
    }
    String text = url.toString().replaceAll("/+$", "");
    return URI.create(text);
  }

  /** The origin (scheme, host, port) of the app's pages: its only web origin. */
  public String origin() {
    return baseUrl.getScheme()
        + "://"
        + baseUrl.getHost()
        + (baseUrl.getPort() == -1 ? "" : ":" + baseUrl.getPort());
  }
}
