package org.onewindow.outbound.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.onewindow.outbound.http.ExchangeFailure.Kind;

/**
 * Sends one HTTP/1.1 request in the calling thread and reads the answer (see the package's note).
 * It connects only to the request's addresses, in order; for https it keeps the URI's host for SNI
 * and checks the certificate against it (endpoint identification "HTTPS") with the JVM's trust
 * store. Connections that end cleanly are kept for {@link #idleLimit} (shorter when the server's
 * Keep-Alive says so) and reused for the same pinned address. A kept connection the server closed
 * meanwhile shows as a failure before the first response byte; an idempotent request is then sent
 * once more on a new connection, a POST never (RFC 9110 9.2.2).
 *
 * <p>Thread-safe; one per node, closed with it.
 */
public final class PinnedHttpClient implements AutoCloseable {

  /** Idle connections kept per pinned address. */
  static final int MAX_IDLE_PER_ADDRESS = 64;

  /** Below common server keep-alive timeouts (Apache httpd 5 s, nginx 75 s, Tomcat 20 s). */
  static final Duration DEFAULT_IDLE_LIMIT = Duration.ofSeconds(4);

  /** Bodies larger than this are written under a watchdog: a server that stops reading. */
  private static final int WATCHED_BODY = 64 * 1024;

  private static final ScheduledExecutorService WATCHDOG = watchdog();

  private final Duration connectTimeout;
  private final int maxBodyBytes;
  private final long idleLimit;
  private final SSLSocketFactory tls;
  private final ConnectionPool pool = new ConnectionPool(MAX_IDLE_PER_ADDRESS);

  public PinnedHttpClient(Duration connectTimeout, int maxBodyBytes) {
    this(connectTimeout, maxBodyBytes, DEFAULT_IDLE_LIMIT, defaultTls());
  }

  PinnedHttpClient(
      Duration connectTimeout, int maxBodyBytes, Duration idleLimit, SSLSocketFactory tls) {
    this.connectTimeout = connectTimeout;
    this.maxBodyBytes = maxBodyBytes;
    this.idleLimit = idleLimit.toNanos();
    this.tls = tls;
  }

  /**
   * Sends the request and reads the response, body up to the limit.
   *
   * @throws ExchangeFailure when no complete response arrived by the deadline
   */
  public ExchangeResponse exchange(ExchangeRequest request) throws ExchangeFailure {
    Connection kept = takeKept(request);
    if (kept != null) {
      try {
        return exchangeOn(kept, request);
      } catch (ClosedMeanwhile e) {
        if (!request.idempotent()) {
          throw e.failure;
        }
        // The server had closed the kept connection: nothing was processed; once more afresh.
      }
    }
    Connection fresh = connect(request);
    try {
      return exchangeOn(fresh, request);
    } catch (ClosedMeanwhile e) {
      throw e.failure;
    }
  }

  /** Idle connections kept now, over every address (what the tests observe reuse by). */
  public int idleConnections() {
    return pool.idleCount();
  }

  @Override
  public void close() {
    pool.close();
  }

