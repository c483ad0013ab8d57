package org.onewindow.it.appcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.SampleUpstream;

/**
 * Issue 16: the OpenSSL recipe of {@code docs/wire-formats.md} §4, run as it stands in the document
 * by bash, OpenSSL 3 and curl against the real gateway — an integrator with nothing but a shell
 * registers the key OpenSSL made and calls an interface (000 9.4.4 a). The same call without the
 * signer ID is refused, and the refusal says the signature is at fault.
 */
@PlatformIT
class OpenSslRecipeIT {

  private static final Path DOCUMENT = Path.of("..", "docs", "wire-formats.md");

  @RegisterExtension static final Administrators administrators = new Administrators();

  @TempDir static Path shell;

  private static SampleUpstream upstream;
  private static long busLine;
  private static String appKey;

  @BeforeAll
  static void anAppWhoseKeyOpenSslMade() throws IOException {
    upstream = new SampleUpstream();
    AppCentreSetup setup = new AppCentreSetup(administrators, "OpenSSL");
    busLine = setup.onlineInterface(SampleUpstream.url("/bus/line"));
    run(block("openssl-keys"), Map.of());
    String publicPem = Files.readString(shell.resolve("pub.pem"), StandardCharsets.US_ASCII);

    HttpJson.Reply created =
        HttpJson.postJson(
            AppCentreSetup.API + "/apps",
            setup.system,
            Json.createObjectBuilder()
                .add("unitId", setup.unitId)
                .add("name", "OpenSSL 应用")
                .add("description", "只有命令行的接入方")
                .add("pageUrl", "http://localhost:18091/openssl")
                .add("sm2PublicKey", publicPem)
                .build()
                .toString());
    assertEquals(201, created.status(), created.body());
    JsonObject issued = created.json().getJsonObject("data");
    assertTrue(
        !issued.containsKey("sm2PrivateKeyPem") || issued.isNull("sm2PrivateKeyPem"),
        "the unit keeps its own private key: " + issued);
    JsonObject app = issued.getJsonObject("app");
    appKey = app.getString("appKey");
    long appId = app.getJsonNumber("id").longValue();
    setup.bind(appId, busLine);
    setup.takeOnline(appId);
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  @Test
  void theDocumentsCallIsForwardedAndAnswered() throws IOException {
    int before = upstream.calls("/bus/line");

    JsonObject answer = json(run(block("openssl-call"), environment()));

    assertEquals(
        "100", answer.getJsonObject("process_response").getString("result_code"), "" + answer);
    assertEquals(before + 1, upstream.calls("/bus/line"));
    assertEquals("北京", upstream.lastForm().get("city"), "the body arrived as it was signed");
  }

  @Test
  void withoutTheSignerIdOpenSslsSignatureIsRefusedAsSuch() throws IOException {
    int before = upstream.calls("/bus/line");
    String withoutId = block("openssl-call").replace(" -sigopt distid:1234567812345678", "");
    assertTrue(!withoutId.contains("distid"), "the recipe names the signer ID once");

    JsonObject refusal = json(run(withoutId, environment()));

    assertEquals(20001, refusal.getInt("code"));
    assertTrue(refusal.getString("msg").contains("签名"), refusal.getString("msg"));
    assertEquals(before, upstream.calls("/bus/line"), "never forwarded");
  }

  private static Map<String, String> environment() {
    return Map.of("BASE", Platform.BASE_URL, "APP_KEY", appKey, "INTERFACE", "" + busLine);
  }

  /** The text of the document's block named {@code name}. */
  private static String block(String name) throws IOException {
    Matcher blocks =
        Pattern.compile("```" + name + "\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
    if (!blocks.find()) {
      throw new AssertionError("no ```" + name + " block in " + DOCUMENT);
    }
    return blocks.group(1);
  }

  /** Runs {@code script} with bash in the class's directory; its standard output. */
  private static String run(String script, Map<String, String> environment) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
            .directory(shell.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      assertEquals(0, process.waitFor(), "the recipe failed; it printed: " + out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
