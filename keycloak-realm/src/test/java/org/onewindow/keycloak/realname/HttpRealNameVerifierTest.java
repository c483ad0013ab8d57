package org.onewindow.keycloak.realname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The production protocol against a stand-in service on a local port. */
class HttpRealNameVerifierTest {

  private static final String ID = "110101199003074514";

  private HttpServer server;
  private final AtomicReference<String> seenAuthorization = new AtomicReference<>();
  private final AtomicReference<String> seenContentType = new AtomicReference<>();
  private final AtomicReference<String> seenBody = new AtomicReference<>();
  private final CountDownLatch never = new CountDownLatch(1);

  /** A service answering {@code status} and {@code body} to every POST. */
  private HttpRealNameVerifier serviceAnswering(int status, String body, Duration timeout)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/real-name-verifications",
        exchange -> {
          seenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          seenContentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
          seenBody.set(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          if (status == 0) {
            try {
              never.await(); // no answer at all
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    URI url =
        URI.create(
            "http://127.0.0.1:" + server.getAddress().getPort() + "/real-name-verifications");
    return new HttpRealNameVerifier(url, "test-secret", timeout);
  }

  private HttpRealNameVerifier serviceAnswering(int status, String body) throws IOException {
    return serviceAnswering(status, body, Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    never.countDown();
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void aMatchIsTrueAndTheRequestCarriesTheSecretAndBothValues() throws IOException {
    HttpRealNameVerifier verifier =
        serviceAnswering(200, "{\"code\":0,\"msg\":\"成功\",\"data\":{\"match\":true}}");
    assertTrue(verifier.matches("张三", ID));
    assertEquals("Bearer test-secret", seenAuthorization.get());
    assertTrue(seenContentType.get().startsWith("application/json"));
    assertTrue(seenBody.get().contains("\"name\":\"张三\""), seenBody.get());
    assertTrue(seenBody.get().contains("\"idNumber\":\"" + ID + "\""), seenBody.get());
  }

  @Test
  void aMismatchIsFalse() throws IOException {
    assertFalse(
        serviceAnswering(200, "{\"code\":0,\"msg\":\"成功\",\"data\":{\"match\":false}}")
            .matches("李四", ID));
  }

  @Test
  void code10014IsAMismatch() throws IOException {
    // 003 Annex A: 10014 身份证与姓名不一致.
    assertFalse(
        serviceAnswering(200, "{\"code\":10014,\"msg\":\"身份证与姓名不一致\",\"data\":null}")
            .matches("李四", ID));
  }

  @Test
  void anotherCodeIsNoAnswerNotAMismatch() throws IOException {
    HttpRealNameVerifier verifier =
        serviceAnswering(200, "{\"code\":10000,\"msg\":\"系统业务繁忙\",\"data\":null}");
    RealNameServiceException e =
        assertThrows(RealNameServiceException.class, () -> verifier.matches("张三", ID));
    assertTrue(e.getMessage().contains("10000"));
  }

  @Test
  void anHttpErrorIsNoAnswer() throws IOException {
    HttpRealNameVerifier verifier = serviceAnswering(401, "{\"code\":10008}");
    assertThrows(RealNameServiceException.class, () -> verifier.matches("张三", ID));
  }

  @Test
  void aBodyThatIsNotTheEnvelopeIsNoAnswer() throws IOException {
    HttpRealNameVerifier verifier = serviceAnswering(200, "<html>gateway error</html>");
    assertThrows(RealNameServiceException.class, () -> verifier.matches("张三", ID));
  }

  @Test
  void anEnvelopeWithoutTheVerdictIsNoAnswer() throws IOException {
    HttpRealNameVerifier verifier = serviceAnswering(200, "{\"code\":0,\"data\":{}}");
    assertThrows(RealNameServiceException.class, () -> verifier.matches("张三", ID));
  }

  @Test
  void aServiceThatNeverAnswersIsNoAnswerAfterTheTimeout() throws IOException {
    HttpRealNameVerifier verifier = serviceAnswering(0, "", Duration.ofMillis(300));
    assertThrows(RealNameServiceException.class, () -> verifier.matches("张三", ID));
  }

  @Test
  void noMessageEverContainsTheIdNumberOrTheName() throws IOException {
    HttpRealNameVerifier verifier =
        serviceAnswering(500, "{\"code\":10000,\"msg\":\"" + ID + "\"}");
    RealNameServiceException e =
        assertThrows(RealNameServiceException.class, () -> verifier.matches("张三", ID));
    assertFalse(e.getMessage().contains(ID));
    assertFalse(e.getMessage().contains("张三"));
  }
}
