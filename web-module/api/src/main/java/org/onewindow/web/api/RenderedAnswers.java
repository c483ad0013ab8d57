package org.onewindow.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The envelopes already written for answers a service keeps and hands out again as the same object
 * (the search's kept pages, ADR 0014 "Performance"): the JSON is written once per kept answer, not
 * once per call. Writing a page of results took a fifth of the server's time per search under 50
 * concurrent searches, and most of its garbage (about 90 KB a call).
 *
 * <p>Keyed by the answer's identity, never its equality: a new answer object (the index changed,
 * the service computed again) is written anew, so nothing here outlives its answer's meaning. At
 * most {@code maxAnswers} are held; when full, all are dropped and written again as they come
 * (docs/node-local-state.md). The bytes are those RESTEasy would write for {@link Envelopes#ok}:
 * the same envelope, the same shared JSON-B ({@link SharedJsonb}).
 */
public final class RenderedAnswers {

  private final int maxAnswers;
  private final ConcurrentHashMap<Identity, byte[]> written = new ConcurrentHashMap<>();

  public RenderedAnswers(int maxAnswers) {
    this.maxAnswers = maxAnswers;
  }

  /** 200 with {@code data} in the envelope, written now or earlier for this very object. */
  public Response ok(Object data) {
    Identity key = new Identity(data);
    byte[] body = written.get(key);
    if (body == null) {
      body = SharedJsonb.jsonb().toJson(ApiResponse.ok(data)).getBytes(StandardCharsets.UTF_8);
      if (written.size() >= maxAnswers) {
        written.clear();
      }
      written.put(key, body);
    }
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** How many answers are held now (what the tests observe). */
  int size() {
    return written.size();
  }

  /** An answer by identity: equal answers that are different objects are different keys. */
  private record Identity(Object answer) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity that && that.answer == answer;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(answer);
    }
  }
}
