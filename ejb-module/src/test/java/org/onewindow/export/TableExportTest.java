package org.onewindow.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table exports: CSV by RFC 4180 with the formula guard, XLSX read back with fastexcel-reader. */
class TableExportTest {

  private static final List<String> HEADERS = List.of("备案编号", "应用名称", "版本号");

  private static final List<List<String>> ROWS =
      List.of(
          List.of("330000-2026-000123-4", "掌上办事", "7.12.0"),
          Arrays.asList("330000-2026-000120-X", null, "1.0"),
          List.of("330000-2026-000001-9", "短"));

  private static String csv(List<String> headers, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableExport.csv(headers, rows, out);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void csvStartsWithTheByteOrderMarkAndEndsEveryRecordWithCrLf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableExport.csv(HEADERS, ROWS, out);
    byte[] bytes = out.toByteArray();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
    assertEquals(
        "\uFEFF备案编号,应用名称,版本号\r\n"
            + "330000-2026-000123-4,掌上办事,7.12.0\r\n"
            + "330000-2026-000120-X,,1.0\r\n"
            + "330000-2026-000001-9,短,\r\n",
        new String(bytes, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "plain|plain",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "浙江，杭州|浙江，杭州" // a full-width comma is text
      })
  void csvQuotesByRfc4180Section2(String cell, String field) {
    assertEquals(field, TableExport.csvField(cell));
  }

  @Test
  void csvQuotesLineBreaksInsideAField() {
    assertEquals("\"two\nlines\"", TableExport.csvField("two\nlines"));
    assertEquals("\"cr\rinside\"", TableExport.csvField("cr\rinside"));
    assertEquals("\"crlf\r\ninside\"", TableExport.csvField("crlf\r\ninside"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "=HYPERLINK(\"http://evil\")|\"'=HYPERLINK(\"\"http://evil\"\")\"",
        "+1+1|'+1+1",
        "-5|'-5",
        "@SUM(A1)|'@SUM(A1)",
        "a=b|a=b", // only a leading sign is a formula
        "=1,2|\"'=1,2\""
      })
  void csvDefusesCellsASpreadsheetWouldRunAsFormulas(String cell, String field) {
    assertEquals(field, TableExport.csvField(cell));
  }

  @Test
  void csvDefusesALeadingTabOrCarriageReturn() {
    assertEquals("'\tcmd", TableExport.csvField("\tcmd"));
    assertEquals("\"'\rcmd\"", TableExport.csvField("\rcmd"));
    assertEquals("", TableExport.csvField(""));
  }

  @Test
  void aRowWiderThanTheHeaderIsRefused() {
    List<List<String>> rows = List.of(List.of("1", "2", "3", "4"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TableExport.csv(HEADERS, rows, new ByteArrayOutputStream()));
    assertThrows(
        IllegalArgumentException.class,
        () -> TableExport.xlsx(HEADERS, rows, "备案", new ByteArrayOutputStream()));
  }

  @Test
  void xlsxReadsBackCellForCellWithTheHeaderFirst() throws IOException {
    List<List<String>> rows = new ArrayList<>(ROWS);
    rows.add(List.of("=1+1", "-5", "@x")); // text in a workbook: never a formula, never guarded
    byte[] xlsx = xlsx(HEADERS, rows);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals("备案", workbook.getFirstSheet().getName());
      List<Row> read = workbook.getFirstSheet().read();
      assertEquals(5, read.size());
      assertEquals(HEADERS, texts(read.get(0), 3));
      assertEquals(ROWS.get(0), texts(read.get(1), 3));
      assertEquals(List.of("330000-2026-000120-X", "", "1.0"), texts(read.get(2), 3));
      assertEquals(List.of("330000-2026-000001-9", "短", ""), texts(read.get(3), 3));
      assertEquals(List.of("=1+1", "-5", "@x"), texts(read.get(4), 3));
      assertEquals(null, read.get(4).getCell(0).getFormula());
    }
  }

  @Test
  void xlsxKeepsLineBreaksAndStaysWellFormedWithControlCharacters() throws IOException {
    byte[] xlsx = xlsx(HEADERS, List.of(List.of("two\nlines", "bell\u0007", "&<>\"'")));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> read = texts(workbook.getFirstSheet().read().get(1), 3);
      assertEquals("two\nlines", read.get(0));
      assertTrue(read.get(1).startsWith("bell"), read.get(1));
      assertEquals("&<>\"'", read.get(2));
    }
  }

  @Test
  void xlsxHeaderRowIsBoldAndTheDataIsNot() throws IOException {
    byte[] xlsx = xlsx(HEADERS, ROWS);
    String styles = entry(xlsx, "xl/styles.xml");
    String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
    assertTrue(styles.contains("<b"), styles);
    String headerStyle = styleOf(sheet, "A1");
    assertTrue(!headerStyle.isEmpty() && !"0".equals(headerStyle), sheet);
    assertTrue(styleOf(sheet, "A2").isEmpty() || "0".equals(styleOf(sheet, "A2")), sheet);
    // the bold font is the one the header's cell format names
    List<String> fonts = elements(section(styles, "fonts"), "font");
    List<String> formats = elements(section(styles, "cellXfs"), "xf");
    String xf = formats.get(Integer.parseInt(headerStyle));
    int fontId = Integer.parseInt(attribute(xf, "fontId"));
    assertTrue(fonts.get(fontId).contains("<b"), fonts.get(fontId));
  }

  @Test
  void xlsxStreamsManyRowsFromAnIterator() throws IOException {
    int count = 25_000;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] writtenBeforeTheLastRow = {-1};
    Iterable<List<String>> rows =
        () ->
            new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < count;
              }

