package org.onewindow.crypto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.crypto.OpenSsl;

/** The command-line tool, driven as an operator would, and round-tripped with OpenSSL. */
class SmCryptoTest {

  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private static Result run(String stdin, String... words) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new SmCrypto()
            .run(
                List.of(words),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        exit,
        out.toString(StandardCharsets.UTF_8).strip(),
        err.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void digestOfAbcIsTheStandardsVector() {
    Result result = run("abc", "digest");
    assertEquals(0, result.exit());
    assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", result.out());
  }

  @Test
  void keygenSignAndVerifyRoundTripAndATamperedMessageFails() {
    assertEquals(0, run("", "keygen", "--out-dir", dir.toString()).exit());
    String key = dir.resolve("sm2-private.pem").toString();
    String pub = dir.resolve("sm2-public.pem").toString();
    Result signed = run("", "sign", "--key", key, "--text", "办件编号 330100-2026-0001");
    assertEquals(0, signed.exit(), signed.err());
    Result ok =
        run("", "verify", "--pub", pub, "--sig", signed.out(), "--text", "办件编号 330100-2026-0001");
    assertEquals(0, ok.exit());
    assertEquals("Verified OK", ok.out());
    Result bad =
        run("", "verify", "--pub", pub, "--sig", signed.out(), "--text", "办件编号 330100-2026-0002");
    assertEquals(1, bad.exit());
    assertEquals("Verification failure", bad.out());
  }

  @Test
  void sm4GcmAndSm2EncryptionRoundTrip() {
    String keyHex = run("", "keygen", "--alg", "sm4").out();
    Result sealed = run("张三 13900001234", "encrypt", "--alg", "sm4-gcm", "--key-hex", keyHex);
    Result opened =
        run(
            sealed.out(),
            "decrypt",
            "--alg",
            "sm4-gcm",
            "--key-hex",
            keyHex,
            "--in-format",
            "base64",
            "--out-format",
            "raw");
    assertEquals("张三 13900001234", opened.out());

    assertEquals(0, run("", "keygen", "--out-dir", dir.toString()).exit());
    Result encrypted =
        run("secret", "encrypt", "--alg", "sm2", "--pub", dir.resolve("sm2-public.pem").toString());
    Result decrypted =
        run(
            encrypted.out(),
            "decrypt",
            "--alg",
            "sm2",
            "--key",
            dir.resolve("sm2-private.pem").toString(),
            "--in-format",
            "base64",
            "--out-format",
            "raw");
    assertEquals("secret", decrypted.out());
  }

  @Test
  void aTicketSealedForAnAppOpensOnceForThatAppOnly() {
    assertEquals(0, run("", "keygen", "--out-dir", dir.toString()).exit());
    String platformKey = dir.resolve("sm2-private.pem").toString();
    String platformPub = dir.resolve("sm2-public.pem").toString();
    String appKey = run("", "keygen", "--alg", "sm4").out();
    Result sealed =
        run(
            "{\"name\":\"张*\"}",
            "ticket-seal",
            "--key",
            platformKey,
            "--app-id",
            "gd-001",
            "--app-key-hex",
            appKey);
    assertEquals(0, sealed.exit(), sealed.err());
    Result opened =
        run(
            sealed.out(),
            "ticket-open",
            "--pub",
            platformPub,
            "--app-id",
            "gd-001",
            "--app-key-hex",
            appKey);
    assertEquals(0, opened.exit(), opened.err());
    assertTrue(opened.out().endsWith("{\"name\":\"张*\"}"), opened.out());
    Result otherApp =
        run(
            sealed.out(),
            "ticket-open",
            "--pub",
            platformPub,
            "--app-id",
            "zj-002",
            "--app-key-hex",
            appKey);
    assertEquals(1, otherApp.exit());
    assertTrue(otherApp.out().startsWith("rejected: 10008"), otherApp.out());
  }

  @Test
  void aSignedRequestVerifiesAndAChangedOneIsRejected() {
    assertEquals(0, run("", "keygen", "--out-dir", dir.toString()).exit());
    String key = dir.resolve("sm2-private.pem").toString();
    String pub = dir.resolve("sm2-public.pem").toString();
    String url = "https://gw.example.gov.cn/api/v1/buses?city=杭州&line=K1";
    Result signed =
        run(
            "",
            "request-sign",
            "--key",
            key,
            "--app-key",
            "gd-001",
            "--method",
            "GET",
            "--url",
            url.replace("杭州", "%E6%9D%AD%E5%B7%9E"),
            "--text",
            "");
    assertEquals(0, signed.exit(), signed.err());
    java.util.Map<String, String> headers = new java.util.HashMap<>();
    for (String line : signed.out().split("\n")) {
      String[] parts = line.split(": ", 2);
      headers.put(parts[0], parts[1]);
    }
    String[] verify = {
      "request-verify",
      "--pub",
      pub,
      "--app-key",
      "gd-001",
      "--method",
      "GET",
      "--url",
      "",
      "--timestamp",
      headers.get("X-OW-Timestamp"),
      "--nonce",
      headers.get("X-OW-Nonce"),
      "--signature",
      headers.get("X-OW-Signature"),
      "--text",
      ""
    };
    verify[8] = url.replace("杭州", "%E6%9D%AD%E5%B7%9E");
    Result ok = run("", verify);
    assertEquals(0, ok.exit(), ok.out() + ok.err());
    verify[8] = verify[8].replace("K1", "K2");
    Result changed = run("", verify);
    assertEquals(1, changed.exit());
    assertTrue(changed.out().startsWith("rejected: 20001"), changed.out());
  }

  @Test
  void rootKeyComponentsAreGeneratedReadyForTheEnvironment() {
    Result result = run("", "keygen", "--alg", "root-components", "--count", "2");
    assertEquals(0, result.exit(), result.err());
    String[] lines = result.out().split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[0].startsWith("ONEWINDOW_ROOT_KEY_COMPONENT_1="), lines[0]);
    assertTrue(lines[1].startsWith("ONEWINDOW_ROOT_KEY_COMPONENT_2="), lines[1]);
    assertFalse(lines[0].substring(31).equals(lines[1].substring(31)));
  }

