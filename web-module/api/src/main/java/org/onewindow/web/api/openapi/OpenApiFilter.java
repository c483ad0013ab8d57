package org.onewindow.web.api.openapi;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the document SmallRye builds from the resources (issue 16 item 3), for every operation:
 * its answers inside the {@code {code,msg,data}} envelope (003 6.2.2.2), one response per HTTP
 * status listing the 003 Annex A codes answered with it ({@link AnnexACodes}, also as the extension
 * {@value AnnexACodes#EXTENSION}), and the roles it needs ({@link ServiceRoles}, as the bearer
 * requirement's scopes and the extension {@value #ROLES}). Configured in the API's {@code
 * META-INF/microprofile-config.properties}, which also makes operation ids name the Java method
 * (package, class, method) so this filter can find it; it then shortens them to {@code
 * Class_method}.
 */
public class OpenApiFilter implements OASFilter {

  /** The roles an operation needs; {@value #ANY_ROLE} alone: any valid token of the realm. */
  public static final String ROLES = "x-roles";

  /** As in web.xml's auth-constraint: any authenticated caller, whatever their roles. */
  public static final String ANY_ROLE = "**";

  /** An operation that answers its document bare, not in the envelope (an export). */
  public static final String ENVELOPE = "x-envelope";

  static final String BEARER = "bearer";

  private static final String ENVELOPE_REF = "#/components/schemas/Envelope";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    Components components = openApi.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openApi.setComponents(components);
    }
    components.addSchema("Envelope", envelope());
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description(
                "An access token of the platform's realm (onewindow), SM2-signed (alg SM2): a"
                    + " person's from the console's sign-in, or a unit's system account's"
                    + " (client credentials)."));
    openApi.addExtension("x-annex-a", AnnexACodes.table());
    if (openApi.getPaths() == null) {
      return;
    }
    RecordSchemas schemas = new RecordSchemas(components);
    for (PathItem item : openApi.getPaths().getPathItems().values()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
        complete(entry.getKey(), entry.getValue(), schemas);
      }
    }
  }

  private static void complete(
      PathItem.HttpMethod verb, Operation operation, RecordSchemas schemas) {
    Class<?> resource = resourceOf(operation.getOperationId());
    Method method = javaMethod(resource, verb, operation.getOperationId());
    operation.setOperationId(resource.getSimpleName() + "_" + method.getName());

    boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
    if (secured) {
      ServiceRoles.Required required = ServiceRoles.of(resource, method);
      List<String> roles =
          required.restricted() ? new ArrayList<>(required.roles()) : List.of(ANY_ROLE);
      operation.addExtension(ROLES, roles);
      operation.setSecurity(
          new ArrayList<>(
              List.of(
                  OASFactory.createSecurityRequirement()
                      .addScheme(BEARER, required.restricted() ? roles : List.of()))));
    }

    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean pathId = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    boolean query = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    boolean body = operation.getRequestBody() != null;
    boolean jsonBody =
        body
            && operation.getRequestBody().getContent() != null
            && operation.getRequestBody().getContent().hasMediaType("application/json");
    AnnexACodes.Shape shape =
        new AnnexACodes.Shape(
            secured, body, jsonBody, body || query, pathId, verb != PathItem.HttpMethod.GET);

    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    int success = successStatus(responses);
    SortedMap<Integer, SortedSet<Integer>> codes =
        AnnexACodes.of(shape, success, extraCodes(operation));
    boolean enveloped = !Boolean.FALSE.equals(extension(operation, ENVELOPE));
    for (Map.Entry<Integer, SortedSet<Integer>> entry : codes.entrySet()) {
      String status = String.valueOf(entry.getKey());
      APIResponse response = responses.getAPIResponse(status);
      if (response == null) {
        response = OASFactory.createAPIResponse();
        responses.addAPIResponse(status, response);
      }
      String annexA = "003 Annex A: " + AnnexACodes.describe(entry.getValue());
      response.setDescription(
          response.getDescription() == null || entry.getKey() != success
              ? annexA
              : response.getDescription() + " (" + annexA + ")");
      if (entry.getKey() != success) {
        response.setContent(json(ref()));
      } else if (enveloped) {
        APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
        response.setContent(
            json(
                enveloping(
                    declared == null
                        ? response.getContent()
                        : json(schemas.of(declared.value())))));
      }
    }
    List<Integer> all = new ArrayList<>();
    codes.values().forEach(all::addAll);
    operation.addExtension(AnnexACodes.EXTENSION, all.stream().distinct().sorted().toList());
  }

  /** The operation's own {@code status:code} pairs, written as one space-separated string. */
  private static List<String> extraCodes(Operation operation) {
    Object extra = extension(operation, AnnexACodes.EXTENSION);
    if (extra == null) {
      return List.of();
    }
    operation.removeExtension(AnnexACodes.EXTENSION);
    return List.of(String.valueOf(extra).strip().split("\\s+"));
  }

  private static Object extension(Operation operation, String name) {
    return operation.getExtensions() == null ? null : operation.getExtensions().get(name);
  }

  private static int successStatus(APIResponses responses) {
    if (responses.getAPIResponses() != null) {
      for (String status : responses.getAPIResponses().keySet()) {
        if (status.startsWith("2")) {
          return Integer.parseInt(status);
        }
      }
    }
    return 200;
  }

  /**
   * The answer's data as the envelope's {@code data}: the type the resource method declares with
   * {@code @APIResponseSchema} (described by {@link RecordSchemas}), else what SmallRye found.
   */
  private static Schema enveloping(Content content) {
    Schema data = null;
    if (content != null && content.getMediaTypes() != null) {
      for (MediaType type : content.getMediaTypes().values()) {
        if (type.getSchema() != null) {
          data = type.getSchema();
          break;
        }
      }
    }
    if (data == null) {
      return ref();
    }
    return OASFactory.createSchema()
        .addAllOf(ref())
        .addAllOf(OASFactory.createSchema().addType(SchemaType.OBJECT).addProperty("data", data));
  }

  private static Content json(Schema schema) {
    return OASFactory.createContent()
        .addMediaType("application/json", OASFactory.createMediaType().schema(schema));
  }

  private static Schema ref() {
    return OASFactory.createSchema().ref(ENVELOPE_REF);
  }

  private static Schema envelope() {
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description(
            "Every answer of the API (003 6.2.2.2 table 1): code 0 on success, else a code of 003"
                + " Annex A (x-annex-a); msg fit to show the user, Chinese unless Accept-Language"
                + " asks for English; data the payload, null on an error, never left out.")
        .addProperty("code", OASFactory.createSchema().addType(SchemaType.INTEGER))
        .addProperty("msg", OASFactory.createSchema().addType(SchemaType.STRING))
        .addProperty("data", OASFactory.createSchema())
        .required(List.of("code", "msg", "data"));
  }

  /** From an operation id of the {@code PACKAGE_CLASS_METHOD} strategy: the resource class. */
  static Class<?> resourceOf(String operationId) {
    if (operationId == null || operationId.lastIndexOf('_') < 0) {
      throw new IllegalStateException("operation id without its Java method: " + operationId);
    }
    String type = operationId.substring(0, operationId.lastIndexOf('_'));
    try {
      return Class.forName(type, false, OpenApiFilter.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no resource class " + type, e);
    }
  }

  /** The resource method with the operation id's name and the operation's HTTP method. */
  static Method javaMethod(Class<?> resource, PathItem.HttpMethod verb, String operationId) {
    String name = operationId.substring(operationId.lastIndexOf('_') + 1);
    for (Method method : resource.getMethods()) {
      if (method.getName().equals(name) && verb.name().equals(httpMethod(method))) {
        return method;
      }
    }
    throw new IllegalStateException("no " + verb + " method " + name + " in " + resource);
  }

  /** The method's JAX-RS HTTP method annotation, as its name, or null. */
  public static String httpMethod(Method method) {
    for (Class<? extends java.lang.annotation.Annotation> verb :
        List.of(
            GET.class,
            POST.class,
            PUT.class,
            DELETE.class,
            PATCH.class,
            HEAD.class,
            OPTIONS.class)) {
      if (method.isAnnotationPresent(verb)) {
        return verb.getSimpleName();
      }
    }
    return null;
  }
}
