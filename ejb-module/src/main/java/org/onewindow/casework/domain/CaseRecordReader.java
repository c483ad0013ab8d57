package org.onewindow.casework.domain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onewindow.crypto.mask.IdCardNumber;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.IsoInstants;

/**
 * Reads an incoming case record (004 7) into {@link CaseFacts}, or refuses it with the first rule
 * it breaks ({@link CaseRefusal}): required fields present, texts single-line and within their
 * lengths, codes of their form, ID numbers (GB 11643) and credit codes (GB 32100) with their check
 * characters, stage times (ISO 8601 with an offset) in the order 受理 → 审查 → 决定 → 办结 without a gap, a
 * result exactly when decided, an address when posted. Stateless and thread-safe.
 */
public final class CaseRecordReader {

  static final int MAX_CASE_NO = 64;
  static final int MAX_CODE = 64;
  static final int MAX_NAME = 200;
  static final int MAX_PERSON = 100;
  static final int MAX_MATERIAL = 200;
  static final int MAX_MATERIALS = 4000;
  static final int MAX_DOC_NO = 100;
  static final int MAX_ADDRESS = 200;

  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z._-]+");
  private static final Pattern DIVISION = Pattern.compile("\\d{6}");

  private CaseRecordReader() {}

  /**
   * The record's case.
   *
   * @throws CaseRefusal naming the first field that is missing, malformed or breaks a rule
   */
  public static CaseFacts read(ExchangeRecord record) {
    String caseNo = code(record.key(), CaseFields.CASE_NO, MAX_CASE_NO);
    String named = record.field(CaseFields.CASE_NO);
    if (named != null && !named.isBlank() && !named.strip().equals(caseNo)) {
      throw CaseRefusal.of("casework.caseNo.mismatch");
    }
    String matterCode =
        code(required(record, CaseFields.MATTER_CODE), CaseFields.MATTER_CODE, MAX_CODE);
    String matterName =
        text(required(record, CaseFields.MATTER_NAME), CaseFields.MATTER_NAME, MAX_NAME);
    String departmentCode =
        code(required(record, CaseFields.DEPARTMENT_CODE), CaseFields.DEPARTMENT_CODE, MAX_CODE);
    String departmentName =
        text(required(record, CaseFields.DEPARTMENT_NAME), CaseFields.DEPARTMENT_NAME, MAX_PERSON);
    String division = required(record, CaseFields.DIVISION_CODE);
    if (!DIVISION.matcher(division).matches()) {
      throw CaseRefusal.malformed(CaseFields.DIVISION_CODE);
    }
    Applicant applicant = applicant(record);
    List<String> materials = materials(optional(record, CaseFields.MATERIALS));
    StageMark accepted = stage(record, CaseFields.ACCEPTED_AT, CaseFields.ACCEPTED_BY, null, null);
    if (accepted == null) {
      throw CaseRefusal.missing(CaseFields.ACCEPTED_AT);
    }
    StageMark reviewed =
        stage(
            record,
            CaseFields.REVIEWED_AT,
            CaseFields.REVIEWED_BY,
            accepted,
            CaseFields.ACCEPTED_AT);
    StageMark decided =
        stage(
            record, CaseFields.DECIDED_AT, CaseFields.DECIDED_BY, reviewed, CaseFields.REVIEWED_AT);
    StageMark concluded =
        stage(
            record,
            CaseFields.CONCLUDED_AT,
            CaseFields.CONCLUDED_BY,
            decided,
            CaseFields.DECIDED_AT);
    CaseResult result = constant(record, CaseFields.RESULT, CaseResult.class);
    if ((result == null) != (decided == null)) {
      throw CaseRefusal.of("casework.result.withoutDecision");
    }
    String docNo = optional(record, CaseFields.RESULT_DOC_NO);
    if (docNo != null) {
      docNo = text(docNo, CaseFields.RESULT_DOC_NO, MAX_DOC_NO);
    }
    DeliveryMethod delivery = constant(record, CaseFields.DELIVERY_METHOD, DeliveryMethod.class);
    String address = optional(record, CaseFields.DELIVERY_ADDRESS);
    if (address != null) {
      address = text(address, CaseFields.DELIVERY_ADDRESS, MAX_ADDRESS);
    }
    if (delivery == DeliveryMethod.POST && address == null) {
      throw CaseRefusal.of("casework.delivery.addressMissing");
    }
    return new CaseFacts(
        caseNo,
        matterCode,
        matterName,
        departmentCode,
        departmentName,
        division,
        applicant,
        materials,
        accepted,
        reviewed,
        decided,
        concluded,
        result,
        docNo,
        delivery,
        address,
        record.version());
  }

  /** 001 7.3 (自然人、法人和其他组织): a natural person by an identity document, a legal one by its code. */
  private static Applicant applicant(ExchangeRecord record) {
    ApplicantType type = constant(record, CaseFields.APPLICANT_TYPE, ApplicantType.class);
    if (type == null) {
      throw CaseRefusal.missing(CaseFields.APPLICANT_TYPE);
    }
    String name =
        text(required(record, CaseFields.APPLICANT_NAME), CaseFields.APPLICANT_NAME, MAX_PERSON);
    IdType idType = constant(record, CaseFields.APPLICANT_ID_TYPE, IdType.class);
    String idNumber = optional(record, CaseFields.APPLICANT_ID_NUMBER);
    if (type == ApplicantType.NATURAL_PERSON && idType == null) {
      throw CaseRefusal.missing(CaseFields.APPLICANT_ID_TYPE);
    }
    if (idType != null && idNumber == null) {
      throw CaseRefusal.missing(CaseFields.APPLICANT_ID_NUMBER);
    }
    if (idNumber != null) {
      idNumber = idNumber(idType, idNumber);
    }
    String creditCode = optional(record, CaseFields.APPLICANT_USCC);
    if (type == ApplicantType.LEGAL_PERSON && creditCode == null) {
      throw CaseRefusal.missing(CaseFields.APPLICANT_USCC);
    }
    if (creditCode != null) {
      creditCode = creditCode.toUpperCase(Locale.ROOT);
      if (!CreditCode.isValid(creditCode)) {
        throw CaseRefusal.of("casework.uscc.invalid");
      }
    }
    String phone = CasePhone.normalized(required(record, CaseFields.APPLICANT_PHONE));
    if (phone == null) {
      throw CaseRefusal.of("casework.phone.invalid");
    }
    return new Applicant(type, name, idType, idNumber, creditCode, phone);
  }

  private static String idNumber(IdType type, String number) {
    if (type == null) {
      throw CaseRefusal.missing(CaseFields.APPLICANT_ID_TYPE);
    }
    if (type == IdType.RESIDENT_ID_CARD) {
      // GB 11643-1999: form, birth date and the MOD 11-2 check character.
      if (!IdCardNumber.isValid(number)) {
        throw CaseRefusal.of("casework.idNumber.invalid");
      }
      return number.toUpperCase(Locale.ROOT);
    }
    if (!type.hasForm(number)) {
      throw CaseRefusal.malformed(CaseFields.APPLICANT_ID_NUMBER);
    }
    return number.toUpperCase(Locale.ROOT);
  }

  private static List<String> materials(String text) {
    if (text == null) {
      return List.of();
    }
    if (text.length() > MAX_MATERIALS) {
      throw CaseRefusal.malformed(CaseFields.MATERIALS);
    }
    List<String> names = new ArrayList<>();
    for (String part : text.split(CaseFields.MATERIAL_SEPARATOR)) {
      String name = part.strip();
      if (!name.isEmpty()) {
        names.add(text(name, CaseFields.MATERIALS, MAX_MATERIAL));
      }
    }
    return List.copyOf(names);
  }

  /**
   * A stage's mark: none when its time is not given; a handler without a time, a stage reached
   * without the one before it, or a time before the previous stage's is refused.
   */
  private static StageMark stage(
      ExchangeRecord record,
      String atField,
      String byField,
      StageMark previous,
      String previousField) {
    String at = optional(record, atField);
    String by = optional(record, byField);
    if (at == null) {
      if (by != null) {
        throw CaseRefusal.missing(atField);
      }
      return null;
    }
    Instant time = time(at, atField);
    if (previousField != null && previous == null) {
      throw CaseRefusal.of("casework.stage.skipped", atField, previousField);
    }
    if (previous != null && time.isBefore(previous.at())) {
      throw CaseRefusal.of("casework.stage.beforePrevious", atField, previousField);
    }
    return new StageMark(time, by == null ? null : text(by, byField, MAX_PERSON));
  }

  private static Instant time(String text, String field) {
    try {
      return IsoInstants.parse(text);
    } catch (DateTimeParseException e) {
      throw CaseRefusal.malformed(field);
    }
  }

  private static <E extends Enum<E>> E constant(
      ExchangeRecord record, String field, Class<E> type) {
    String value = optional(record, field);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CaseRefusal.malformed(field);
    }
  }

  private static String required(ExchangeRecord record, String field) {
    String value = optional(record, field);
    if (value == null) {
      throw CaseRefusal.missing(field);
    }
    return value;
  }

  private static String optional(ExchangeRecord record, String field) {
    String value = record.field(field);
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static String code(String value, String field, int max) {
    if (value.length() > max || !CODE.matcher(value).matches()) {
      throw CaseRefusal.malformed(field);
    }
    return value;
  }

  /** One line of text: no control characters (they could split a sealed value or a log line). */
  private static String text(String value, String field, int max) {
    if (value.length() > max) {
      throw CaseRefusal.malformed(field);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw CaseRefusal.malformed(field);
      }
    }
    return value;
  }
}
