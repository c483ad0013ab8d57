package org.onewindow.keycloak.sm2;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.keycloak.common.util.Base64Url;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenResponseMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.representations.IDToken;
import org.keycloak.util.JsonSerialization;

/**
 * Re-signs an SM2 ID token without its {@code at_hash} claim, for clients whose OIDC library cannot
 * hash for SM2.
 *
 * <p>Why: WildFly 39's elytron-oidc-client checks {@code at_hash} with {@code
 * Oidc.getJavaAlgorithmForHash(token-signature-algorithm)}, which knows only RS/HS/ES 256–512 and
 * throws for {@code SM2}; its {@code TokenValidator.AtHashValidator} then treats the claim as wrong
 * and refuses the ID token, so no login would succeed. Keycloak always adds {@code at_hash} in the
 * code flow. OIDC Core 1.0 3.1.3.6 makes {@code at_hash} optional there: the access token comes
 * straight from the token endpoint, not through the browser. Tokens of any other algorithm, and
 * encrypted ID tokens, pass unchanged.
 */
public class Sm2IdTokenWithoutAtHashMapper extends AbstractOIDCProtocolMapper
    implements OIDCAccessTokenResponseMapper {

  public static final String ID = "sm2-id-token-without-at-hash";

  @Override
  public AccessTokenResponse transformAccessTokenResponse(
      AccessTokenResponse response,
      ProtocolMapperModel mapping,
      KeycloakSession session,
      UserSessionModel userSession,
      ClientSessionContext clientSession) {
    String encoded = response.getIdToken();
    String[] parts = encoded == null ? new String[0] : encoded.split("\\.");
    if (parts.length != 3 || !Sm2Jws.ALGORITHM.equals(algorithm(parts[0]))) {
      return response; // absent, encrypted (JWE has five parts) or not SM2
    }
    IDToken idToken = read(parts[1]);
    if (idToken.getAccessTokenHash() != null) {
      idToken.setAccessTokenHash(null);
      response.setIdToken(session.tokens().encodeAndEncrypt(idToken));
    }
    return response;
  }

  private static String algorithm(String encodedHeader) {
    try {
      Map<?, ?> header = JsonSerialization.readValue(Base64Url.decode(encodedHeader), Map.class);
      return String.valueOf(header.get("alg"));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static IDToken read(String encodedPayload) {
    try {
      return JsonSerialization.readValue(Base64Url.decode(encodedPayload), IDToken.class);
    } catch (IOException e) {
      throw new IllegalStateException("an ID token Keycloak just signed is not readable", e);
    }
  }

  @Override
  public String getDisplayCategory() {
    return TOKEN_MAPPER_CATEGORY;
  }

  @Override
  public String getDisplayType() {
    return "SM2 ID 令牌不含 at_hash / SM2 ID token without at_hash";
  }

  @Override
  public String getHelpText() {
    return "为不能按 SM3 校验 at_hash 的客户端（WildFly 39）去掉 SM2 ID 令牌的 at_hash / "
        + "drops at_hash from SM2 ID tokens for clients that cannot check it (WildFly 39)";
  }

  @Override
  public List<ProviderConfigProperty> getConfigProperties() {
    return List.of();
  }

  @Override
  public String getId() {
    return ID;
  }
}
