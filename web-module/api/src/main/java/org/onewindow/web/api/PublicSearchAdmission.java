package org.onewindow.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.onewindow.crypto.ResponseCode;

/**
 * Admission to the public search (issue 20 "Performance"; ADR 0014): at most {@link #permits()}
 * searches and suggestions run at once on this node, the others wait their turn in arrival order (a
 * fair semaphore) and are refused with 429 / 10019 after {@link #WAIT_MILLIS}.
 *
 * <p>Why: the search is public and cheap per call (kept answers), so under load its calls are
 * CPU-bound. Run on all of the server's request threads at once (32 by default on two cores) they
 * take turns by the operating system's time slices: every call is preempted many times and the
 * slowest twentieth waits many times the median (p95 ≈ 6 × p50 measured). Held to about two per
 * core, a call runs to its end once it has started and the others queue in order: the same calls
 * per second with a short, even wait. It is not a shield against a flood: the waiting calls still
 * hold request threads (parked, for at most {@link #WAIT_MILLIS}), and two per core can use every
 * core; a flood is the balancer's and the rate limits' to turn away. Declared first in web.xml, so
 * the wait comes before the JAX-RS dispatch rather than in the middle of it.
 *
 * <p>{@code -Donewindow.search.concurrency=N} sets the permits (read at start).
 */
public class PublicSearchAdmission extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** How long a search waits for its turn before it is told to retry. */
  static final long WAIT_MILLIS = 5_000;

  /** Set on a request while it holds a turn, so that it never waits for a second one. */
  private static final String ADMITTED = PublicSearchAdmission.class.getName() + ".admitted";

  /** What a refused call is told to wait before asking again (RFC 9110 Retry-After). */
  static final String RETRY_AFTER_SECONDS = "1";

  static final String PERMITS_PROPERTY = "onewindow.search.concurrency";

  private final transient Semaphore turns;
  private final long waitMillis;

  /** As the container makes it: {@link #permits()} turns, {@link #WAIT_MILLIS} to wait for one. */
  public PublicSearchAdmission() {
    this(permits(), WAIT_MILLIS);
  }

  PublicSearchAdmission(int permits, long waitMillis) {
    this.turns = new Semaphore(permits, true);
    this.waitMillis = waitMillis;
  }

  /** Two per core unless configured: enough to keep every core busy while one call writes out. */
  static int permits() {
    int configured = Integer.getInteger(PERMITS_PROPERTY, 0);
    return configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(ADMITTED) != null) {
      chain.doFilter(request, response); // already holds a turn (a forward or a second mapping)
      return;
    }
    boolean admitted;
    try {
      admitted = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      // a well-behaved client (the JS client, a browser's script) knows when to ask again
      response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
      ApiErrorServlet.write(
          response,
          429,
          ResponseCode.BUSY_RETRY_LATER,
          "request.busyRetry",
          ApiErrorServlet.languageOf(request));
      return;
    }
    request.setAttribute(ADMITTED, Boolean.TRUE);
    try {
      chain.doFilter(request, response);
    } finally {
      request.removeAttribute(ADMITTED);
      turns.release();
    }
  }
}
