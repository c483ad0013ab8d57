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
import org.onewindow.common.Message;
import org.onewindow.common.Messages;
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
   * @param text what is wrong, for the test panel (a key of the {@code appcenter} bundle)
   * @param level whether it breaks the envelope or is only noted
   */
  public record Finding(String field, Message text, Level level) {

    /** What is wrong in the platform's language (zh-CN), as test and inspection records keep it. */
    public String message() {
      return text.in(Messages.PLATFORM_LOCALE);
    }
  }

  /** The finding of a body that is not JSON at all. */
  public static final Message NOT_JSON = Message.of("appcenter.response.notJson");

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
      findings.add(error("", Message.of("appcenter.response.notObject")));
      return findings;
    }
    JsonValue envelope = root.asJsonObject().get(ENVELOPE);
    if (envelope == null) {
      findings.add(error(ENVELOPE, Message.of("appcenter.response.envelopeMissing")));
      return findings;
    }
    if (envelope.getValueType() != JsonValue.ValueType.OBJECT) {
      findings.add(error(ENVELOPE, Message.of("appcenter.response.envelopeNotObject")));
      return findings;
    }
    JsonObject response = envelope.asJsonObject();
    Optional<String> resultCode = code(response, "result_code", findings);
    if (resultCode.isPresent() && !RESULT_CODES.contains(resultCode.get())) {
      findings.add(error(field("result_code"), Message.of("appcenter.response.resultCode")));
    }
    if (resultCode.filter(FAILED::equals).isPresent()) {
      code(response, "error_code", findings);
      String message = text(response.get("error_msg"));
      if (message == null || message.isBlank()) {
        findings.add(error(field("error_msg"), Message.of("appcenter.response.errorMsg")));
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
  private static Optional<String> code(JsonObject response, String name, List<Finding> findings) {
    JsonValue value = response.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      findings.add(error(field(name), Message.of("appcenter.response.missing." + name)));
      return Optional.empty();
    }
    if (value.getValueType() == JsonValue.ValueType.NUMBER) {
      findings.add(
          new Finding(field(name), Message.of("appcenter.response.numberCode", name), Level.NOTE));
      return Optional.of(value.toString());
    }
    String text = text(value);
    if (text == null) {
      findings.add(error(field(name), Message.of("appcenter.response.notString", name)));
      return Optional.empty();
    }
    if (text.isBlank()) {
      findings.add(error(field(name), Message.of("appcenter.response.blank." + name)));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private static void checkDate(JsonValue value, List<Finding> findings) {
    String date = text(value);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      findings.add(error(field("date"), Message.of("appcenter.response.missing.date")));
    } else if (date == null || !DATE_SHAPE.matcher(date).matches()) {
      findings.add(error(field("date"), Message.of("appcenter.response.dateFormat")));
    } else {
      try {
        LocalDate.parse(date, DATE);
      } catch (DateTimeParseException e) {
        findings.add(error(field("date"), Message.of("appcenter.response.dateInvalid", date)));
      }
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static String field(String name) {
    return ENVELOPE + "." + name;
  }

  private static Finding error(String field, Message message) {
    return new Finding(field, message, Level.ERROR);
  }
}
