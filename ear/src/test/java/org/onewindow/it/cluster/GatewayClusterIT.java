package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.it.support.Administrators;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.OnCluster;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.SampleUpstream;

/**
 * The interface gateway on two nodes (000 9.4.4; 003 6.2.4; issue 17 item 2): what one node learns
 * or changes holds on the other at once — a nonce used on one is refused on the other (the
 * replicated nonce store), and a key re-issued or an interface taken offline through one node is
 * refused by the other on the next call, though that node had the old entry in its directory cache.
 */
@OnCluster
class GatewayClusterIT {

  @RegisterExtension static final Administrators administrators = new Administrators();

  private static SampleUpstream upstream;
  private static AppCentreSetup setup;

  @BeforeAll
  static void start() {
    upstream = new SampleUpstream();
    setup = new AppCentreSetup(administrators, "集群网关");
  }

  @AfterAll
  static void stop() {
    upstream.close();
  }

  private record App(long id, String key, Sm2PrivateKey privateKey) {}

  /** An online app bound to {@code interfaces}, all online. */
  private static App onlineApp(long... interfaces) {
    JsonObject issued = setup.applyForApp("http://localhost:18091/cluster");
    long id = issued.getJsonObject("app").getJsonNumber("id").longValue();
    for (long bound : interfaces) {
      setup.bind(id, bound);
    }
    setup.takeOnline(id);
    return new App(
        id,
        issued.getJsonObject("app").getString("appKey"),
        Sm2PrivateKey.fromPem(issued.getString("sm2PrivateKeyPem")));
  }

  /** A draft app's calls a minute, per node, in the gateway's test mode (GatewayIT). */
  private static final int TEST_CALLS_PER_MINUTE = 10;

  private static final byte[] BODY = "city=beijing&q=110".getBytes(StandardCharsets.UTF_8);

  private static String path(long interfaceId) {
    return "/gateway/v1/interfaces/" + interfaceId;
  }

  private static Map<String, String> signed(App app, Sm2PrivateKey key, long interfaceId) {
    return new RequestSigner(app.key(), key, Clock.systemUTC())
        .sign(new RequestParts("POST", path(interfaceId), null, BODY))
        .headers();
  }

  /** The signed call with {@code headers}, sent through the balancer to node {@code n}. */
  private static HttpJson.Reply callOn(int n, long interfaceId, Map<String, String> headers) {
    List<String> pairs = new ArrayList<>(List.of("Cookie", "OW_NODE=" + DeployedCluster.node(n)));
    pairs.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
    headers.forEach(
        (name, value) -> {
          pairs.add(name);
          pairs.add(value);
        });
    return HttpJson.call(
        "POST",
        Platform.BASE_URL + path(interfaceId),
        null,
        new String(BODY, StandardCharsets.UTF_8),
        pairs.toArray(String[]::new));
  }

  /** An API call with a JSON body, sent through the balancer to node {@code n}. */
  private static HttpJson.Reply postOn(int n, String path, String token, String json) {
    return HttpJson.call(
        "POST",
        AppCentreSetup.API + path,
        token,
        json,
        "Content-Type",
        "application/json",
        "Cookie",
        "OW_NODE=" + DeployedCluster.node(n));
  }

