package org.onewindow.keycloak.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;
import org.onewindow.crypto.CryptoException;

/**
 * Publishes the public half of the audit signing key at {@code
 * /realms/{realm}/onewindow-audit/key}, so the platform checks forwarded events against what the
 * realm itself says, as it checks logout tokens against the realm's key set.
 */
public class AuditKeyResourceProviderFactory
    implements RealmResourceProviderFactory, RealmResourceProvider {

  public static final String ID = "onewindow-audit";

  @GET
  @Path("key")
  @Produces(MediaType.APPLICATION_JSON)
  public Response key() {
    try {
      return Response.ok(Map.of("publicKey", AuditSigningKey.get().publicKey().toPem()))
          .header("Cache-Control", "no-cache")
          .build();
    } catch (CryptoException e) {
      return Response.status(Response.Status.SERVICE_UNAVAILABLE)
          .entity(Map.of("error", "the realm has no audit signing key"))
          .build();
    }
  }

  @Override
  public RealmResourceProvider create(KeycloakSession session) {
    return this; // stateless: one instance serves every request
  }

  @Override
  public Object getResource() {
    return this;
  }

  @Override
  public void init(Config.Scope config) {}

  @Override
  public void postInit(KeycloakSessionFactory factory) {}

  @Override
  public void close() {}

  @Override
  public String getId() {
    return ID;
  }
}
