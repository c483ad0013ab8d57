package org.onewindow.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B for every answer the API writes. Without a resolver, RESTEasy (6.2, WildFly 39) builds
 * a new JSON-B per response: a service-loader scan of the deployment's jars — under a lock of each
 * jar file, so concurrent answers queue on it — and the record types' binding models worked out
 * again each time. Under 50 concurrent searches that was the largest share of the server's time
 * after the search itself (issue 20, ADR 0014 "Performance"). JSON-B instances are thread-safe and
 * meant to be shared; this one has the same default configuration RESTEasy's had, so the JSON is
 * unchanged. RESTEasy does not close a resolved instance.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb();
  }

  /** The API's JSON-B, for code that writes an answer itself ({@link RenderedAnswers}). */
  public static Jsonb jsonb() {
    return Binding.JSONB;
  }

  /** Created on first use. */
  private static final class Binding {
    static final Jsonb JSONB = JsonbBuilder.create();
  }
}
