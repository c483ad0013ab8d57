package org.onewindow.outbound.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.outbound.http.ExchangeFailure.Kind;

/**
 * https pinned to an address: the connection goes to 127.0.0.1, while SNI and the certificate check
 * use the URI's host. A JDK HTTPS server with a certificate for {@code localhost} made by keytool
 * for this run only.
 */
@Timeout(60)
class OutboundHttpClientTlsTest {

  private static final char[] PASSWORD = "test-only".toCharArray(); // a throwaway keystore's

  @TempDir static Path directory;

  private static HttpsServer server;
  private static SSLContext trustingTheTestCertificate;

  @BeforeAll
  static void start() throws Exception {
    Path keystore = directory.resolve("server.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, keytool.waitFor(), output);

    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      keys.load(in, PASSWORD);
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
    keyManagers.init(keys, PASSWORD);
    SSLContext serverContext = SSLContext.getInstance("TLS");
    serverContext.init(keyManagers.getKeyManagers(), null, null);

    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("server", keys.getCertificate("server"));
    TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX");
    trustManagers.init(trusted);
    SSLContext clientContext = SSLContext.getInstance("TLS");
    clientContext.init(null, trustManagers.getTrustManagers(), null);
    trustingTheTestCertificate = clientContext;

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "secure".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void aCertificateForTheUrisHostIsAcceptedAtThePinnedAddress() throws Exception {
    try (OutboundHttpClient client = client(trustingTheTestCertificate)) {
      ExchangeResponse response = client.exchange(request("localhost"));
      assertEquals(200, response.status());
      assertEquals("secure", new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aCertificateForAnotherHostIsRefused() {
    // The same server and address, asked for as another name: the certificate does not name it.
    try (OutboundHttpClient client = client(trustingTheTestCertificate)) {
      ExchangeFailure failure =
          assertThrows(ExchangeFailure.class, () -> client.exchange(request("bus.example.gov.cn")));
      assertEquals(Kind.TLS_FAILED, failure.kind());
    }
  }

  @Test
  void aCertificateTheJvmDoesNotTrustIsRefused() throws Exception {
    try (OutboundHttpClient client = client(SSLContext.getDefault())) {
      ExchangeFailure failure =
          assertThrows(ExchangeFailure.class, () -> client.exchange(request("localhost")));
      assertEquals(Kind.TLS_FAILED, failure.kind());
    }
  }

  @Test
  void theAsyncClientChecksTheCertificateAgainstTheUrisHostToo() throws Exception {
    try (OutboundAsyncHttpClient client =
        new OutboundAsyncHttpClient(
            Duration.ofSeconds(2),
            1024,
            new PinnedResolver(InetAddress.getLoopbackAddress()),
            Duration.ofSeconds(30),
            trustingTheTestCertificate)) {
      ExchangeResponse response = client.exchange(request("localhost")).get();
      assertEquals("secure", new String(response.body(), StandardCharsets.UTF_8));

      ExecutionException e =
          assertThrows(
              ExecutionException.class, () -> client.exchange(request("bus.example.gov.cn")).get());
      assertEquals(Kind.TLS_FAILED, ((ExchangeFailure) e.getCause()).kind());
    }
  }

  /** The server's address for any host: the addresses the guard would have checked. */
  private static OutboundHttpClient client(SSLContext tls) {
    return new OutboundHttpClient(
        Duration.ofSeconds(2),
        1024,
        new PinnedResolver(InetAddress.getLoopbackAddress()),
        Duration.ofSeconds(30),
        tls);
  }

  private static ExchangeRequest request(String host) {
    URI target = URI.create("https://" + host + ":" + server.getAddress().getPort() + "/");
    return new ExchangeRequest("GET", target, Map.of(), null, System.nanoTime() + 20_000_000_000L);
  }
}
