package org.onewindow.appcenter.infrastructure;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.onewindow.crypto.ResponseCode;

/**
 * Whether a response body is the {@code process_response} envelope that registered interfaces
 * answer with (000 9.4.2 返回参数 and JSON 返回; 001 8.3.4.2): the "确定接口返回数据格式" of 000 9.4.3 a. It checks
 * the envelope only; {@code items} and other business members are the interface's own.
 */
public final class ProcessResponseCheck {

  /** An ERROR breaks the envelope; a NOTE is a deviation the platform tolerates. */
  public enum Level {
    ERROR,
    NOTE
  }

  /**
   * One thing wrong with a body.
   *
   * @param field the member at fault, e.g. {@code process_response.date}; empty for the body
   * @param message what is wrong, for the test panel
   * @param level whether it breaks the envelope or is only noted
   */
  public record Finding(String field, String message, Level level) {}

  public static final String NOT_JSON = "返回内容不是有效的JSON";

  /** 示例7: 100 处理成功, 102 处理失败, 103 处理中. */
  private static final Set<String> RESULT_CODES = Set.of("100", "102", "103");

  private static final String FAILED = "102";
  private static final String ENVELOPE = "process_response";
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** STRICT with uuuu so 2018-02-30 is refused, not moved to 2018-02-28. */
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private ProcessResponseCheck() {}

  /** The findings for a body in the order checked; none means the envelope conforms. */
  public static List<Finding> check(String body) {
    List<Finding> findings = new ArrayList<>();
    Optional<JsonValue> parsed = JsonBodies.parse(body);
    if (parsed.isEmpty()) {
      findings.add(error("", NOT_JSON));
      return findings;
    }
    JsonValue root = parsed.get();
    if (root.getValueType() != JsonValue.ValueType.OBJECT) {
      findings.add(error("", "返回内容应为JSON对象"));
      return findings;
    }
    JsonValue envelope = root.asJsonObject().get(ENVELOPE);
    if (envelope == null) {
      findings.add(error(ENVELOPE, "缺少 process_response 对象，返回内容不符合接口返回格式"));
      return findings;
    }
    if (envelope.getValueType() != JsonValue.ValueType.OBJECT) {
      findings.add(error(ENVELOPE, "process_response 应为JSON对象"));
      return findings;
    }
    JsonObject response = envelope.asJsonObject();
    Optional<String> resultCode = code(response, "result_code", "结果状态码", findings);
    if (resultCode.isPresent() && !RESULT_CODES.contains(resultCode.get())) {
      findings.add(error(field("result_code"), "result_code 应为 100（处理成功）、102（处理失败）或 103（处理中）"));
    }
    if (resultCode.filter(FAILED::equals).isPresent()) {
      code(response, "error_code", "错误码", findings);
      String message = text(response.get("error_msg"));
      if (message == null || message.isBlank()) {
        findings.add(error(field("error_msg"), "result_code 为 102 时应返回非空的 error_msg（错误消息）"));
      }
    }
    checkDate(response.get("date"), findings);
    return findings;
  }

  /** Whether the findings leave the envelope conforming: no ERROR among them. */
  public static boolean conforms(List<Finding> findings) {
    return findings.stream().noneMatch(f -> f.level() == Level.ERROR);
  }

  /** The 003 Annex A code for the check: 0, or 30011 三方系统数据解析失败. */
  public static ResponseCode codeOf(List<Finding> findings) {
    return conforms(findings) ? ResponseCode.SUCCESS : ResponseCode.THIRD_PARTY_UNPARSABLE;
  }

  /**
   * A code member. 示例7 types it as string; some interfaces send a JSON number (as 图4's {@code
   * error_code} does), which carries the same value, so it is accepted with a NOTE.
   */
  private static Optional<String> code(
      JsonObject response, String name, String label, List<Finding> findings) {
    JsonValue value = response.get(name);
    String required = "result_code".equals(name) ? "" : "result_code 为 102 时";
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      findings.add(error(field(name), required + "缺少 " + name + "（" + label + "）"));
      return Optional.empty();
    }
    if (value.getValueType() == JsonValue.ValueType.NUMBER) {
      findings.add(new Finding(field(name), name + " 应为字符串，返回的是数字，已按数字的文本接受", Level.NOTE));
      return Optional.of(value.toString());
    }
    String text = text(value);
    if (text == null) {
      findings.add(error(field(name), name + " 应为字符串"));
      return Optional.empty();
    }
    if (text.isBlank()) {
      findings.add(error(field(name), required + name + "（" + label + "）不能为空"));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private static void checkDate(JsonValue value, List<Finding> findings) {
    String date = text(value);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      findings.add(error(field("date"), "缺少 date（当前操作日期）"));
    } else if (date == null || !DATE_SHAPE.matcher(date).matches()) {
      findings.add(error(field("date"), "date 应为 YYYY-MM-DD 格式的日期"));
    } else {
      try {
        LocalDate.parse(date, DATE);
      } catch (DateTimeParseException e) {
        findings.add(error(field("date"), "date 不是有效日期：" + date));
      }
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static String field(String name) {
    return ENVELOPE + "." + name;
  }

  private static Finding error(String field, String message) {
    return new Finding(field, message, Level.ERROR);
  }
}
