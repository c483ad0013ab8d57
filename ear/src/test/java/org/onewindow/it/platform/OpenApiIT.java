package org.onewindow.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.Platform;
import org.onewindow.it.support.PlatformIT;
import org.onewindow.it.support.ServiceTokens;

/**
 * The OpenAPI document of {@code /api/v1} (issue 16 item 3) against the deployed API: served
 * without a token; every operation it lists exists (answered by a resource, not the "no such
 * resource" refusal nor 405), with a status and code the operation documents; every resource method
 * of the API's classes is in it; and each operation states its roles, its codes and its answers
 * inside the envelope.
 */
// The document describes the WARs, not the database: once, in the H2 run.
@EnabledIfSystemProperty(named = "onewindow.it.database", matches = "h2")
@PlatformIT
class OpenApiIT {

  private static final String DOCUMENT = Platform.BASE_URL + "/openapi?format=JSON";

  /** The API module's compiled resources (failsafe runs in the ear module's directory). */
  private static final java.nio.file.Path API_CLASSES =
      Paths.get("..", "web-module", "api", "target", "classes");

  /** A record id no test creates. */
  private static final String DUMMY_ID = "987654321";

  private static JsonObject document;

  @BeforeAll
  static void readTheDocument() {
    HttpJson.Reply reply = HttpJson.get(DOCUMENT, null);
    assertEquals(200, reply.status(), "served without a token: " + reply.body());
    document = reply.json();
    try {
      // For a reader of the build: the document as this run's platform served it.
      Files.writeString(Paths.get("target", "openapi.json"), reply.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Operation(String path, String verb, JsonObject spec) {
    String url() {
      return Platform.BASE_URL + path.replaceAll("\\{[^}]+}", DUMMY_ID);
    }

    /** The body's first documented media type, application/json when there is no body. */
    String contentType() {
      return spec.containsKey("requestBody")
          ? spec.getJsonObject("requestBody").getJsonObject("content").keySet().iterator().next()
          : "application/json";
    }

    /** An empty body of that type, or none. */
    String emptyBody() {
      if (!spec.containsKey("requestBody")) {
        return null;
      }
      return contentType().equals("application/json") ? "{}" : "";
    }
  }

  private static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> verb : path.getValue().asJsonObject().entrySet()) {
        if (Set.of("get", "post", "put", "delete", "patch").contains(verb.getKey())) {
          operations.add(
              new Operation(
                  path.getKey(), verb.getKey().toUpperCase(), verb.getValue().asJsonObject()));
        }
      }
    }
    return operations;
  }

  @Test
  void theDocumentIsOpenApi3OfTheApiWithTheEnvelopeAndTheAnnexACodes() {
    assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
    JsonObject envelope =
        document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Envelope");
    assertEquals(
        Set.of("code", "msg", "data"), envelope.getJsonObject("properties").keySet(), "envelope");
    JsonObject annexA = document.getJsonObject("x-annex-a");
    assertEquals("参数错误", annexA.getString("20000"));
    assertEquals("用户未授权", annexA.getString("10008"));
    assertEquals(
        "bearer",
        document
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .getJsonObject("bearer")
            .getString("scheme"));
    assertTrue(operations().size() >= 50, "every resource method: " + operations().size());
  }

