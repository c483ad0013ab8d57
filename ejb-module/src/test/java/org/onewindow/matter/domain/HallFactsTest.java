package org.onewindow.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;

/** What a hall's unit states (000 8.1.2 i), each fact by its field's rule. */
class HallFactsTest {

  private static HallFacts facts(String division, List<HallMatter> matters) {
    return HallFacts.checked(
        " 海淀区政务服务中心 ",
        "北京市海淀区",
        "周一至周五 9:00-17:00",
        "010-12345678",
        39.95,
        116.29,
        division,
        matters);
  }

  @Test
  void goodFactsAreKeptStripped() {
    HallFacts facts = facts("110108", List.of(new HallMatter("TEST000001", "测试事项")));
    assertEquals("海淀区政务服务中心", facts.name());
    assertEquals(new GeoPoint(39.95, 116.29), facts.location());
    assertEquals("TEST000001", facts.matters().get(0).getCode());
  }

  @Test
  void anUnknownDivisionAMalformedOrRepeatedMatterAndAMissingNameAreRefused() {
    assertThrows(InvalidInputException.class, () -> facts("119999", List.of()));
    assertThrows(
        InvalidInputException.class,
        () -> facts("110108", List.of(new HallMatter("<script>", "x"))));
    assertThrows(
        InvalidInputException.class,
        () ->
            facts(
                "110108",
                List.of(new HallMatter("TEST000001", "a"), new HallMatter("TEST000001", "b"))));
    assertThrows(
        MissingInputException.class,
        () -> HallFacts.checked("", "地址", "全天", "", 39.9, 116.3, "110108", List.of()));
    assertThrows(
        MissingInputException.class,
        () -> HallFacts.checked("名", "地址", "全天", "", null, 116.3, "110108", List.of()));
  }

  @Test
  void aHallCodeIsLettersDigitsAndHyphens() {
    assertEquals("bj-hd-01", HallFacts.checkedCode(" bj-hd-01 "));
    assertThrows(InvalidInputException.class, () -> HallFacts.checkedCode("bj hd"));
    assertThrows(InvalidInputException.class, () -> HallFacts.checkedCode("-ab"));
    assertThrows(MissingInputException.class, () -> HallFacts.checkedCode(" "));
  }
}
