package org.onewindow.web.api.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.onewindow.crypto.ResponseCode;

/**
 * Which 003 Annex A codes an operation may answer, with their HTTP status, from its shape: the
 * exception mappers of this module answer the same refusals for every resource, so the shape says
 * which of them can occur. What only some operations answer (a duplicate, a busy upstream, a
 * refused signature) the operation adds itself with the extension {@value #EXTENSION} as {@code
 * "status:code"} pairs, e.g. {@code "409:11001"}.
 */
public final class AnnexACodes {

  /** The operation extension that lists its codes; the filter replaces it with the full list. */
  public static final String EXTENSION = "x-annex-a-codes";

  /**
   * The shape of an operation, as far as the shared refusals depend on it.
   *
   * @param secured a token is needed
   * @param body it takes a request body
   * @param jsonBody a JSON one
   * @param anyInput a body or query parameters, which may be refused (a path parameter JAX-RS
   *     cannot convert is a path nothing serves: 404)
   * @param pathId a path parameter names a record, which may not exist
   * @param writes not a GET
   */
  public record Shape(
      boolean secured,
      boolean body,
      boolean jsonBody,
      boolean anyInput,
      boolean pathId,
      boolean writes) {}

  private AnnexACodes() {}

  /**
   * HTTP status → the codes answered with it, for an operation of {@code shape} answering {@code
   * success} when it succeeds, plus its own {@code extra} pairs.
   */
  public static SortedMap<Integer, SortedSet<Integer>> of(
      Shape shape, int success, List<String> extra) {
    SortedMap<Integer, SortedSet<Integer>> codes = new TreeMap<>();
    add(codes, success, ResponseCode.SUCCESS);
    // UnexpectedExceptionMapper: anything else, with an incident number.
    add(codes, 500, ResponseCode.SYSTEM_BUSY);
    // The same mapper when the database is out of reach (DatabaseUnavailable), with Retry-After.
    add(codes, 503, ResponseCode.BUSY_RETRY_LATER);
    if (shape.secured()) {
      // The OIDC mechanism (web.xml error pages) and the services' role checks.
      add(codes, 401, ResponseCode.NOT_AUTHORIZED);
      add(codes, 403, ResponseCode.NOT_AUTHORIZED);
    }
    if (shape.anyInput()) {
      // InvalidInputMapper, RefusedBodyMapper (StrictJsonReader: unknown member, wrong type),
      // UnreadableBodyMapper, a malformed query parameter (WebApplicationExceptionMapper).
      add(codes, 400, ResponseCode.INVALID_PARAMETER);
    }
    if (shape.body()) {
      // A body of another media type than the operation consumes (WebApplicationExceptionMapper).
      add(codes, 415, ResponseCode.INVALID_PARAMETER);
    }
    if (shape.jsonBody()) {
      add(codes, 400, ResponseCode.PARAMETER_REQUIRED);
    }
    if (shape.pathId()) {
      add(codes, 404, ResponseCode.NOT_FOUND);
    }
    if (shape.secured() && shape.writes()) {
      // StateConflictMapper: the record's state does not allow it (000 9.4 review flow).
      add(codes, 409, ResponseCode.REQUEST_REFUSED);
    }
    for (String pair : extra) {
      String[] parts = pair.strip().split(":");
      if (parts.length != 2) {
        throw new IllegalArgumentException(EXTENSION + " wants status:code, not " + pair);
      }
      codes
          .computeIfAbsent(Integer.parseInt(parts[0]), s -> new TreeSet<>())
          .add(known(Integer.parseInt(parts[1])).code());
    }
    return codes;
  }

  /** Every code of 003 Annex A the platform answers, with the standard's wording. */
  public static Map<String, String> table() {
    Map<String, String> table = new TreeMap<>();
    for (ResponseCode code : ResponseCode.values()) {
      table.put(String.valueOf(code.code()), code.message());
    }
    return table;
  }

  /**
   * A response's description: each code and its 003 Annex A message (from {@link ResponseCode}),
   * joined by {@code "; "}.
   */
  public static String describe(SortedSet<Integer> codes) {
    List<String> parts = new ArrayList<>();
    for (int code : codes) {
      parts.add(code + " " + known(code).message());
    }
    return String.join("; ", parts);
  }

  private static void add(
      SortedMap<Integer, SortedSet<Integer>> codes, int status, ResponseCode code) {
    codes.computeIfAbsent(status, s -> new TreeSet<>()).add(code.code());
  }

  private static ResponseCode known(int code) {
    for (ResponseCode candidate : ResponseCode.values()) {
      if (candidate.code() == code) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(code + " is no 003 Annex A code the platform answers");
  }
}
