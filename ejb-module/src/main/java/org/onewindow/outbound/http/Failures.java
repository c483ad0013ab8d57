package org.onewindow.outbound.http;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.HttpException;
import org.onewindow.outbound.http.ExchangeFailure.Kind;

/** What an exception from HttpClient means to the caller: the {@link Kind} of failure. */
final class Failures {

  private Failures() {}

  /**
   * The failure, judged by its cause.
   *
   * @param deadlinePassed whether the exchange's deadline fired (then the failure is its doing)
   */
  static ExchangeFailure of(Throwable thrown, boolean deadlinePassed) {
    Throwable e = unwrapped(thrown);
    if (e instanceof ExchangeFailure failure) {
      return failure;
    }
    if (deadlinePassed) {
      return new ExchangeFailure(Kind.TIMED_OUT, "no complete response by the deadline", e);
    }
    if (e instanceof UnknownHostException) {
      // Only the resolver throws it: the guard refused, or the name does not resolve.
      return new ExchangeFailure(Kind.ADDRESS_REFUSED, "no address to connect to", e);
    }
    if (e instanceof ConnectTimeoutException) {
      return new ExchangeFailure(Kind.CONNECT_TIMEOUT, "connect timed out", e);
    }
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      return new ExchangeFailure(Kind.CONNECT_FAILED, "connection refused or unreachable", e);
    }
    if (e instanceof SSLException) {
      return new ExchangeFailure(Kind.TLS_FAILED, "TLS handshake failed", e);
    }
    if (e instanceof InterruptedIOException || e instanceof CancellationException) {
      // A read (or the TLS handshake, or the wait for a pooled connection) ran out of time.
      return new ExchangeFailure(Kind.TIMED_OUT, "no complete response by the deadline", e);
    }
    if (e instanceof HttpException) {
      return new ExchangeFailure(Kind.BROKEN, "the answer is not HTTP/1.x", e);
    }
    return new ExchangeFailure(Kind.BROKEN, "the connection broke", e);
  }

  private static Throwable unwrapped(Throwable thrown) {
    Throwable e = thrown;
    while ((e instanceof ExecutionException || e instanceof CompletionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    // The classic client wraps a protocol error in ClientProtocolException (an IOException).
    if (e instanceof org.apache.hc.client5.http.ClientProtocolException
        && e.getCause() instanceof HttpException) {
      e = e.getCause();
    }
    return e;
  }
}
