package org.onewindow.crypto.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.AppPublicKeys;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.crypto.signing.SignatureHeaders;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.crypto.ticket.OpenedTicket;
import org.onewindow.crypto.ticket.TicketOpener;
import org.onewindow.crypto.ticket.TicketSealer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The SDK's whole operations: a user-info ticket sealed by the platform and opened by the app (000
 * 9.2.1), and an interface call signed by an app and verified by the gateway (000 9.4.4 a). Each
 * opened ticket and verified request is fresh, so the replay stores see real traffic.
 */
@State(Scope.Thread)
public class TicketBenchmark {

  private final Map<String, String> userInfo =
      Map.of(
          "name", "张*", "idCardHash", "Xk2cTq0l8yB7nLq1wqk8kYwq5W3zM0hM0e2Zt4WJ0uE", "level", "3");
  private final byte[] body =
      "{\"line\":\"K1\",\"city\":\"330100\"}".getBytes(StandardCharsets.UTF_8);

  private TicketSealer sealer;
  private TicketOpener opener;
  private Sm4Key appKey;
  private RequestSigner signer;
  private RequestVerifier verifier;
  private RequestParts request;

  @Setup
  public void setUp() {
    Sm2Keys.Pair platform = Sm2Keys.generate();
    appKey = Sm4Key.generate();
    sealer = new TicketSealer(platform.privateKey());
    opener =
        new TicketOpener(
            platform.publicKey(),
            "gd-001",
            appKey,
            Clock.systemUTC(),
            Duration.ofSeconds(60),
            new InMemoryNonceStore());
    Sm2Keys.Pair app = Sm2Keys.generate();
    signer = new RequestSigner("gd-001", app.privateKey(), Clock.systemUTC());
    verifier =
        new RequestVerifier(
            AppPublicKeys.of(Map.of("gd-001", app.publicKey())),
            Clock.systemUTC(),
            Duration.ofMinutes(5),
            new InMemoryNonceStore());
    request =
        RequestParts.of("POST", URI.create("https://gw.gov.cn/api/v1/buses?page=1&size=20"), body);
  }

  @Benchmark
  public OpenedTicket ticketSealOpenOurs() {
    String ticket = sealer.seal("gd-001", appKey, userInfo, Instant.now(), Duration.ofMinutes(5));
    return opener.open(ticket);
  }

  @Benchmark
  public SignatureHeaders requestSignOurs() {
    return signer.sign(request);
  }

  @Benchmark
  public Object requestSignVerifyOurs() {
    return verifier.verify(request, signer.sign(request).headers());
  }
}
