package org.onewindow.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.it.support.Browser;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.KeycloakAdmin;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.openqa.selenium.By;

/**
 * Enterprise / personal codes (000 8.1.2 k; issue 20 item 8): a citizen signs in and gets a QR code
 * carrying an SM2-signed token of a few minutes; the test reads the PNG with zxing as a scanner
 * would; the verification endpoint accepts the token once, shows the holder masked, and refuses a
 * copy and a changed token; the public page verifies a renewed code. Expiry is the unit tests'
 * (HolderCodeTokenTest, a fixed clock): a test does not wait five minutes.
 */
@PlatformIT
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class PersonalCodeIT {

  private static final String API = Platform.BASE_URL + "/api/v1";
  private static final String PASSWORD = "MyCode#2026x";

  private final KeycloakAdmin admin = new KeycloakAdmin();
  private final String username = "code-" + UUID.randomUUID().toString().substring(0, 8);
  private final String userId =
      admin.createUser(
          KeycloakAdmin.user(username, "小明", "王").build(),
          "citizen",
          KeycloakAdmin.password(PASSWORD));

  @AfterEach
  void cleanUp() {
    admin.delete("/users/" + userId);
  }

  /** The text of the QR code the page shows, read from its PNG. */
  private static String scan(Browser browser) throws Exception {
    String src = browser.find(By.id("code")).getAttribute("src");
    assertTrue(src.startsWith("data:image/png;base64,"), src);
    byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
        .getText();
  }

  private static HttpJson.Reply verify(String token) {
    return HttpJson.postJson(
        API + "/holder-codes/verifications", null, "{\"token\":\"" + token + "\"}");
  }

  @Test
  void aCitizensCodeVerifiesOnceMaskedAndNoChangedOrCopiedOne() throws Exception {
    admin.setRealNameLevel(userId, 3);
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/my-code.xhtml");
      browser.logInAtKeycloak(username, PASSWORD);
      browser.waitForText(By.id("holder"), "王**");
      assertEquals("3", browser.text(By.id("level")));
      long refreshIn = Long.parseLong(browser.find(By.id("code")).getAttribute("data-refresh-in"));
      assertTrue(refreshIn > 0 && refreshIn <= 4 * 60_000, "renewed a minute before expiry");
      browser.screenshot("portal-my-code");

      String scanned = scan(browser);
      String prefix = Platform.BASE_URL + "/portal/code-verification.xhtml?t=";
      assertTrue(scanned.startsWith(prefix + "OWC1."), scanned);
      String token = scanned.substring(prefix.length());
      String payload =
          new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
      assertTrue(payload.contains("\nname=王**\n"), payload);
      assertFalse(payload.contains("小明"), "no name in clear in the token");

      HttpJson.Reply first = verify(token);
      assertEquals(200, first.status(), first.body());
      JsonObject data = first.json().getJsonObject("data");
      assertEquals(0, first.json().getInt("code"));
      assertEquals("VALID", data.getString("verdict"));
      assertEquals("王**", data.getString("maskedName"));
      assertEquals(3, data.getInt("level"));
      assertEquals("PERSON", data.getString("kind"));
      assertFalse(first.body().contains("小明"));

      HttpJson.Reply again = verify(token);
      assertEquals(410, again.status(), again.body());
      assertEquals(20001, again.json().getInt("code"));
      assertEquals("REPLAYED", again.json().getJsonObject("data").getString("verdict"));

      // The level raised in the payload, the platform's signature kept: refused.
      String[] parts = token.substring("OWC1.".length()).split("\\.");
      String raised =
          "OWC1."
              + Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(
                      payload.replace("level=3", "level=4").getBytes(StandardCharsets.UTF_8))
              + "."
              + parts[1];
      HttpJson.Reply tampered = verify(raised);
      assertEquals(400, tampered.status(), tampered.body());
      assertEquals(20000, tampered.json().getInt("code"));
      assertEquals("TAMPERED", tampered.json().getJsonObject("data").getString("verdict"));
      JsonObject refused = tampered.json().getJsonObject("data");
      assertTrue(!refused.containsKey("maskedName") || refused.isNull("maskedName"), "no holder");
      assertEquals(400, verify("not-a-token").status());

      // Renewed on the button: a new code, which the public page verifies, masked.
      browser.click(By.id("renew"));
      browser.waitUntil(
          driver -> {
            try {
              return !scan(browser).equals(scanned);
            } catch (Exception e) {
              return false;
            }
          });
      String renewed = scan(browser);
      try (Browser clerk = new Browser()) {
        clerk.open(renewed);
        assertEquals("VALID", clerk.find(By.id("outcome")).getAttribute("data-outcome"));
        assertEquals("王**", clerk.text(By.id("holder")));
        assertFalse(clerk.isOnKeycloakLoginPage());
        assertFalse(clerk.pageSource().contains("小明"));
        clerk.screenshot("portal-code-verification");
        // Opened again: the copy is refused.
        clerk.open(renewed);
        assertEquals("REPLAYED", clerk.find(By.id("outcome")).getAttribute("data-outcome"));
      }
    }
  }

  @Test
  void theCodeNeedsASignedInHolder() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/my-code.xhtml");
      assertTrue(browser.isOnKeycloakLoginPage());
    }
    HttpJson.Reply renewal = HttpJson.get(Platform.BASE_URL + "/portal/my-code/current", null);
    assertNotEquals(200, renewal.status());
  }

  @Test
  void theVerificationPageSaysWhatItGot() {
    try (Browser browser = new Browser()) {
      browser.open(Platform.BASE_URL + "/portal/code-verification.xhtml");
      browser.find(By.id("noToken"));
      browser.open(Platform.BASE_URL + "/portal/code-verification.xhtml?t=OWC1.abc.def");
      assertEquals("TAMPERED", browser.find(By.id("outcome")).getAttribute("data-outcome"));
      assertFalse(browser.isShown(By.id("facts")));
    }
  }

  /**
   * A verifier of its own for the rate-limit test: a client address no other test uses (Linux
   * answers the whole of 127.0.0.0/8 on loopback), so no other class's scans count against it, nor
   * its scans against them.
   */
  private static final String OWN_ADDRESS = "127.0.0.77";

  /**
   * 限流 of code verification (000 8.1.2 k; 003 Annex A 10019): one verifier gets 30 verifications in
   * a minute, through the API and the public page alike; the next answers 429 with 10019 and the
   * reason, verifies nothing, and leaves other verifiers alone.
   */
  @Test
  void aVerifierOverItsLimitIsRefusedWith10019() throws Exception {
    String body = "{\"token\":\"not-a-token\"}";
    for (int i = 0; i < 29; i++) {
      String[] tampered = fromOwnAddress("POST", "/api/v1/holder-codes/verifications", body);
      assertEquals("400", tampered[0], "verification " + (i + 1) + ": " + tampered[1]);
    }
    String[] page = fromOwnAddress("GET", "/portal/code-verification.xhtml?t=OWC1.abc.def", null);
    assertEquals("200", page[0], "the 30th, on the page");

    String[] refused = fromOwnAddress("POST", "/api/v1/holder-codes/verifications", body);
    assertEquals("429", refused[0], refused[1]);
    assertTrue(refused[1].contains("\"code\":10019"), refused[1]);
    assertTrue(refused[1].contains("核验过于频繁"), refused[1]);
    assertFalse(refused[1].contains("TAMPERED"), "nothing was verified: " + refused[1]);
    String[] refusedPage =
        fromOwnAddress("GET", "/portal/code-verification.xhtml?t=OWC1.abc.def", null);
    assertEquals("429", refusedPage[0]);
    assertTrue(refusedPage[1].contains("data-outcome=\"TOO_FREQUENT\""), refusedPage[1]);
    assertTrue(refusedPage[1].contains("核验过于频繁"), refusedPage[1]);

    // Another verifier (this JVM's usual address) has its own budget.
    assertEquals(400, verify("not-a-token").status());
  }

  /**
   * One HTTP/1.0 exchange with the platform from {@link #OWN_ADDRESS} (the JDK's HttpClient cannot
   * choose its source address before Java 19): the status and the body.
   */
  private static String[] fromOwnAddress(String method, String path, String jsonBody)
      throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.bind(new java.net.InetSocketAddress(OWN_ADDRESS, 0));
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", Platform.HTTP_PORT), 10_000);
      socket.setSoTimeout(30_000);
      byte[] content = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
      String head =
          method
              + " "
              + path
              + " HTTP/1.0\r\nHost: localhost:"
              + Platform.HTTP_PORT
              + "\r\nAccept-Language: zh-CN\r\n"
              + (jsonBody == null
                  ? ""
                  : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n")
              + "\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(content);
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String status = answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4);
      return new String[] {status, answer.substring(answer.indexOf("\r\n\r\n") + 4)};
    }
  }
}
