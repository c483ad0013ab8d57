package org.onewindow.batch.sync.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.crypto.Sm3;

/** The exchange files' formats and encodings (004 7.1; docs/wire-formats.md §8.1–8.2). */
class RecordFormatsTest {

  static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  private List<RawRecord> read(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(charset));
    FileCheck check = FileCheck.of(file);
    assertEquals(charset, check.detected(), "detected encoding");
    List<RawRecord> records = new ArrayList<>();
    try (RecordSource source = FileFormat.of(name).orElseThrow().open(file, check.detected())) {
      for (RawRecord r = source.next(); r != null; r = source.next()) {
        records.add(r);
      }
    }
    return records;
  }

  @Test
  void jsonLinesInGbkAreDetectedAndReadWithTheirChinese() throws IOException {
    List<RawRecord> records =
        read(
            "cases.jsonl",
            "{\"case_no\":\"C1\",\"applicant_name\":\"张三\",\"fee\":12}\n\n"
                + "{\"case_no\":\"C2\",\"matter_name\":\"不动产登记\",\"note\":null}\n",
            GBK);
    assertEquals(2, records.size());
    assertEquals(
        Map.of("case_no", "C1", "applicant_name", "张三", "fee", "12"), records.get(0).fields());
    assertEquals("不动产登记", records.get(1).fields().get("matter_name"));
    assertFalse(records.get(1).fields().containsKey("note"), "null is absent");
  }

  @Test
  void aMalformedJsonLineIsOneMalformedRecordAndReadingGoesOn() throws IOException {
    List<RawRecord> records =
        read(
            "c.jsonl",
            "{\"case_no\":\"C1\"}\n{\"case_no\": oops\n[1]\n{\"case_no\":\"C4\"}\n",
            StandardCharsets.UTF_8);
    assertEquals(4, records.size());
    assertTrue(records.get(1).isMalformed());
    assertEquals(2, records.get(1).ordinal());
    assertTrue(records.get(2).isMalformed(), "not an object");
    assertEquals("C4", records.get(3).fields().get("case_no"));
  }

  @Test
  void aJsonArrayIsStreamed() throws IOException {
    List<RawRecord> records =
        read(
            "c.json",
            " [ {\"case_no\":\"甲1\"}, {\"case_no\":\"乙2\",\"n\":{\"a\":1}} ]",
            StandardCharsets.UTF_8);
    assertEquals(2, records.size());
    assertEquals("乙2", records.get(1).fields().get("case_no"));
    assertEquals("{\"a\":1}", records.get(1).fields().get("n"));
  }

  @Test
  void csvWithQuotesCommasAndLineBreaksInGbk() throws IOException {
    List<RawRecord> records =
        read(
            "c.csv",
            "case_no,matter_name,note\r\nC1,\"登记, 变更\",\"第一行\n第二行\"\r\nC2,\"说\"\"是\"\"\",\r\nC3,short\r\n",
            GBK);
    assertEquals(3, records.size());
    assertEquals("登记, 变更", records.get(0).fields().get("matter_name"));
    assertEquals("第一行\n第二行", records.get(0).fields().get("note"));
    assertEquals("说\"是\"", records.get(1).fields().get("matter_name"));
    assertFalse(records.get(1).fields().containsKey("note"), "blank is absent");
    assertTrue(records.get(2).isMalformed(), "two fields under a three-field header");
  }

  @Test
  void xmlRecordsInUtf8WithAByteOrderMark() throws IOException {
    List<RawRecord> records =
        read(
            "c.xml",
            "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><records>"
                + "<record><case_no>C1</case_no><matter_name>户籍&amp;迁移</matter_name></record>"
                + "<record><case_no>C2</case_no></record></records>",
            StandardCharsets.UTF_8);
    assertEquals(2, records.size());
    assertEquals("户籍&迁移", records.get(0).fields().get("matter_name"));
  }

  @Test
  void xmlInGbkDeclaredOrNot() throws IOException {
    List<RawRecord> records =
        read(
            "g.xml",
            "<records><record><case_no>C1</case_no><matter_name>社保</matter_name></record></records>",
            GBK);
    assertEquals("社保", records.get(0).fields().get("matter_name"));
  }

  @Test
  void brokenXmlEndsWithOneMalformedRecordAndNoEntityIsExpanded() throws IOException {
    List<RawRecord> records =
        read(
            "x.xml",
            "<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><records><record><case_no>&e;</case_no></record></records>",
            StandardCharsets.UTF_8);
    assertEquals(1, records.size());
    assertTrue(records.get(0).isMalformed());
  }

  @Test
  void skipPassesOverTheRecordsBehindACheckpoint() throws IOException {
    Path file = dir.resolve("s.jsonl");
    Files.writeString(file, "{\"k\":\"1\"}\n{\"k\":\"2\"}\n{\"k\":\"3\"}\n");
    try (RecordSource source = FileFormat.JSON.open(file, StandardCharsets.UTF_8)) {
      assertEquals(2, source.skip(2));
      RawRecord third = source.next();
      assertEquals("3", third.fields().get("k"));
      assertEquals(3, third.ordinal());
      assertNull(source.next());
    }
  }

  @Test
  void theManifestsDigestIsSm3OfTheBytesInHexOrBase64url() throws IOException {
    Path file = dir.resolve("d.csv");
    byte[] bytes = "case_no\nC1\n".getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    byte[] sm3 = FileCheck.of(file).sm3();
    assertTrue(java.util.Arrays.equals(Sm3.digest(bytes), sm3));
    String hex = FileCheck.sm3Hex(bytes);
    assertTrue(new Manifest("d.csv", 1, hex, null).matches(sm3));
    assertTrue(new Manifest("d.csv", 1, hex.toUpperCase(), null).matches(sm3));
    assertTrue(
        new Manifest("d.csv", 1, Base64.getUrlEncoder().withoutPadding().encodeToString(sm3), null)
            .matches(sm3));
    assertFalse(new Manifest("d.csv", 1, FileCheck.sm3Hex(new byte[] {1}), null).matches(sm3));
    assertFalse(new Manifest("d.csv", 1, "not a digest", null).matches(sm3));
  }

  @Test
  void aManifestIsReadBackAndDeclaresItsEncoding() throws IOException {
    Path file = dir.resolve("m.csv");
    Manifest written = new Manifest("m.csv", 3, "ab".repeat(32), "GBK");
    Files.write(Manifest.of(file), written.bytes());
    Manifest read = Manifest.read(Manifest.of(file));
    assertEquals(written, read);
    assertEquals(GBK, read.charset().orElseThrow());
  }

  @Test
  void onlyDataFilesHaveAFormat() {
    assertTrue(FileFormat.of("a.jsonl.manifest.json").isEmpty());
    assertTrue(FileFormat.of("a.jsonl.tmp").isEmpty());
    assertTrue(FileFormat.of("readme.txt").isEmpty());
    assertEquals(FileFormat.CSV, FileFormat.of("A.CSV").orElseThrow());
  }
}