  @Test
  void maskHidesPersonalDataInText() {
    Result result = run("", "mask", "--text", "用户 13900001234 提交了申请");
    assertEquals(0, result.exit());
    assertFalse(result.out().contains("13900001234"), result.out());
    assertTrue(result.out().contains("1390*******"), result.out());
  }

  @Test
  void badInputGetsAReasonAndExitCode2NeverAStackTrace() {
    Result unknown = run("", "frobnicate");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().startsWith("error: unknown command"));

    Result missing = run("", "sign", "--text", "x");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("missing --key"), missing.err());

    Result badHex = run("", "encrypt", "--alg", "sm4-gcm", "--key-hex", "1234", "--text", "x");
    assertEquals(2, badHex.exit());
    assertTrue(badHex.err().contains("16 bytes"), badHex.err());

    Result typo = run("", "digest", "--txt", "x");
    assertEquals(2, typo.exit());
    assertTrue(typo.err().contains("unknown option --txt"), typo.err());

    Result tampered =
        run(
            "AAAA",
            "decrypt",
            "--alg",
            "sm4-gcm",
            "--key-hex",
            "00".repeat(16),
            "--in-format",
            "base64");
    assertEquals(2, tampered.exit());
    assertFalse(tampered.err().contains("Exception"), tampered.err());
  }

  @Test
  void roundTripsWithOpenSsl() {
    OpenSsl.assumeAvailable();
    // An SM2 signature made by OpenSSL verifies with the tool (the README's example).
    String key = dir.resolve("key.pem").toString();
    OpenSsl.run(new byte[0], "genpkey", "-algorithm", "SM2", "-out", key);
    String pub =
        OpenSsl.file(dir, "pub.pem", OpenSsl.run(new byte[0], "pkey", "-in", key, "-pubout"));
    String message = OpenSsl.file(dir, "message.txt", "一网通办".getBytes(StandardCharsets.UTF_8));
    String signature =
        OpenSsl.file(
            dir,
            "message.sig",
            OpenSsl.run(
                new byte[0],
                "dgst",
                "-sm3",
                "-sign",
                key,
                "-sigopt",
                "distid:1234567812345678",
                message));
    Result verified =
        run(
            "",
            "verify",
            "--pub",
            pub,
            "--in",
            message,
            "--sig",
            java.util.Base64.getEncoder().encodeToString(read(signature)));
    assertEquals("Verified OK", verified.out());

    // SM4-CBC from the tool decrypts with openssl enc.
    String keyHex = "0123456789abcdeffedcba9876543210";
    String iv = "000102030405060708090a0b0c0d0e0f";
    Result encrypted =
        run(
            "",
            "encrypt",
            "--alg",
            "sm4-cbc",
            "--key-hex",
            keyHex,
            "--iv",
            iv,
            "--text",
            "一网通办",
            "--out-format",
            "hex");
    byte[] ciphertext = java.util.HexFormat.of().parseHex(encrypted.out());
    byte[] plain = OpenSsl.run(ciphertext, "enc", "-d", "-sm4-cbc", "-K", keyHex, "-iv", iv);
    assertEquals("一网通办", new String(plain, StandardCharsets.UTF_8));
  }

  private static byte[] read(String file) {
    try {
      return java.nio.file.Files.readAllBytes(Path.of(file));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
