package org.onewindow.appcenter.domain;

import java.util.List;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.region.BundledDivisionTable;
import org.onewindow.region.DivisionTable;

/** The standard's own interface examples, shared by the definition tests. */
final class InterfaceExamples {

  static final DivisionTable DIVISIONS = BundledDivisionTable.bundled();

  private InterfaceExamples() {}

  /** 000 9.4.2 示例7: a query interface with its request and response parameters. */
  static InterfaceDefinition example7(HttpMethod method, ReturnFormat format) {
    return InterfaceDefinition.checked(
        "",
        "事项查询",
        "https://api.example.gov.cn/query",
        method,
        InterfaceProtocol.HTTPS,
        format,
        "***接口",
        "330100",
        "all",
        List.of(
            ParameterDefinition.of(
                "region", true, ParameterType.STRING, "行政区划代码，见 C0109.1-2018 的 4.3"),
            ParameterDefinition.of(
                "pf", true, ParameterType.STRING, "可兼容的访问渠道 如：gov–中国政务服务平台 all– 全端支持"),
            ParameterDefinition.of("auth_code", true, ParameterType.STRING, "业务代码，作为请求唯一标识"),
            ParameterDefinition.of("name", true, ParameterType.STRING, "用户姓名"),
            ParameterDefinition.of("code", true, ParameterType.STRING, "***编码")),
        List.of(
            ParameterDefinition.of(
                "result_code",
                true,
                ParameterType.STRING,
                "结果状态码 如：100 — 处理成功 102 — 处理失败 103 — 处理中"),
            ParameterDefinition.of(
                "error_code", true, ParameterType.STRING, "结果状态码为 102 时，接入单位接口返回自定义的错误码"),
            ParameterDefinition.of(
                "error_msg", true, ParameterType.STRING, "结果状态码为 102 时，接入单位接口返回自定义的错误消息"),
            ParameterDefinition.of("date", true, ParameterType.STRING, "当前操作日期 YYYY-MM-DD")),
        DIVISIONS);
  }

  /** 000 图4: the test panel's 全国公交查询 / 全国线路查询, POST with city and q (000 9.4.3). */
  static InterfaceDefinition figure4() {
    return InterfaceDefinition.checked(
        "全国公交查询",
        "全国线路查询",
        "https://bus.example.gov.cn/bus/line",
        HttpMethod.POST,
        InterfaceProtocol.HTTPS,
        ReturnFormat.JSON,
        "",
        "110000",
        "gov",
        List.of(
            ParameterDefinition.of("city", true, ParameterType.STRING, "需要查询的城市,如：北京，上海"),
            ParameterDefinition.of("q", true, ParameterType.STRING, "待查询的线路，如：110，快线 1号")),
        List.of(),
        DIVISIONS);
  }
}
