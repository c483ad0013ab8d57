package org.onewindow.web.lightapp;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * Who the demo app is at the platform and the keys it was given when it was registered.
 *
 * <p>From the environment: {@code ONEWINDOW_LIGHTAPP_DEMO_SM2_KEY_FILE} (its SM2 private key, PEM),
 * {@code ONEWINDOW_LIGHTAPP_DEMO_SM4_KEY_FILE} (its SM4 key, 32 hex digits) and, to pin the
 * platform's ticket-signing key instead of reading it from the platform at start, {@code
 * ONEWINDOW_LIGHTAPP_DEMO_PLATFORM_KEY_FILE} (PEM). Without them it uses the documented demo keys
 * bundled in {@code WEB-INF/demo-keys} and says so in the log.
 *
 * @param appId the app's client id at the platform
 * @param ticketsUrl the platform's ticket endpoints
 * @param signingKey signs the app's calls to the platform
 * @param sealingKey opens the user info the platform seals for the app
 * @param pinnedPlatformKey the platform's ticket-signing key, when the operator pinned it
 */
record DemoAppSettings(
    String appId,
    String ticketsUrl,
    Sm2PrivateKey signingKey,
    Sm4Key sealingKey,
    Optional<Sm2PublicKey> pinnedPlatformKey) {

  static final String APP_ID = "onewindow-lightapp-demo";

  private static final Logger LOG = Logger.getLogger(DemoAppSettings.class.getName());

  static DemoAppSettings load(ServletContext context, UnaryOperator<String> environment)
      throws IOException {
    String keycloak =
        System.getProperty("onewindow.keycloak.url", "http://localhost:8180").replaceAll("/+$", "");
    String sm2File = environment.apply("ONEWINDOW_LIGHTAPP_DEMO_SM2_KEY_FILE");
    String sm4File = environment.apply("ONEWINDOW_LIGHTAPP_DEMO_SM4_KEY_FILE");
    if (sm2File == null || sm4File == null) {
      LOG.warning(
          "DEMO light app: using the documented demo keys (keycloak-realm/demo/keys); set"
              + " ONEWINDOW_LIGHTAPP_DEMO_SM2_KEY_FILE and ONEWINDOW_LIGHTAPP_DEMO_SM4_KEY_FILE"
              + " for real ones");
    }
    String sm2Pem =
        sm2File != null
            ? Files.readString(Path.of(sm2File))
            : bundled(context, "demo-lightapp-sm2-key.pem");
    String sm4Hex =
        sm4File != null
            ? Files.readString(Path.of(sm4File))
            : bundled(context, "demo-lightapp-sm4-key.hex");
    String platformFile = environment.apply("ONEWINDOW_LIGHTAPP_DEMO_PLATFORM_KEY_FILE");
    Optional<Sm2PublicKey> pinned =
        platformFile == null
            ? Optional.empty()
            : Optional.of(Sm2PublicKey.fromPem(Files.readString(Path.of(platformFile))));
    return new DemoAppSettings(
        APP_ID,
        keycloak + "/realms/onewindow/onewindow-tickets",
        Sm2PrivateKey.fromPem(sm2Pem),
        Sm4Key.of(HexFormat.of().parseHex(sm4Hex.strip())),
        pinned);
  }

  private static String bundled(ServletContext context, String name) throws IOException {
    try (InputStream in = context.getResourceAsStream("/WEB-INF/demo-keys/" + name)) {
      if (in == null) {
        throw new IOException("the demo key WEB-INF/demo-keys/" + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