              @Override
              public List<String> next() {
                int row = next++;
                if (row == count - 1) {
                  writtenBeforeTheLastRow[0] = out.size();
                }
                return List.of("330000-2026-" + row, "应用" + row, Integer.toString(row));
              }
            };
    TableExport.xlsx(HEADERS, rows, "备案", out);
    assertTrue(
        writtenBeforeTheLastRow[0] > out.size() / 2,
        "most of the file went out while rows were still coming: "
            + writtenBeforeTheLastRow[0]
            + " of "
            + out.size());
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Row> read = workbook.getFirstSheet().read();
      assertEquals(count + 1, read.size());
      assertEquals(List.of("330000-2026-24999", "应用24999", "24999"), texts(read.get(count), 3));
    }
  }

  private static byte[] xlsx(List<String> headers, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableExport.xlsx(headers, rows, "备案", out);
    return out.toByteArray();
  }

  private static List<String> texts(Row row, int width) {
    return IntStream.range(0, width)
        .mapToObj(i -> row.getOptionalCell(i).map(c -> c.getText()).orElse(""))
        .toList();
  }

  /** An entry of the workbook's zip (read from a file: its entries have data descriptors). */
  private static String entry(byte[] zip, String name) throws IOException {
    Path file = Files.createTempFile("export", ".xlsx");
    try {
      Files.write(file, zip);
      try (ZipFile archive = new ZipFile(file.toFile())) {
        ZipEntry entry = archive.getEntry(name);
        assertTrue(entry != null, "no " + name);
        return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      Files.delete(file);
    }
  }

  private static String styleOf(String sheet, String cell) {
    int at = sheet.indexOf("<c r=\"" + cell + "\"");
    assertTrue(at >= 0, cell + " missing");
    String tag = sheet.substring(at, sheet.indexOf('>', at));
    return attribute(tag, "s");
  }

  private static String attribute(String tag, String name) {
    int at = tag.indexOf(" " + name + "=\"");
    if (at < 0) {
      return "";
    }
    int start = at + name.length() + 3;
    return tag.substring(start, tag.indexOf('"', start));
  }

  private static String section(String xml, String name) {
    int start = xml.indexOf("<" + name);
    return xml.substring(start, xml.indexOf("</" + name + ">", start));
  }

  private static List<String> elements(String xml, String name) {
    List<String> found = new ArrayList<>();
    int at = xml.indexOf("<" + name, 1);
    while (at >= 0) {
      int next = xml.indexOf("<" + name + " ", at + 1);
      int nextBare = xml.indexOf("<" + name + ">", at + 1);
      int end = next < 0 ? nextBare : nextBare < 0 ? next : Math.min(next, nextBare);
      found.add(end < 0 ? xml.substring(at) : xml.substring(at, end));
      at = end;
    }
    return found;
  }
}
