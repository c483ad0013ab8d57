package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.it.support.AppCentreSetup;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.SampleUpstream;

/**
 * The load's gateway calls (000 9.4.4; 003 6.2.4): an online app's calls to an interface at the
 * test's upstream, each signed afresh with the app's SM2 key (its own nonce) and named by a request
 * id in its body, which the gateway forwards as signed — so the upstream counts how often each call
 * reached it. Calls alternate between the nodes by the balancer's cookie; once a node is dead, the
 * balancer sends the calls pinned to it to the survivor.
 */
final class SignedGatewayCalls implements BoundedLoad.Lane {

  /** One call as sent — its exact headers and body, to replay — and what it was answered. */
  record Call(
      String requestId,
      int node,
      boolean afterKill,
      byte[] body,
      Map<String, String> headers,
      int status) {

    /** The gateway passed the upstream's answer on: the caller saw the call done. */
    boolean acknowledged() {
      return status == 200;
    }
  }

  /** No answer at all: the connection was lost. */
  static final int NO_ANSWER = -1;

  private final int operations;
  private final long interfaceId;
  private final RequestSigner signer;

  /** Every call in the order sent. */
  final List<Call> calls = new CopyOnWriteArrayList<>();

  /**
   * An interface at {@code upstream}'s {@code /bus/line} and an app bound to it, both online, the
   * app's rate limit raised by {@code platformAdminToken} above what one caller can reach: the
   * limit is per node (n × the figure behind the balancer), and the survivor alone takes the calls
   * after the kill — a refusal for the rate would tell nothing about the node's death.
   */
  SignedGatewayCalls(int operations, AppCentreSetup setup, String platformAdminToken) {
    this.operations = operations;
    this.interfaceId = setup.onlineInterface(SampleUpstream.url("/bus/line"));
    JsonObject issued = setup.applyForApp("http://localhost:18091/node-death");
    long app = issued.getJsonObject("app").getJsonNumber("id").longValue();
    setup.bind(app, interfaceId);
    HttpJson.Reply limited =
        HttpJson.putJson(
            AppCentreSetup.API + "/apps/" + app + "/rate-limit",
            platformAdminToken,
            "{\"callsPerSecond\":5000}");
    assertEquals(200, limited.status(), limited.body());
    setup.takeOnline(app);
    this.signer =
        new RequestSigner(
            issued.getJsonObject("app").getString("appKey"),
            Sm2PrivateKey.fromPem(issued.getString("sm2PrivateKeyPem")),
            Clock.systemUTC());
  }

  @Override
  public int operations() {
    return operations;
  }

  @Override
  public void step(int i, boolean killed) {
    String requestId = UUID.randomUUID().toString();
    byte[] body =
        ("city="
                + URLEncoder.encode("北京", StandardCharsets.UTF_8)
                + "&q=110&"
                + SampleUpstream.REQUEST_ID
                + "="
                + requestId)
            .getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        signer.sign(new RequestParts("POST", path(), null, body)).headers();
    int node = 1 + i % 2;
    calls.add(new Call(requestId, node, killed, body, headers, send(node, body, headers).status()));
  }

  /**
   * {@code call} sent again as it was — same nonce, same signature — through the balancer with the
   * cookie of the node it first went to.
   */
  HttpJson.Reply replay(Call call) {
    return send(call.node(), call.body(), call.headers());
  }

  private String path() {
    return "/gateway/v1/interfaces/" + interfaceId;
  }

  /** The signed call, or {@link #NO_ANSWER} as its status when the connection was lost. */
  private HttpJson.Reply send(int node, byte[] body, Map<String, String> headers) {
    List<String> pairs = new ArrayList<>();
    pairs.addAll(List.of("Cookie", "OW_NODE=" + DeployedCluster.node(node)));
    pairs.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
    headers.forEach(
        (name, value) -> {
          pairs.add(name);
          pairs.add(value);
        });
    try {
      return HttpJson.call(
          "POST",
          Platform.BASE_URL + path(),
          null,
          new String(body, StandardCharsets.UTF_8),
          pairs.toArray(String[]::new));
    } catch (IllegalStateException connectionLost) {
      return new HttpJson.Reply(NO_ANSWER, String.valueOf(connectionLost.getCause()));
    }
  }
}
