package org.onewindow.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.domain.ParameterDefinition;
import org.onewindow.appcenter.domain.ParameterType;

/** The values an inspection sends, taken from the examples the registration's descriptions give. */
class InspectionRequestTest {

  private static ParameterDefinition parameter(String name, boolean required, String description) {
    return new ParameterDefinition(name, required, ParameterType.STRING, description);
  }

  @Test
  void theFigureFourParametersAreFilledFromTheirDescriptions() {
    // 图4 / 示例7 as registered: 「需要查询的城市,如：北京，上海」, 「待查询的线路，如：110，快线1号」.
    InspectionRequest request =
        InspectionRequest.of(
            List.of(
                parameter("city", true, "需要查询的城市,如：北京，上海"),
                parameter("q", true, "待查询的线路，如：110，快线1号")));
    assertTrue(request.complete());
    assertEquals(Map.of("city", "北京", "q", "110"), request.values());
  }

  @Test
  void otherWaysOfGivingAnExampleAreRead() {
    assertEquals(Optional.of("20"), InspectionRequest.example("每页条数，默认值：20"));
    assertEquals(Optional.of("110101"), InspectionRequest.example("区划代码（例如: 110101）"));
    assertEquals(Optional.of("abc"), InspectionRequest.example("token, e.g. abc"));
    assertEquals(Optional.of("上海"), InspectionRequest.example("城市，如：「上海」"));
  }

  @Test
  void wordsThatOnlyLookLikeAnExampleAreNot() {
    assertEquals(Optional.empty(), InspectionRequest.example("如果为空则查询全部"));
    assertEquals(Optional.empty(), InspectionRequest.example("授权码"));
    assertEquals(Optional.empty(), InspectionRequest.example(""));
  }

  @Test
  void aRequiredParameterWithoutAnExampleLeavesOnlyAReachabilityCheck() {
    InspectionRequest request =
        InspectionRequest.of(
            List.of(
                parameter("auth_code", true, "用户授权码"),
                parameter("page", false, "页码"),
                parameter("size", false, "每页条数，默认值：20")));
    assertFalse(request.complete());
    assertEquals(List.of("auth_code"), request.unfilled());
    assertEquals(Map.of("size", "20"), request.values());
  }

  @Test
  void noParametersMeansAPlainCompleteRequest() {
    InspectionRequest request = InspectionRequest.of(List.of());
    assertTrue(request.complete());
    assertTrue(request.values().isEmpty());
  }
}
