package org.onewindow.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled GB/T 2260 table (C 0109.1-2018 4.3) and replacement files. */
class BundledDivisionTableTest {

  @TempDir Path dir;

  @AfterEach
  void clearProperty() {
    System.clearProperty(BundledDivisionTable.FILE_PROPERTY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '\t',
      value = {
        "110000\t北京市",
        "110101\t东城区",
        "330100\t杭州市",
        "440300\t深圳市",
        "650000\t新疆维吾尔自治区",
        "460300\t三沙市",
        "429004\t仙桃市",
        "810000\t香港特别行政区"
      })
  void knownCodesResolve(String code, String name) {
    assertEquals(Optional.of(name), BundledDivisionTable.bundled().nameOf(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"999999", "110199", "000000", "110100", "", "11000", "1100000", "abcdef"})
  void unknownCodesDoNotResolve(String code) {
    assertEquals(Optional.empty(), BundledDivisionTable.bundled().nameOf(code));
  }

  @Test
  void nullDoesNotResolve() {
    assertEquals(Optional.empty(), BundledDivisionTable.bundled().nameOf(null));
  }

  @Test
  void theBundledTableHoldsEveryProvinceAndTheMinistrysCountyLevelList() {
    BundledDivisionTable table = BundledDivisionTable.bundled();
    // MCA 2024 edition: 34 province-level, 333 prefecture-level, 2846 county-level divisions
    assertEquals(3213, table.size());
    for (String province :
        "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82"
            .split(" ")) {
      assertTrue(table.nameOf(province + "0000").isPresent(), province + "0000");
    }
    assertSame(table, BundledDivisionTable.bundled(), "loaded once");
  }

  @Test
  void withoutThePropertyTheConfiguredTableIsTheBundledOne() {
    assertSame(BundledDivisionTable.bundled(), BundledDivisionTable.configured());
  }

  @Test
  void aReplacementFileNamedByThePropertyIsUsed() throws Exception {
    Path file = dir.resolve("divisions.tsv");
    Files.writeString(
        file, "\uFEFF# test table\n110000\t北京市\r\n\n110199\t测试区\n", StandardCharsets.UTF_8);
    System.setProperty(BundledDivisionTable.FILE_PROPERTY, file.toString());

    BundledDivisionTable table = BundledDivisionTable.configured();

    assertEquals(2, table.size());
    assertEquals(Optional.of("测试区"), table.nameOf("110199"));
    assertEquals(Optional.of("北京市"), table.nameOf("110000"));
    assertEquals(Optional.empty(), table.nameOf("330100"));
    assertEquals(file.toString(), table.source());
    assertSame(table, BundledDivisionTable.configured(), "read once per file");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "110000 北京市|应为“6位代码<TAB>名称”两列",
        "110000\t北京市\textra|应为“6位代码<TAB>名称”两列",
        "11000\t北京市|不是6位行政区划代码",
        "010000\t北京市|不是6位行政区划代码",
        "'110000\t '|名称应为",
        "330100\t重复|与第 2 行重复"
      })
  void aMalformedLineIsRefusedNamingItsNumber(String badLine, String reason) throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "# header\n330100\t杭州市\n\n" + badLine + "\n", StandardCharsets.UTF_8);
    System.setProperty(BundledDivisionTable.FILE_PROPERTY, file.toString());

    DivisionTableException e =
        assertThrows(DivisionTableException.class, BundledDivisionTable::configured);

    assertEquals(4, e.lineNumber());
    assertTrue(e.getMessage().contains("第 4 行"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void aMissingReplacementFileFailsInsteadOfFallingBack() {
    Path missing = dir.resolve("absent.tsv");
    System.setProperty(BundledDivisionTable.FILE_PROPERTY, missing.toString());
    DivisionTableException e =
        assertThrows(DivisionTableException.class, BundledDivisionTable::configured);
    assertTrue(e.getMessage().contains("不存在"), e.getMessage());
  }

  @Test
  void textThatIsNotUtf8IsRefusedNamingTheLine() {
    byte[] gbk = {'1', '1', '0', '0', '0', '0', '\t', (byte) 0xB1, (byte) 0xB1, '\n'};
    byte[] text = new byte[gbk.length + 1];
    text[0] = '\n';
    System.arraycopy(gbk, 0, text, 1, gbk.length);
    DivisionTableException e =
        assertThrows(
            DivisionTableException.class,
            () -> BundledDivisionTable.read(new ByteArrayInputStream(text), "gbk.tsv"));
    assertEquals(2, e.lineNumber());
    assertTrue(e.getMessage().contains("第 2 行不是有效的 UTF-8"), e.getMessage());
  }

  @Test
  void aFileWithoutCodesIsRefused() {
    assertThrows(
        DivisionTableException.class,
        () ->
            BundledDivisionTable.read(
                new ByteArrayInputStream("# only a header\n".getBytes(StandardCharsets.UTF_8)),
                "empty.tsv"));
  }
}
