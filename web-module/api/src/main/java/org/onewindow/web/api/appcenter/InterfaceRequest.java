package org.onewindow.web.api.appcenter;

import java.util.List;
import org.onewindow.appcenter.domain.InterfaceDefinition;
import org.onewindow.appcenter.domain.InterfaceProtocol;
import org.onewindow.appcenter.domain.ReturnFormat;
import org.onewindow.outbound.HttpMethod;

/**
 * The body of {@code POST /api/v1/interfaces} and {@code PUT /api/v1/interfaces/{id}}: the fields
 * of 000 9.4.2 示例7, and on registration the owning unit.
 */
public record InterfaceRequest(
    Long unitId,
    String serviceName,
    String name,
    String address,
    String method,
    String protocol,
    String returnFormat,
    String remark,
    String divisionCode,
    String channel,
    List<ParameterRequest> requestParameters,
    List<ParameterRequest> responseParameters) {

  /** The definition as sent; the service checks it against every rule before keeping it. */
  InterfaceDefinition toDefinition() {
    return new InterfaceDefinition(
        serviceName,
        name,
        address,
        HttpMethod.parse(method),
        InterfaceProtocol.parse(protocol),
        ReturnFormat.parse(returnFormat == null ? "JSON" : returnFormat),
        remark,
        divisionCode,
        channel,
        parameters(requestParameters),
        parameters(responseParameters));
  }

  private static List<org.onewindow.appcenter.domain.ParameterDefinition> parameters(
      List<ParameterRequest> list) {
    return list == null
        ? List.of()
        : list.stream().map(p -> p == null ? null : p.toDefinition()).toList();
  }
}
