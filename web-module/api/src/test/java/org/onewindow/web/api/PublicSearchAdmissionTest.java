package org.onewindow.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The public search's admission (ADR 0014 "Performance"): calls beyond the permits wait their turn
 * and, past the wait, are refused in the envelope with 10019 系统业务繁忙，建议稍后重试 (003 Annex A) in the
 * caller's language; a turn is given back however the call ends; a call that meets the filter twice
 * takes one turn.
 */
class PublicSearchAdmissionTest {

  @Test
  void aCallBeyondThePermitsIsRefusedWith10019InChineseByDefault() throws Exception {
    PublicSearchAdmission admission = new PublicSearchAdmission(1, 0);
    try (Holder holder = Holder.holdingTheTurn(admission)) {
      Call refused = new Call(null);
      AtomicBoolean ran = new AtomicBoolean();
      admission.doFilter(refused.request, refused.response, (q, r) -> ran.set(true));
      assertEquals(false, ran.get(), "the refused call does not reach the search");
      assertEquals(429, refused.status);
      assertEquals("1", refused.headers.get("Retry-After"), "told when to ask again");
      assertEquals("{\"code\":10019,\"msg\":\"系统业务繁忙，建议稍后重试\",\"data\":null}", refused.body());
    }
  }

  @Test
  void anEnglishCallerIsRefusedInEnglish() throws Exception {
    PublicSearchAdmission admission = new PublicSearchAdmission(1, 0);
    try (Holder holder = Holder.holdingTheTurn(admission)) {
      Call refused = new Call("en-GB,zh;q=0.5", Locale.UK, Locale.CHINESE);
      admission.doFilter(refused.request, refused.response, (q, r) -> {});
      assertEquals(429, refused.status);
      assertEquals(
          "{\"code\":10019,\"msg\":\"The system is busy, please try again later\",\"data\":null}",
          refused.body());
    }
  }

  @Test
  void theTurnComesBackWhenTheHolderEnds() throws Exception {
    PublicSearchAdmission admission = new PublicSearchAdmission(1, 0);
    Holder.holdingTheTurn(admission).close();
    Call next = new Call(null);
    AtomicBoolean ran = new AtomicBoolean();
    admission.doFilter(next.request, next.response, (q, r) -> ran.set(true));
    assertTrue(ran.get());
    assertEquals(0, next.status, "no status set: the search answers");
  }

  @Test
  void theTurnComesBackWhenTheSearchFails() throws Exception {
    PublicSearchAdmission admission = new PublicSearchAdmission(1, 0);
    Call failing = new Call(null);
    assertThrows(
        IllegalStateException.class,
        () ->
            admission.doFilter(
                failing.request,
                failing.response,
                (q, r) -> {
                  throw new IllegalStateException("the search failed");
                }));
    Call next = new Call(null);
    AtomicBoolean ran = new AtomicBoolean();
    admission.doFilter(next.request, next.response, (q, r) -> ran.set(true));
    assertTrue(ran.get());
  }

  @Test
  void aCallMeetingTheFilterTwiceTakesOneTurn() throws Exception {
    PublicSearchAdmission admission = new PublicSearchAdmission(1, 0);
    Call call = new Call(null);
    AtomicBoolean inner = new AtomicBoolean();
    admission.doFilter(
        call.request,
        call.response,
        (q, r) ->
            admission.doFilter(
                (HttpServletRequest) q, (HttpServletResponse) r, (q2, r2) -> inner.set(true)));
    assertTrue(inner.get(), "the second pass did not wait for a turn the call already holds");
    assertEquals(0, call.status);
  }

  @Test
  void thePermitsAreTwoPerCoreUnlessConfigured() {
    assertEquals(2 * Runtime.getRuntime().availableProcessors(), PublicSearchAdmission.permits());
  }

  /** A call that holds the only turn on another thread until closed. */
  private static final class Holder implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> done;

    private Holder(PublicSearchAdmission admission, CountDownLatch holding) {
      Call call = new Call(null);
      FilterChain hold =
          (q, r) -> {
            holding.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          };
      done =
          CompletableFuture.runAsync(
              () -> {
                try {
                  admission.doFilter(call.request, call.response, hold);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
    }

    static Holder holdingTheTurn(PublicSearchAdmission admission) throws InterruptedException {
      CountDownLatch holding = new CountDownLatch(1);
      Holder holder = new Holder(admission, holding);
      holding.await();
      return holder;
    }

    @Override
    public void close() {
      release.countDown();
      done.join();
    }
  }

  /**
   * A request with attributes and an Accept-Language, and a response that keeps what is written.
   */
  private static final class Call {
    final Map<String, Object> attributes = new HashMap<>();
    final ByteArrayOutputStream written = new ByteArrayOutputStream();
    final Map<String, String> headers = new HashMap<>();
    int status;
    final HttpServletRequest request;
    final HttpServletResponse response;

    Call(String acceptLanguage, Locale... locales) {
      request =
          (HttpServletRequest)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {HttpServletRequest.class},
                  (proxy, method, args) ->
                      switch (method.getName()) {
                        case "getHeader" -> acceptLanguage;
                        case "getLocales" -> Collections.enumeration(List.of(locales));
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "removeAttribute" -> attributes.remove((String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                      });
      ServletOutputStream out =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              written.write(b);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
      response =
          (HttpServletResponse)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {HttpServletResponse.class},
                  (proxy, method, args) -> {
                    switch (method.getName()) {
                      case "setStatus" -> status = (Integer) args[0];
                      case "getOutputStream" -> {
                        return out;
                      }
                      case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                      case "resetBuffer", "setContentType", "setContentLength" -> {}
                      default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                  });
    }

    String body() {
      return written.toString(StandardCharsets.UTF_8);
    }
  }
}
