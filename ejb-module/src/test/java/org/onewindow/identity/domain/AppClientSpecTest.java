package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.crypto.sm2.Sm2Keys;

class AppClientSpecTest {

  /** The demo light app's wrapped SM4 key (realm JSON): purpose app-sm4-key. */
  private static final String SM4_KEY_REF =
      "AQthcHAtc200LWtleQABLEtm_lQxb2qr1eg3QVnDoyWKRQkXQNbM9x5i4ozvBdPbZbFnhSg85zMVOGYA35K4RZaTEhwJYda3RET200Ya3ddM1fGBHbZdDrYpcLcSPSl8RlSxMSUP_ys";

  private static final String SM2_PEM = Sm2Keys.generate().publicKey().toPem();

  private static AppClientSpec spec(String appId, String url, String pem, String ref) {
    return new AppClientSpec(appId, "示例应用", URI.create(url), pem, ref);
  }

  @Test
  void aValidSpecNamesItsOriginAndBecomesAConfidentialPkceClient() {
    AppClientSpec spec =
        spec("app-bus", "https://bus.example.gov.cn:8443/h5/", SM2_PEM, SM4_KEY_REF);
    assertEquals("https://bus.example.gov.cn:8443", spec.origin());
    assertEquals(URI.create("https://bus.example.gov.cn:8443/h5"), spec.baseUrl());
    JsonObject client = AppClientRepresentation.of(spec);
    assertEquals(false, client.getBoolean("publicClient"));
    assertEquals(
        "S256", client.getJsonObject("attributes").getString("pkce.code.challenge.method"));
    assertEquals(
        "https://bus.example.gov.cn:8443/h5/*", client.getJsonArray("redirectUris").getString(0));
  }

  @Test
  void badInputIsRefusedFieldByField() {
    // Not app-: could name a platform client such as onewindow-console.
    assertField("appId", () -> spec("onewindow-console", "https://a.gov.cn", SM2_PEM, SM4_KEY_REF));
    assertField("appId", () -> spec("app-Bus", "https://a.gov.cn", SM2_PEM, SM4_KEY_REF));
    assertField("baseUrl", () -> spec("app-bus", "http://a.gov.cn", SM2_PEM, SM4_KEY_REF));
    assertField("baseUrl", () -> spec("app-bus", "https://a.gov.cn/?x=1", SM2_PEM, SM4_KEY_REF));
    assertField("baseUrl", () -> spec("app-bus", "javascript:alert(1)", SM2_PEM, SM4_KEY_REF));
    assertField(
        "sm2PublicKey", () -> spec("app-bus", "https://a.gov.cn", "not a key", SM4_KEY_REF));
    assertField("sm4KeyRef", () -> spec("app-bus", "https://a.gov.cn", SM2_PEM, "00112233"));
  }

  @Test
  void httpIsAllowedOnLocalhostOnlyForTheDemo() {
    assertEquals(
        "http://localhost:8080",
        spec("app-demo", "http://localhost:8080/demo", SM2_PEM, SM4_KEY_REF).origin());
  }

  private static void assertField(String field, org.junit.jupiter.api.function.Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertEquals(field, e.field());
  }
}
