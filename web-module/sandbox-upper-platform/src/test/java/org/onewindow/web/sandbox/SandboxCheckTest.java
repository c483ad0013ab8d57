package org.onewindow.web.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.RequestError;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestRejectedException;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.crypto.signing.SignatureHeaders;
import org.onewindow.crypto.sm2.Sm2Keys;

/**
 * SANDBOX: the sandbox checks the platform's signature with the published key, then each record.
 */
class SandboxCheckTest {

  @TempDir Path dir;

  @AfterEach
  void clear() {
    System.clearProperty("onewindow.sandbox-upper.public-key");
  }

  private static final String BODY =
      "{\"feed\":\"case-basic\",\"batch\":1,\"records\":["
          + "{\"key\":\"C1\",\"version\":\"2026-12-01T00:00:00Z\",\"fields\":{\"case_no\":\"C1\",\"matter_code\":\"M\",\"materials\":\"身份证\"}},"
          + "{\"key\":\"C2\",\"version\":\"2026-12-01T00:00:00Z\",\"fields\":{\"case_no\":\"C2\",\"matter_code\":\"M\"}}]}";

  @Test
  void aCallSignedWithThePublishedKeysPairPassesAnotherKeyDoesNot() throws IOException {
    Sm2Keys.Pair platform = Sm2Keys.generate();
    Path published = dir.resolve("signing-key.pub.pem");
    Files.writeString(published, platform.publicKey().toPem());
    System.setProperty("onewindow.sandbox-upper.public-key", published.toString());
    RequestVerifier verifier =
        new RequestVerifier(
            SandboxKeys.published(),
            Clock.systemUTC(),
            Duration.ofMinutes(5),
            new InMemoryNonceStore());
    RequestParts call =
        new RequestParts(
            "POST", "/sandbox-upper-platform/batches", null, BODY.getBytes(StandardCharsets.UTF_8));

    SignatureHeaders good =
        new RequestSigner("onewindow-platform", platform.privateKey(), Clock.systemUTC())
            .sign(call);
    assertEquals("onewindow-platform", verifier.verify(call, good.headers()).appKey());

    SignatureHeaders forged =
        new RequestSigner("onewindow-platform", Sm2Keys.generate().privateKey(), Clock.systemUTC())
            .sign(call);
    RequestRejectedException refused =
        assertThrows(RequestRejectedException.class, () -> verifier.verify(call, forged.headers()));
    assertEquals(RequestError.BAD_SIGNATURE, refused.error());

    SignatureHeaders replayed = good;
    assertThrows(RequestRejectedException.class, () -> verifier.verify(call, replayed.headers()));
  }

  @Test
  void aRecordMissingARequiredFieldIsRejectedWithItsReason() {
    JsonArray results =
        SandboxRules.judge(Json.createReader(new StringReader(BODY)).readObject()).build();
    assertTrue(results.getJsonObject(0).getBoolean("accepted"));
    assertFalse(results.getJsonObject(1).getBoolean("accepted"));
    assertEquals("missing required field materials", results.getJsonObject(1).getString("reason"));
  }
}
