package org.onewindow.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onewindow.crypto.sm2.Sm2PublicKey;

/**
 * The test vector of docs/wire-formats.md §5, read from the document itself: the Java code builds
 * its canonical text byte for byte, and its signature verifies, so the document cannot drift.
 */
class RecordSignatureDocumentTest {

  static final Path DOCUMENT = Path.of("..", "docs", "wire-formats.md");

  static String block(String name) throws IOException {
    Matcher blocks =
        Pattern.compile("```" + name + "\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
    if (!blocks.find()) {
      throw new AssertionError("no ```" + name + " block in " + DOCUMENT);
    }
    return blocks.group(1);
  }

  private static Map<String, String> fields(String name) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : block(name).split("\n")) {
      int colon = line.indexOf(": ");
      fields.put(line.substring(0, colon), line.substring(colon + 2));
    }
    return fields;
  }

  @Test
  void theJavaCodeBuildsTheDocumentsCanonicalTextFromTheDemoFacts() throws IOException {
    RecordFacts facts = RecordSignatureTest.demo();
    assertEquals(
        Instant.parse(fields("filing-record-vector").get("issued-at-instant")), facts.issuedAt());
    assertEquals(
        block("filing-record-canonical") + "\n",
        new String(RecordSignature.canonicalBytes(facts), StandardCharsets.UTF_8));
  }

  @Test
  void theDocumentsSignatureVerifiesAndNotForOtherFacts() throws IOException {
    Map<String, String> vector = fields("filing-record-vector");
    Sm2PublicKey key = Sm2PublicKey.fromHex(vector.get("public-key-hex"));
    byte[] signature = Base64.getDecoder().decode(vector.get("signature"));
    assertTrue(RecordSignature.verify(key, RecordSignatureTest.demo(), signature));
    assertFalse(
        RecordSignature.verify(
            key, RecordSignatureTest.change(RecordSignatureTest.demo(), 7, 71_201L), signature));
  }

  @Test
  void theDocumentsPemIsTheVectorsKey() throws IOException {
    String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
    String section = document.substring(document.indexOf("## 5. Filing record signature"));
    Matcher pem =
        Pattern.compile("-----BEGIN PUBLIC KEY-----\\n.*?-----END PUBLIC KEY-----", Pattern.DOTALL)
            .matcher(section);
    assertTrue(pem.find(), "§5 shows pub.pem");
    assertEquals(
        fields("filing-record-vector").get("public-key-hex"),
        Sm2PublicKey.fromPem(pem.group()).toHex());
  }
}
