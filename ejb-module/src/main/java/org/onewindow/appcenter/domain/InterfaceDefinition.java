package org.onewindow.appcenter.domain;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.common.HostSyntax;
import org.onewindow.common.InputRules;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Message;
import org.onewindow.outbound.HttpMethod;
import org.onewindow.region.DivisionTable;

/**
 * What an access unit registers about one interface (000 9.4.2 示例7, 图4; 001 8.3.4.2): the portable
 * definition that forms, JSON files and OpenAPI exports carry. Built only through {@link #checked},
 * so every instance has passed the rules below.
 *
 * @param serviceName 服务接口, the service the interface belongs to (图4: 全国公交查询); may be empty
 * @param name 接口名称 (图4: 全国线路查询)
 * @param address 接口地址, an absolute http(s) URL
 * @param method 请求方式
 * @param protocol 接口协议, agreeing with the address's scheme
 * @param returnFormat 返回格式
 * @param remark 接口备注
 * @param divisionCode the administrative division it serves (C 0109.1 4.3)
 * @param channel {@code pf}: the channels it is fit for ({@code gov}, {@code all}, …)
 * @param requestParameters 请求参数
 * @param responseParameters 返回参数
 */
public record InterfaceDefinition(
    String serviceName,
    String name,
    String address,
    HttpMethod method,
    InterfaceProtocol protocol,
    ReturnFormat returnFormat,
    String remark,
    String divisionCode,
    String channel,
    List<ParameterDefinition> requestParameters,
    List<ParameterDefinition> responseParameters)
    implements Serializable {

  public static final int MAX_NAME = 100;
  public static final int MAX_ADDRESS = 500;
  public static final int MAX_REMARK = 500;
  public static final int MAX_PARAMETERS = 100;

  /** 示例7 pf: a short lower-case channel code such as gov or all. */
  private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9]{1,15}");

  public InterfaceDefinition {
    // Copies that keep a null entry, so that checking can name it rather than fail here.
    requestParameters = copy(requestParameters);
    responseParameters = copy(responseParameters);
  }

  /**
   * A definition after checking every field; texts are trimmed.
   *
   * @throws InvalidInputException naming the first field at fault
   */
  public static InterfaceDefinition checked(
      String serviceName,
      String name,
      String address,
      HttpMethod method,
      InterfaceProtocol protocol,
      ReturnFormat returnFormat,
      String remark,
      String divisionCode,
      String channel,
      List<ParameterDefinition> requestParameters,
      List<ParameterDefinition> responseParameters,
      DivisionTable divisions) {
    String service =
        optionalText(serviceName, "serviceName", "appcenter.interface.serviceName", MAX_NAME);
    String interfaceName = requiredText(name, "name", "appcenter.interface.name", MAX_NAME);
    if (method == null) {
      throw InvalidInputException.keyed("method", "appcenter.interface.method");
    }
    if (protocol == null) {
      throw InvalidInputException.keyed("protocol", "appcenter.protocol.unknown");
    }
    String url = checkedAddress(address, protocol);
    if (returnFormat == null) {
      throw InvalidInputException.keyed("returnFormat", "appcenter.returnFormat.unknown");
    }
    String note = InputRules.multiLine("remark", remark);
    if (note.length() > MAX_REMARK) {
      throw InvalidInputException.keyed("remark", "interface.remarkTooLong", "remark", MAX_REMARK);
    }
    String division = divisions.checked("divisionCode", divisionCode);
    String pf = channel == null || channel.isBlank() ? "all" : channel.strip();
    if (!CHANNEL.matcher(pf).matches()) {
      throw InvalidInputException.keyed("channel", "appcenter.interface.channel");
    }
    return new InterfaceDefinition(
        service,
        interfaceName,
        url,
        method,
        protocol,
        returnFormat,
        note,
        division,
        pf,
        checkedParameters(requestParameters, "appcenter.interface.requestParameters"),
        checkedParameters(responseParameters, "appcenter.interface.responseParameters"));
  }

  /**
   * This definition checked by the rules of {@link #checked}: a definition built directly (from a
   * form or a request body) passes here before anything keeps it.
   */
  public InterfaceDefinition checkedAgainst(DivisionTable divisions) {
    return checked(
        serviceName,
        name,
        address,
        method,
        protocol,
        returnFormat,
        remark,
        divisionCode,
        channel,
        requestParameters,
        responseParameters,
        divisions);
  }

  private static String checkedAddress(String address, InterfaceProtocol protocol) {
    String text = InputRules.singleLine("address", address);
    if (text.isEmpty()) {
      throw InvalidInputException.keyed("address", "appcenter.address.missing");
    }
    if (text.length() > MAX_ADDRESS) {
      throw InvalidInputException.keyed(
          "address", "appcenter.address.tooLong", String.valueOf(MAX_ADDRESS));
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw InvalidInputException.keyed("address", "appcenter.address.invalid");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      throw InvalidInputException.keyed("address", "appcenter.address.scheme");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      // java.net.URI gives no host for 127.1 or 0x7f.0.0.1: say why rather than "no host".
      HostSyntax.check("address", HostSyntax.hostOfAuthority(uri.getRawAuthority()));
      throw InvalidInputException.keyed("address", "appcenter.address.noHost");
    }
    HostSyntax.check("address", uri.getHost());
    if (uri.getRawUserInfo() != null) {
      throw InvalidInputException.keyed("address", "appcenter.address.userInfo");
    }
    if (uri.getRawFragment() != null) {
      throw InvalidInputException.keyed("address", "appcenter.address.fragment");
    }
    if (!scheme.equals(protocol.scheme())) {
      throw InvalidInputException.keyed("protocol", "appcenter.address.protocolMismatch");
    }
    return text;
  }

  private static List<ParameterDefinition> checkedParameters(
      List<ParameterDefinition> parameters, String labelKey) {
    Message label = Message.of(labelKey);
    List<ParameterDefinition> list = parameters == null ? List.of() : parameters;
    if (list.size() > MAX_PARAMETERS) {
      throw InvalidInputException.keyed(
          "parameters", "appcenter.parameters.tooMany", label, String.valueOf(MAX_PARAMETERS));
    }
    Set<String> seen = new HashSet<>();
    for (ParameterDefinition parameter : list) {
      if (parameter == null) {
        throw InvalidInputException.keyed("parameters", "appcenter.parameters.empty", label);
      }
      if (!seen.add(parameter.name())) {
        throw InvalidInputException.keyed(
            "parameters", "appcenter.parameters.duplicate", label, parameter.name());
      }
    }
    return list;
  }

  private static List<ParameterDefinition> copy(List<ParameterDefinition> parameters) {
    return parameters == null
        ? List.of()
        : Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  private static String requiredText(String text, String field, String labelKey, int max) {
    String value = optionalText(text, field, labelKey, max);
    if (value.isEmpty()) {
      throw InvalidInputException.keyed(field, "appcenter.text.missing", Message.of(labelKey));
    }
    return value;
  }

  private static String optionalText(String text, String field, String labelKey, int max) {
    String value = InputRules.singleLine(field, text);
    if (value.length() > max) {
      throw InvalidInputException.keyed(
          field, "appcenter.text.tooLong", Message.of(labelKey), String.valueOf(max));
    }
    return value;
  }
}
