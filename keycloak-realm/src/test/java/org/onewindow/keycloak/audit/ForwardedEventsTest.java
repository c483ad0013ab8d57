package org.onewindow.keycloak.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;

/** What leaves Keycloak for the audit trail: masked personal data (003 6.3.2.1 d), kept facts. */
class ForwardedEventsTest {

  @Test
  void aFailedLoginKeepsClientAddressAndErrorAndMasksTheUserName() {
    Event event = new Event();
    event.setId("e-1");
    event.setTime(1_700_000_000_000L);
    event.setType(EventType.LOGIN_ERROR);
    event.setClientId("onewindow-portal");
    event.setIpAddress("10.1.2.3");
    event.setError("invalid_user_credentials");
    event.setDetails(
        Map.of("username", "王建国", "auth_method", "openid-connect", "redirect_uri", "http://x/"));

    ForwardedEvent forwarded = ForwardedEvents.of(event);

    assertEquals("e-1", forwarded.id());
    assertEquals("user", forwarded.kind());
    assertEquals("LOGIN_ERROR", forwarded.type());
    assertEquals("failure", forwarded.outcome());
    assertEquals("", forwarded.actor(), "no user was found, so none acted");
    assertEquals(
        Map.of(
            "client", "onewindow-portal",
            "ip", "10.1.2.3",
            "error", "invalid_user_credentials",
            "username", "王**",
            "auth_method", "openid-connect"),
        forwarded.detail(),
        "the redirect URI is noise and is left out");
  }

  @Test
  void aUserNameThatIsAMobileNumberIsMaskedToo() {
    Event event = new Event();
    event.setId("e-2");
    event.setType(EventType.LOGIN);
    event.setUserId("8f0c-user");
    event.setDetails(Map.of("username", "13900001234"));

    ForwardedEvent forwarded = ForwardedEvents.of(event);

    assertEquals("success", forwarded.outcome());
    assertEquals("8f0c-user", forwarded.actor());
    assertFalse(forwarded.detail().get("username").contains("00001234"));
    assertEquals('1', forwarded.detail().get("username").charAt(0));
  }

  @Test
  void anAdministratorsChangeNamesOperationResourceAndWhoButNeverTheRepresentation() {
    AdminEvent event = new AdminEvent();
    event.setId("a-1");
    event.setTime(1_700_000_000_000L);
    event.setOperationType(OperationType.UPDATE);
    event.setResourceType(ResourceType.USER);
    event.setResourcePath("users/1234");
    event.setRepresentation("{\"firstName\":\"王建国\",\"idNumber\":\"110101199003074514\"}");
    AuthDetails auth = new AuthDetails();
    auth.setUserId("admin-uuid");
    auth.setClientId("security-admin-console");
    auth.setIpAddress("10.0.0.9");
    event.setAuthDetails(auth);

    ForwardedEvent forwarded = ForwardedEvents.of(event);

    assertEquals("admin", forwarded.kind());
    assertEquals("ADMIN_UPDATE_USER", forwarded.type());
    assertEquals("admin-uuid", forwarded.actor());
    assertEquals(
        Map.of("client", "security-admin-console", "ip", "10.0.0.9", "resource", "users/1234"),
        forwarded.detail());
    assertFalse(forwarded.toJson().toString().contains("王建国"));
    assertEquals("CUSTOM_THING_1", ForwardedEvents.typeName("custom-thing.1"));
  }
}
