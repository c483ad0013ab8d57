package org.onewindow.web.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The roles of a resource method are those every service method it calls allows. */
class ServiceRolesTest {

  @RolesAllowed({"admin", "developer", "client"})
  public static class Service {
    public String read() {
      return "";
    }

    @RolesAllowed("admin")
    public String limit() {
      return "";
    }

    @RolesAllowed({"developer", "client", "reviewer"})
    public String write() {
      return "";
    }
  }

  @PermitAll
  public static class OpenService {
    public String health() {
      return "";
    }
  }

  public static class Resource {
    private final Service service = new Service();
    private final OpenService open = new OpenService();

    public String read() {
      return service.read();
    }

    public String limit() {
      return service.limit();
    }

    /** Two calls: a caller must pass both. */
    public String readAndWrite() {
      return service.read() + service.write();
    }

    /** Through a helper of its own. */
    public String helped() {
      return helper();
    }

    private String helper() {
      return service.limit();
    }

    /** Through a lambda. */
    public String lambda() {
      Supplier<String> later = () -> service.write();
      return later.get();
    }

    public String health() {
      return open.health() + String.valueOf(List.of());
    }
  }

  private static ServiceRoles.Required of(String method) throws NoSuchMethodException {
    return ServiceRoles.of(Resource.class, Resource.class.getMethod(method));
  }

  @Test
  void theServiceClassRolesUnlessTheMethodNarrowsThem() throws Exception {
    assertEquals(Set.of("admin", "developer", "client"), of("read").roles());
    assertEquals(Set.of("admin"), of("limit").roles());
  }

  @Test
  void severalCallsNeedARoleEachAllows() throws Exception {
    assertEquals(Set.of("developer", "client"), of("readAndWrite").roles());
  }

  @Test
  void callsThroughHelpersAndLambdasCount() throws Exception {
    assertEquals(Set.of("admin"), of("helped").roles());
    assertEquals(Set.of("developer", "client", "reviewer"), of("lambda").roles());
  }

  @Test
  void permitAllServicesAndTheJdkRestrictNothing() throws Exception {
    assertFalse(of("health").restricted());
    assertTrue(of("read").restricted());
  }
}