  /**
   * The per-app rate limit is per node by design (docs/node-local-state.md; 003 6.2.4 b): behind a
   * balancer that spreads calls, n nodes admit n times the figure. A draft app in the gateway's
   * test mode may make 10 calls a minute per node: once node 1 refuses it, node 2 still admits its
   * own 10.
   */
  @Test
  void aRateLimitHoldsPerNodeSoTwoNodesAdmitTwiceTheFigure() {
    long line = setup.onlineInterface(SampleUpstream.url("/bus/line"));
    JsonObject issued = setup.applyForApp("http://localhost:18091/cluster-rate");
    long draft = issued.getJsonObject("app").getJsonNumber("id").longValue();
    App app =
        new App(
            draft,
            issued.getJsonObject("app").getString("appKey"),
            Sm2PrivateKey.fromPem(issued.getString("sm2PrivateKeyPem")));
    setup.bind(draft, line);
    AppCentreSetup.testMode(draft, setup.system);

    int admittedByNode1 = 0;
    HttpJson.Reply refused = null;
    // The bucket holds 10 and refills one call in six seconds: a refusal comes within a few more.
    for (int i = 0; i < 30 && refused == null; i++) {
      HttpJson.Reply reply = callOn(1, line, signed(app, app.privateKey(), line));
      if (reply.status() == 200) {
        admittedByNode1++;
      } else {
        refused = reply;
      }
    }
    assertEquals(429, refused == null ? 0 : refused.status(), "node 1 refuses past its figure");
    assertEquals(10019, refused.json().getInt("code"));
    assertTrue(admittedByNode1 >= TEST_CALLS_PER_MINUTE, "node 1 admitted " + admittedByNode1);

    for (int i = 0; i < TEST_CALLS_PER_MINUTE; i++) {
      HttpJson.Reply reply = callOn(2, line, signed(app, app.privateKey(), line));
      assertEquals(
          200, reply.status(), "node 2, call " + i + " after node 1 refused: " + reply.body());
    }
  }

  @Test
  void aNonceUsedOnOneNodeIsRefusedOnTheOther() {
    long line = setup.onlineInterface(SampleUpstream.url("/bus/line"));
    App app = onlineApp(line);
    Map<String, String> headers = signed(app, app.privateKey(), line);
    assertEquals(200, callOn(1, line, headers).status());
    int forwarded = upstream.calls("/bus/line");

    HttpJson.Reply replayed = callOn(2, line, headers);
    assertEquals(401, replayed.status(), replayed.body());
    assertEquals(20001, replayed.json().getInt("code"));
    assertEquals(forwarded, upstream.calls("/bus/line"), "the replay is never forwarded");
  }

  @Test
  void aKeyReissuedThroughOneNodeIsRefusedOnTheOtherAtOnce() {
    long line = setup.onlineInterface(SampleUpstream.url("/bus/line"));
    App app = onlineApp(line);
    // node2 looks the app up and keeps it in its directory cache.
    assertEquals(200, callOn(2, line, signed(app, app.privateKey(), line)).status());

    HttpJson.Reply reissued =
        postOn(1, "/apps/" + app.id() + "/credentials", setup.system, "{\"sm2Key\":true}");
    assertEquals(200, reissued.status(), reissued.body());
    Sm2PrivateKey newKey =
        Sm2PrivateKey.fromPem(reissued.json().getJsonObject("data").getString("sm2PrivateKeyPem"));

    HttpJson.Reply old = callOn(2, line, signed(app, app.privateKey(), line));
    assertEquals(401, old.status(), "the old key on the other node: " + old.body());
    assertEquals(20001, old.json().getInt("code"));
    assertEquals(200, callOn(2, line, signed(app, newKey, line)).status());
  }

  @Test
  void anInterfaceTakenOfflineThroughOneNodeIsClosedOnTheOtherAtOnce() {
    long line = setup.onlineInterface(SampleUpstream.url("/bus/line"));
    App app = onlineApp(line);
    assertEquals(200, callOn(2, line, signed(app, app.privateKey(), line)).status());

    HttpJson.Reply offline =
        postOn(
            1,
            "/interfaces/" + line + "/transitions",
            setup.reviewer(),
            "{\"action\":\"offline\",\"reason\":\"测试\"}");
    assertEquals(200, offline.status(), offline.body());

    int forwarded = upstream.calls("/bus/line");
    HttpJson.Reply refused = callOn(2, line, signed(app, app.privateKey(), line));
    assertEquals(403, refused.status(), "offline on the other node: " + refused.body());
    assertEquals(forwarded, upstream.calls("/bus/line"), "never forwarded");
  }
}
