package org.onewindow.keycloak.sm2;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.keycloak.common.util.Base64Url;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.jose.jwk.JSONWebKeySet;
import org.keycloak.jose.jwk.JWK;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.utils.JWKSServerUtils;

/**
 * {@code GET /realms/{realm}/sm2/certs}: the realm's public signing keys as Keycloak publishes them
 * in {@code /protocol/openid-connect/certs}, plus each enabled SM2 key as {@code
 * {"kty":"EC","crv":"SM2","alg":"SM2","use":"sig",kid,x,y[,x5c]}} (x and y: 32 bytes, big-endian,
 * Base64url, as RFC 7518 6.2.1 has them for the NIST curves). One URL for a client that knows SM2;
 * the standard key set stays as it is for those that do not.
 */
public class Sm2JwksResource {

  private final KeycloakSession session;

  Sm2JwksResource(KeycloakSession session) {
    this.session = session;
  }

  @GET
  @Path("certs")
  @Produces(MediaType.APPLICATION_JSON)
  public Response certs() {
    RealmModel realm = session.getContext().getRealm();
    List<JWK> keys =
        new ArrayList<>(Arrays.asList(JWKSServerUtils.getRealmJwks(session, realm).getKeys()));
    session
        .keys()
        .getKeysStream(realm)
        .filter(k -> Sm2Jws.KEY_TYPE.equals(k.getType()))
        .filter(k -> k.getStatus().isEnabled() && k.getPublicKey() instanceof Sm2Key.Public)
        .map(Sm2JwksResource::toJwk)
        .forEach(keys::add);
    JSONWebKeySet set = new JSONWebKeySet();
    set.setKeys(keys.toArray(JWK[]::new));
    CacheControl noCache = new CacheControl();
    noCache.setNoCache(true);
    return Response.ok(set).cacheControl(noCache).build();
  }

  static JWK toJwk(KeyWrapper key) {
    byte[] point = ((Sm2Key.Public) key.getPublicKey()).sm2().toPoint(); // 04 || x || y
    JWK jwk = new JWK();
    jwk.setKeyId(key.getKid());
    jwk.setKeyType(Sm2Jws.JWK_KEY_TYPE);
    jwk.setAlgorithm(Sm2Jws.ALGORITHM);
    jwk.setPublicKeyUse(key.getUse().getSpecName());
    jwk.setOtherClaims("crv", Sm2Jws.JWK_CURVE);
    jwk.setOtherClaims("x", Base64Url.encode(Arrays.copyOfRange(point, 1, 33)));
    jwk.setOtherClaims("y", Base64Url.encode(Arrays.copyOfRange(point, 33, 65)));
    if (key.getCertificate() != null) {
      try {
        jwk.setX509CertificateChain(
            new String[] {Base64.getEncoder().encodeToString(key.getCertificate().getEncoded())});
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException("unencodable certificate of key " + key.getKid(), e);
      }
    }
    return jwk;
  }
}