  /**
   * Every operation in the document is answered by its resource: not 405, and not the "no such
   * resource" refusal the API gives to paths nothing serves (a record that does not exist is 404
   * too, with its own message). The answer, in the envelope, is one the operation documents.
   */
  @Test
  void everyDocumentedOperationExistsAndAnswersADocumentedCode() {
    String token = ServiceTokens.api();
    List<String> problems = new ArrayList<>();
    for (Operation operation : operations()) {
      HttpJson.Reply reply =
          HttpJson.call(
              operation.verb(),
              operation.url(),
              token,
              operation.emptyBody(),
              "Content-Type",
              operation.contentType(),
              "Accept-Language",
              "en");
      String what = operation.verb() + " " + operation.path() + " → " + reply.status();
      if (reply.status() == 405) {
        problems.add(what + ": method not served");
        continue;
      }
      JsonObject envelope;
      try {
        envelope = reply.json();
      } catch (RuntimeException notJson) {
        if (reply.status() >= 200 && reply.status() < 300) {
          continue; // a bare export (x-envelope false) of an existing record
        }
        problems.add(what + ": not the JSON envelope: " + reply.body());
        continue;
      }
      if (reply.status() == 404 && "No such resource".equals(envelope.getString("msg", ""))) {
        problems.add(what + ": no resource serves it");
        continue;
      }
      if (!envelope.containsKey("code")) {
        continue; // a bare export answered 200
      }
      int code = envelope.getInt("code");
      JsonObject responses = operation.spec().getJsonObject("responses");
      if (!responses.containsKey(String.valueOf(reply.status()))) {
        problems.add(what + " " + code + ": status not documented");
      } else if (!codes(operation.spec()).contains(code)) {
        problems.add(what + " " + code + ": code not documented " + codes(operation.spec()));
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** Every resource method of the API (its JAX-RS annotations, by reflection) is documented. */
  @Test
  void everyResourceMethodIsInTheDocument() throws Exception {
    Set<String> documented = new TreeSet<>();
    for (Operation operation : operations()) {
      documented.add(operation.verb() + " " + operation.path());
    }
    Set<String> resources = resourceMethods();
    assertTrue(resources.size() >= 50, "found the resource methods: " + resources);
    Set<String> missing = new TreeSet<>(resources);
    missing.removeAll(documented);
    assertTrue(missing.isEmpty(), "not in the document: " + missing);
    Set<String> extra = new TreeSet<>(documented);
    extra.removeAll(resources);
    assertTrue(extra.isEmpty(), "documented but no resource method: " + extra);
  }

  @Test
  void eachOperationStatesItsSummaryRolesCodesAndEnvelopedAnswers() {
    for (Operation operation : operations()) {
      JsonObject spec = operation.spec();
      String what = operation.verb() + " " + operation.path();
      assertFalse(spec.getString("summary", "").isBlank(), what + ": summary");
      assertTrue(codes(spec).contains(0), what + ": code 0 on success");
      assertTrue(codes(spec).contains(10000), what + ": 10000 when anything else fails");
      JsonObject responses = spec.getJsonObject("responses");
      for (Map.Entry<String, JsonValue> response : responses.entrySet()) {
        String schema = response.getValue().asJsonObject().toString();
        if (!"false".equals(String.valueOf(spec.get("x-envelope")))) {
          assertTrue(
              schema.contains("#/components/schemas/Envelope"),
              what + " " + response.getKey() + ": in the envelope: " + schema);
        }
      }
      boolean open = open(spec);
      if (open) {
        assertFalse(spec.containsKey("x-roles"), what);
      } else {
        assertFalse(spec.getJsonArray("x-roles").isEmpty(), what + ": roles");
        assertTrue(codes(spec).contains(10008), what + ": 10008 without a valid token");
      }
    }
  }

  /** Roles come from the services each operation calls: a narrower rule narrows the document. */
  @Test
  void theRolesAreTheServicesRoles() {
    assertEquals(
        List.of("platform-admin"), roles("PUT", "/api/v1/apps/{id}/rate-limit"), "limitRate");
    assertEquals(
        List.of("api-client", "platform-admin"),
        roles("POST", "/api/v1/access-units"),
        "AccessUnitService");
    assertTrue(roles("GET", "/api/v1/apps").contains("unit-developer"));
    assertEquals(List.of("platform-admin"), roles("POST", "/api/v1/inspections"));
  }

  /** The document's security matches the deployment's: without a token only the open ones pass. */
  @Test
  void operationsWithoutSecurityAreOpenAndTheOthersRefuseAMissingToken() {
    for (Operation operation : operations()) {
      boolean open = open(operation.spec());
      HttpJson.Reply reply =
          HttpJson.call(
              operation.verb(),
              operation.url(),
              null,
              operation.emptyBody(),
              "Content-Type",
              operation.contentType());
      String what = operation.verb() + " " + operation.path() + ": " + reply.body();
      if (open) {
        assertNotEquals(10008, reply.json().getInt("code"), what);
      } else {
        assertEquals(401, reply.status(), what);
        assertEquals(10008, reply.json().getInt("code"), what);
      }
    }
  }

  /** Same field names in and out (issue 16): the app's public key and its rate limit. */
  @Test
  void requestsAndViewsUseTheSameNames() {
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    Set<String> view = schemas.getJsonObject("AppView").getJsonObject("properties").keySet();
    assertTrue(
        schemas
            .getJsonObject("AppRequest")
            .getJsonObject("properties")
            .containsKey("sm2PublicKey"));
    assertTrue(view.contains("sm2PublicKey"), view.toString());
    assertFalse(view.contains("sm2PublicKeyPem"), view.toString());
    assertTrue(
        schemas
            .getJsonObject("RateLimitRequest")
            .getJsonObject("properties")
            .containsKey("callsPerSecond"));
    assertTrue(view.contains("callsPerSecond"), view.toString());
  }

  /** No security requirement of its own, and the document has none for all: no token needed. */
  private static boolean open(JsonObject operation) {
    assertFalse(document.containsKey("security"), "no requirement for every operation");
    return !operation.containsKey("security") || operation.getJsonArray("security").isEmpty();
  }

  private static List<String> roles(String verb, String path) {
    JsonObject operation =
        document.getJsonObject("paths").getJsonObject(path).getJsonObject(verb.toLowerCase());
    return operation.getJsonArray("x-roles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static Set<Integer> codes(JsonObject operation) {
    JsonArray codes = operation.getJsonArray("x-annex-a-codes");
    Set<Integer> set = new TreeSet<>();
    for (JsonNumber code : codes.getValuesAs(JsonNumber.class)) {
      set.add(code.intValue());
    }
    return set;
  }

  /**
   * "VERB /api/v1/path" of every public method of the API module's classes that carries a JAX-RS
   * HTTP method annotation: @ApplicationPath + the class's @Path + the method's @Path.
   */
  private static Set<String> resourceMethods() throws IOException, ReflectiveOperationException {
    assertTrue(Files.isDirectory(API_CLASSES), API_CLASSES.toAbsolutePath().toString());
    List<String> names;
    try (Stream<java.nio.file.Path> files = Files.walk(API_CLASSES)) {
      names =
          files
              .map(API_CLASSES::relativize)
              .map(java.nio.file.Path::toString)
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> name.replace(".class", "").replace('/', '.'))
              .toList();
    }
    Set<String> methods = new TreeSet<>();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {API_CLASSES.toUri().toURL()}, OpenApiIT.class.getClassLoader())) {
      String application = null;
      List<Class<?>> resources = new ArrayList<>();
      for (String name : names) {
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (LinkageError e) {
          continue; // needs a library only the server has: no resource (those need JAX-RS only)
        }
        if (type.isAnnotationPresent(ApplicationPath.class)) {
          application = type.getAnnotation(ApplicationPath.class).value();
        }
        if (type.isAnnotationPresent(Path.class)) {
          resources.add(type);
        }
      }
      assertTrue(application != null, "the JAX-RS application");
      for (Class<?> resource : resources) {
        String base = "/api" + join(application, resource.getAnnotation(Path.class).value());
        for (Method method : resource.getMethods()) {
          String verb = verb(method);
          if (verb != null) {
            Path path = method.getAnnotation(Path.class);
            methods.add(verb + " " + (path == null ? base : join(base, path.value())));
          }
        }
      }
    }
    return methods;
  }

  private static String join(String left, String right) {
    String joined = ("/" + left + "/" + right).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
  }
}
