package org.onewindow.appcenter.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.region.DivisionTable;

/** Test definitions after the standard's own examples (000 9.4.2 示例7, 9.4.3 图4). */
final class Definitions {

  static final DivisionTable DIVISIONS =
      code -> Optional.ofNullable(Map.of("110000", "北京市", "330100", "杭州市").get(code));

  private Definitions() {}

  /** 图4: 全国公交查询 / 全国线路查询, POST, city and q. */
  static InterfaceDefinition busLine() {
    return busLine("https://bus.example.gov.cn/bus/line");
  }

  static InterfaceDefinition busLine(String address) {
    return InterfaceDefinition.checked(
        "全国公交查询",
        "全国线路查询",
        address,
        HttpMethod.POST,
        address.startsWith("https") ? InterfaceProtocol.HTTPS : InterfaceProtocol.HTTP,
        ReturnFormat.JSON,
        "示例接口",
        "110000",
        "all",
        List.of(
            ParameterDefinition.of("city", true, ParameterType.STRING, "需要查询的城市,如：北京，上海"),
            ParameterDefinition.of("q", true, ParameterType.STRING, "待查询的线路，如：110，快线1号")),
        List.of(
            ParameterDefinition.of("result_code", true, ParameterType.STRING, "结果状态码"),
            ParameterDefinition.of("date", true, ParameterType.STRING, "当前操作日期 YYYY-MM-DD")),
        DIVISIONS);
  }
}
