package org.onewindow.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The division table as the navigation's province → city → county cascade (issue 20 item 1; C
 * 0109.1-2018 4.3 after GB/T 2260, whose codes carry their level).
 */
class DivisionTreeTest {

  private final DivisionTree tree = BundledDivisionTable.bundled().tree();

  @Test
  void theBundledTableHasItsThirtyFourProvincesAtTheTop() {
    assertEquals(34, tree.provinces().size());
    assertEquals("110000", tree.provinces().get(0).code());
    assertEquals("北京市", tree.provinces().get(0).name());
  }

  @Test
  void aProvincesCitiesAndACitysCountiesAreItsChildren() {
    assertTrue(tree.children("440000").stream().anyMatch(d -> d.code().equals("440300")));
    assertTrue(
        tree.children("440300").stream().allMatch(d -> d.code().startsWith("4403")),
        "深圳市's counties");
    assertFalse(tree.children("440300").isEmpty());
    assertEquals(List.of(), tree.children("440305"), "a county has no children");
  }

  @Test
  void withoutAPrefectureCodeACountyHangsUnderItsProvince() {
    // 北京市 has no 110100 in the MCA list: its districts are the province's children
    assertTrue(tree.children("110000").stream().anyMatch(d -> d.code().equals("110101")));
    assertEquals("110000", tree.parent("110101").orElseThrow());
    // 仙桃市 (429004) is administered by 湖北省 directly
    assertEquals("420000", tree.parent("429004").orElseThrow());
  }

  @Test
  void aPathRunsFromTheProvinceDownAndWithinFollowsIt() {
    assertEquals(
        List.of("440000", "440300", "440305"),
        tree.path("440305").stream().map(DivisionTree.Division::code).toList());
    assertEquals(List.of(), tree.path("999999"));
    assertTrue(tree.within("440305", "440000"));
    assertTrue(tree.within("440305", "440305"));
    assertFalse(tree.within("440305", "110000"));
  }

  @Test
  void thePrefixOfADivisionIsSharedByEverythingUnderIt() {
    assertEquals("44", DivisionTree.prefix("440000"));
    assertEquals("4403", DivisionTree.prefix("440300"));
    assertEquals("440305", DivisionTree.prefix("440305"));
  }

  @Test
  void theCascadesChoiceIsTheDeepestThatLiesUnderTheOnesAboveIt() {
    assertEquals("440305", tree.chosen("440000", "440300", "440305"));
    assertEquals("440300", tree.chosen("440000", "440300", ""));
    assertEquals("440000", tree.chosen("440000", "", "440305"), "no city: the county waits");
    // the province changed, the old city came along: ignored
    assertEquals("110000", tree.chosen("110000", "440300", "440305"));
    assertEquals("", tree.chosen("", "440300", ""));
    assertEquals("", tree.chosen("440300", "", ""), "a city is no province");
    assertEquals("", tree.chosen("x' or 1=1", "", ""));
    // a county straight under its province (北京市 东城区)
    assertEquals("110101", tree.chosen("110000", "110101", ""));
  }

  @Test
  void aSmallTableBuildsTheSameWay() {
    DivisionTree small =
        DivisionTree.of(Map.of("320000", "江苏省", "320100", "南京市", "320102", "玄武区", "321000", "扬州市"));
    assertEquals(List.of("320100", "321000"), codes(small.children("320000")));
    assertEquals(List.of("320102"), codes(small.children("320100")));
  }

  private static List<String> codes(List<DivisionTree.Division> divisions) {
    return divisions.stream().map(DivisionTree.Division::code).toList();
  }
}