  private Connection takeKept(ExchangeRequest request) {
    for (InetAddress address : request.addresses()) {
      Connection c = pool.take(key(request.target(), address));
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private ExchangeResponse exchangeOn(Connection connection, ExchangeRequest request)
      throws ExchangeFailure, ClosedMeanwhile {
    boolean reused = connection.begin(request.deadlineNanos());
    boolean answered = false;
    try {
      write(connection, request);
      int first = connection.in().read();
      if (first < 0) {
        throw new SocketException("closed before the response");
      }
      answered = true;
      ResponseReader.Read read = new ResponseReader(connection.in(), maxBodyBytes).read(first);
      if (read.reusable()) {
        long limit =
            read.keepAliveNanos() > 0
                ? Math.min(idleLimit, read.keepAliveNanos() - 1_000_000_000L)
                : idleLimit;
        if (limit > 0) {
          pool.give(connection, System.nanoTime() + limit);
        } else {
          connection.close();
        }
      } else {
        connection.close();
      }
      return read.response();
    } catch (SocketTimeoutException e) {
      connection.close();
      throw new ExchangeFailure(Kind.TIMED_OUT, "no complete response by the deadline", e);
    } catch (ExchangeFailure e) {
      connection.close();
      throw e;
    } catch (IOException e) {
      connection.close();
      ExchangeFailure failure = new ExchangeFailure(Kind.BROKEN, "the connection broke", e);
      if (reused && !answered) {
        throw new ClosedMeanwhile(failure);
      }
      throw failure;
    }
  }

  private void write(Connection connection, ExchangeRequest request) throws IOException {
    URI target = request.target();
    StringBuilder head = new StringBuilder(256);
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    head.append(request.method()).append(' ').append(path);
    if (target.getRawQuery() != null) {
      head.append('?').append(target.getRawQuery());
    }
    head.append(" HTTP/1.1\r\nHost: ").append(target.getRawAuthority()).append("\r\n");
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
    }
    byte[] body = request.body();
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    OutputStream out = connection.out();
    ScheduledFuture<?> watch = null;
    if (body != null && body.length > WATCHED_BODY) {
      long remaining = request.deadlineNanos() - System.nanoTime();
      watch = WATCHDOG.schedule(connection::close, Math.max(0, remaining), TimeUnit.NANOSECONDS);
    }
    try {
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
    } finally {
      if (watch != null && !watch.cancel(false)) {
        throw new SocketTimeoutException("the server did not read the body by the deadline");
      }
    }
  }

  private Connection connect(ExchangeRequest request) throws ExchangeFailure {
    URI target = request.target();
    boolean secure = target.getScheme().toLowerCase(Locale.ROOT).equals("https");
    int port = target.getPort() >= 0 ? target.getPort() : secure ? 443 : 80;
    ExchangeFailure last = null;
    for (InetAddress address : request.addresses()) {
      long remaining = request.deadlineNanos() - System.nanoTime();
      if (remaining <= 0) {
        break;
      }
      int timeout = (int) Math.max(1, Math.min(connectTimeout.toMillis(), remaining / 1_000_000));
      Socket socket = new Socket();
      try {
        socket.setTcpNoDelay(true); // head and body go out in one flush; never wait on an ACK
        socket.connect(new InetSocketAddress(address, port), timeout);
      } catch (SocketTimeoutException e) {
        close(socket);
        last = new ExchangeFailure(Kind.CONNECT_TIMEOUT, "connect timed out", e);
        continue;
      } catch (ConnectException | NoRouteToHostException e) {
        close(socket);
        last = new ExchangeFailure(Kind.CONNECT_FAILED, "connection refused or unreachable", e);
        continue;
      } catch (IOException e) {
        close(socket);
        last = new ExchangeFailure(Kind.CONNECT_FAILED, "cannot connect", e);
        continue;
      }
      try {
        Socket ready =
            secure ? handshake(socket, host(target), port, request.deadlineNanos()) : socket;
        return new Connection(key(target, address), ready);
      } catch (SocketTimeoutException e) {
        close(socket);
        throw new ExchangeFailure(Kind.TIMED_OUT, "the TLS handshake did not finish in time", e);
      } catch (SSLException e) {
        close(socket);
        throw new ExchangeFailure(Kind.TLS_FAILED, "TLS handshake failed", e);
      } catch (IOException e) {
        close(socket);
        throw new ExchangeFailure(Kind.BROKEN, "the connection broke during setup", e);
      }
    }
    throw last != null
        ? last
        : new ExchangeFailure(Kind.CONNECT_TIMEOUT, "no time left to connect");
  }

  private Socket handshake(Socket plain, String host, int port, long deadlineNanos)
      throws IOException {
    SSLSocket socket = (SSLSocket) tls.createSocket(plain, host, port, true);
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
    if (!isAddressLiteral(host)) {
      parameters.setServerNames(List.of(new SNIHostName(host)));
    }
    parameters.setApplicationProtocols(new String[] {"http/1.1"});
    socket.setSSLParameters(parameters);
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      throw new SocketTimeoutException("deadline passed");
    }
    socket.setSoTimeout((int) Math.max(1, remaining / 1_000_000));
    socket.startHandshake();
    return socket;
  }

  /** Connections are shared only for the same scheme, authority and pinned address. */
  private static String key(URI target, InetAddress address) {
    return target.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + target.getRawAuthority()
        + "@"
        + address.getHostAddress();
  }

  private static String host(URI target) {
    String host = target.getHost();
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static boolean isAddressLiteral(String host) {
    return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing was sent on it; nothing to report.
    }
  }

  private static SSLSocketFactory defaultTls() {
    return (SSLSocketFactory) SSLSocketFactory.getDefault();
  }

  private static ScheduledExecutorService watchdog() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = Executors.defaultThreadFactory().newThread(task);
              thread.setName("onewindow-upstream-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true); // most watches end long before they fire
    return timer;
  }

  /** A kept connection failed before any byte of the answer: most likely closed while idle. */
  private static final class ClosedMeanwhile extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ExchangeFailure failure;

    ClosedMeanwhile(ExchangeFailure failure) {
      super(failure.getMessage(), null, false, false);
      this.failure = failure;
    }
  }
}
