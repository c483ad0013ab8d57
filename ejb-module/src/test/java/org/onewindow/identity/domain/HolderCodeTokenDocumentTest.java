package org.onewindow.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.identity.domain.HolderCodeRules.Verdict;

/**
 * docs/wire-formats.md §9, read from the document itself (000 8.1.2 k): its token verifies with its
 * key (GB/T 32918.5's example key), carries exactly its payload, stands for its five minutes.
 */
class HolderCodeTokenDocumentTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "wire-formats.md");

  /** The DEMO keys of the document's vectors, published on purpose (never a platform key). */
  private static final Path DEMO_KEYS =
      Path.of("..", "docs", "demo-keys", "wire-format-vectors.txt");

  private static String demoKey(String name) throws IOException {
    return Files.readAllLines(DEMO_KEYS).stream()
        .filter(line -> line.startsWith(name + ":"))
        .map(line -> line.substring(name.length() + 1).strip())
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " missing from " + DEMO_KEYS));
  }

  private static String block(String name) throws IOException {
    Matcher blocks =
        Pattern.compile("```" + name + "\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
    assertTrue(blocks.find(), "no ```" + name + " block in " + DOCUMENT);
    return blocks.group(1);
  }

  private static Map<String, String> vector() throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : block("holder-code-vector").split("\n")) {
      int colon = line.indexOf(": ");
      fields.put(line.substring(0, colon), line.substring(colon + 2));
    }
    return fields;
  }

  @Test
  void theDocumentsTokenVerifiesCarriesItsPayloadAndStandsFiveMinutes() throws IOException {
    Map<String, String> vector = vector();
    Sm2PublicKey key = Sm2PublicKey.fromHex(vector.get("public-key-hex"));
    assertEquals(key, Sm2PrivateKey.fromHex(demoKey("vector.private-key-hex")).publicKey());
    Optional<HolderCodeToken.Parsed> token = HolderCodeToken.parse(vector.get("token"));
    assertEquals(
        block("holder-code-payload") + "\n",
        new String(token.orElseThrow().payload(), StandardCharsets.UTF_8));
    assertEquals(
        block("holder-code-payload") + "\n",
        new String(HolderCodeToken.payload(token.get().claims()), StandardCharsets.UTF_8));
    assertEquals(
        Verdict.VALID,
        HolderCodeRules.judge(token, Optional.of(key), Instant.parse("2026-12-07T08:04:59Z")));
    assertEquals(
        Verdict.EXPIRED,
        HolderCodeRules.judge(token, Optional.of(key), Instant.parse("2026-12-07T08:05:00Z")));
  }
}
