package org.onewindow.web.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The codes an operation documents follow its shape and its own additions. */
class AnnexACodesTest {

  @Test
  void aSecuredJsonWriteOnARecord() {
    var codes =
        AnnexACodes.of(
            new AnnexACodes.Shape(true, true, true, true, true, true), 201, List.of("409:11001"));
    assertEquals(
        Map.of(
            201, Set.of(0),
            400, Set.of(20000, 20003),
            401, Set.of(10008),
            403, Set.of(10008),
            404, Set.of(20404),
            409, Set.of(11001, 20001),
            415, Set.of(20000),
            500, Set.of(10000),
            503, Set.of(10019)),
        codes);
  }

  @Test
  void anOpenReadWithoutInput() {
    assertEquals(
        Map.of(200, Set.of(0), 500, Set.of(10000), 503, Set.of(10019)),
        AnnexACodes.of(
            new AnnexACodes.Shape(false, false, false, false, false, false), 200, List.of()));
  }

  @Test
  void onlyCodesOfAnnexAMayBeAdded() {
    var shape = new AnnexACodes.Shape(false, false, false, false, false, false);
    assertThrows(
        IllegalArgumentException.class, () -> AnnexACodes.of(shape, 200, List.of("409:12345")));
    assertThrows(
        IllegalArgumentException.class, () -> AnnexACodes.of(shape, 200, List.of("11001")));
  }

  @Test
  void aResponseDescriptionQuotesTheStandard() {
    assertEquals(
        "20000 参数错误; 20003 参数不能为空",
        AnnexACodes.describe(new java.util.TreeSet<>(Set.of(20003, 20000))));
  }
}
