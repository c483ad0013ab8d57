package org.onewindow.it.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.ConsentPage;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.RealmLogin;
import org.onewindow.it.support.SampleUpstream;

/**
 * The JavaScript reference client ({@code sdk/js}, issue 16 item 5) against the real platform: an
 * app onboarded through the API, bound to an online interface at the tests' sample upstream and
 * taken online (which registers its realm client), and a ticket the JSSDK would get for the demo
 * citizen from the app's page origin. Node.js then runs {@code sdk/js/test/platform/}: a signed
 * gateway call answered by the upstream, tampered, replayed and stale calls refused naming their
 * check, and tickets exchanged (binary and JSON claims), opened, and refused the second time. The
 * tickets live in Keycloak: the class runs once, in the H2 run.
 */
@PlatformIT
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
class JsClientIT {

  private static final Path SDK = Path.of("..", "sdk", "js").toAbsolutePath().normalize();
  private static final String TICKETS = Platform.REALM_URL + "/onewindow-tickets";

  /** The app's page, so its realm client's web origin: the JSSDK asks for tickets from there. */
  private static final String PAGE_ORIGIN = "http://localhost:18091";

  /** Generous for two cold Node.js test files over HTTP; a hung run fails instead of waiting. */
  private static final long NODE_TIMEOUT_SECONDS = 120;

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;
  private static AppCentreSetup setup;
  private static long interfaceId;
  private static JsonObject issued;

  @BeforeAll
  static void anOnlineAppBoundToAnOnlineInterface() {
    upstream = new SampleUpstream();
    setup = new AppCentreSetup(administrators, "JS客户端测试");
    interfaceId = setup.onlineInterface(SampleUpstream.url("/bus/line"));
    issued = setup.applyForApp(PAGE_ORIGIN + "/js-client");
    long appId = issued.getJsonObject("app").getJsonNumber("id").longValue();
    setup.bind(appId, interfaceId);
    setup.takeOnline(appId);
    agreeAsTheDemoCitizen(issued.getJsonObject("app").getString("appKey"));
  }

  /**
   * The demo citizen agrees once that the app may receive their data (000 10.3 h): without it the
   * exchange hands nothing over (403 10008), which {@code ConsentIT} tests.
   */
  private static void agreeAsTheDemoCitizen(String appKey) {
    ConsentPage.agree("citizen", Platform.DEMO_PASSWORD, appKey);
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  /** A one-time ticket for the demo citizen and the app, as the JSSDK gets it on the app's page. */
  private static String freshTicket(String appKey) {
    RealmLogin citizen = RealmLogin.as("citizen", Platform.DEMO_PASSWORD);
    HttpResponse<String> answer =
        citizen.send("POST", TICKETS + "/tickets?app=" + appKey, PAGE_ORIGIN);
    assertEquals(200, answer.statusCode(), answer.body());
    return new HttpJson.Reply(answer.statusCode(), answer.body())
        .json()
        .getJsonObject("data")
        .getString("ticket");
  }

  @Test
  void theJavaScriptClientSignsExchangesAndOpensAgainstThePlatform()
      throws IOException, InterruptedException {
    String appKey = issued.getJsonObject("app").getString("appKey");
    ProcessBuilder node =
        new ProcessBuilder("node", "--test", "test/platform/")
            .directory(SDK.toFile())
            .redirectErrorStream(true);
    node.environment()
        .putAll(
            Map.of(
                "OW_INTERFACE_URL",
                Platform.BASE_URL + "/gateway/v1/interfaces/" + interfaceId,
                "OW_APP_KEY",
                appKey,
                "OW_APP_PRIVATE_KEY_PEM",
                issued.getString("sm2PrivateKeyPem"),
                "OW_APP_SM4_KEY_HEX",
                issued.getString("sm4KeyHex"),
                "OW_TICKETS_URL",
                TICKETS,
                "OW_TICKET",
                freshTicket(appKey),
                "OW_TICKET_JSON",
                freshTicket(appKey),
                "OW_EXPECTED_USERNAME",
                "citizen"));
    Path output = Files.createTempFile("js-client-it", ".tap");
    node.redirectOutput(output.toFile());
    int calls = upstream.calls("/bus/line");

    Process run = node.start();
    boolean finished = run.waitFor(NODE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      run.destroyForcibly();
    }
    String tap = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    assertTrue(finished, "node --test did not finish in time:\n" + tap);
    assertEquals(0, run.exitValue(), "node --test test/platform/ failed:\n" + tap);
    // The tests really ran, and only the good signed calls reached the upstream: the signed call
    // and the first of the replayed pair.
    assertTrue(tap.contains("# fail 0") && !tap.contains("# pass 0"), tap);
    assertEquals(calls + 2, upstream.calls("/bus/line"), tap);
  }
}
