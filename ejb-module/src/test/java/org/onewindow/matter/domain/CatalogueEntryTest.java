package org.onewindow.matter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.MissingInputException;

class CatalogueEntryTest {

  @Test
  void theNationalFilesLevelsAreReadInTheirChineseListForm() {
    // 002 6.2 a: the basic catalogue as the upper platform hands it down
    CatalogueEntry entry =
        CatalogueEntry.check("000123456000", "机动车驾驶证补领", "行政许可", "《道路交通安全法》", "省级、市级,county");
    assertEquals(
        Set.of(ServiceLevel.PROVINCIAL, ServiceLevel.MUNICIPAL, ServiceLevel.COUNTY),
        entry.exerciseLevels());
    assertEquals("PROVINCIAL,MUNICIPAL,COUNTY", entry.levelsText());
  }

  @Test
  void everyFieldIsRequired() {
    assertThrows(
        MissingInputException.class,
        () -> CatalogueEntry.check("000123456000", "名称", "行政许可", "依据", " "));
    assertThrows(
        InvalidInputException.class,
        () -> CatalogueEntry.check("000123456000", "名称", "许可", "依据", "省级"));
    assertThrows(
        MissingInputException.class,
        () -> CatalogueEntry.check("000123456000", "名称", "行政许可", "", "省级"));
  }
}
