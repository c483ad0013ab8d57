package org.onewindow.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onewindow.exchange.ExchangeRecord;

/** The rules an incoming case record obeys before it is kept (004 7, 表1; 001 7.3). */
class CaseRecordReaderTest {

  private static final String VERSION = "2026-03-05T10:00:00Z";

  private static Map<String, String> concluded() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(CaseFields.CASE_NO, "OW000000000000000001");
    fields.put(CaseFields.MATTER_CODE, "11330100002482311M4000111009000");
    fields.put(CaseFields.MATTER_NAME, "食品经营许可");
    fields.put(CaseFields.DEPARTMENT_CODE, "11330100002482311M");
    fields.put(CaseFields.DEPARTMENT_NAME, "杭州市市场监督管理局");
    fields.put(CaseFields.DIVISION_CODE, "330100");
    fields.put(CaseFields.APPLICANT_TYPE, "NATURAL_PERSON");
    fields.put(CaseFields.APPLICANT_NAME, "张三丰");
    fields.put(CaseFields.APPLICANT_ID_TYPE, "RESIDENT_ID_CARD");
    // GB 11643-1999's own example number.
    fields.put(CaseFields.APPLICANT_ID_NUMBER, "11010519491231002X");
    fields.put(CaseFields.APPLICANT_PHONE, "139 0000 1234");
    fields.put(CaseFields.MATERIALS, "申请书; 身份证明;");
    fields.put(CaseFields.ACCEPTED_AT, "2026-03-01T09:00:00+08:00");
    fields.put(CaseFields.ACCEPTED_BY, "窗口3号");
    fields.put(CaseFields.REVIEWED_AT, "2026-03-02T01:00:00Z");
    fields.put(CaseFields.DECIDED_AT, "2026-03-03T01:00:00Z");
    fields.put(CaseFields.CONCLUDED_AT, "2026-03-03T01:00:00Z");
    fields.put(CaseFields.RESULT, "granted");
    fields.put(CaseFields.DELIVERY_METHOD, "POST");
    fields.put(CaseFields.DELIVERY_ADDRESS, "浙江省杭州市西湖区文三路1号");
    return fields;
  }

  private static CaseFacts read(Map<String, String> fields) {
    return CaseRecordReader.read(
        new ExchangeRecord(fields.get(CaseFields.CASE_NO), Instant.parse(VERSION), fields));
  }

  private static String refusal(Map<String, String> fields) {
    return assertThrows(CaseRefusal.class, () -> read(fields)).reason().key();
  }

  @Test
  void aCompleteCaseIsReadWithItsStageAndNormalisedValues() {
    CaseFacts facts = read(concluded());
    assertEquals(CaseStage.CONCLUDED, facts.stage());
    assertEquals(Instant.parse("2026-03-01T01:00:00Z"), facts.accepted().at());
    assertEquals("13900001234", facts.applicant().phone());
    assertEquals(List.of("申请书", "身份证明"), facts.materials());
    assertEquals(CaseResult.GRANTED, facts.result());
    assertEquals(Instant.parse(VERSION), facts.version());
  }

  @Test
  void aStageBeforeThePreviousOneIsRefused() {
    // 004 表1 过程信息: 受理 → 审查 → 决定 → 办结, each not before the one before it.
    Map<String, String> fields = concluded();
    fields.put(CaseFields.DECIDED_AT, "2026-03-01T23:59:59Z");
    assertEquals("casework.stage.beforePrevious", refusal(fields));
  }

  @Test
  void aStageWithoutThePreviousOneIsRefused() {
    Map<String, String> fields = concluded();
    fields.remove(CaseFields.REVIEWED_AT);
    assertEquals("casework.stage.skipped", refusal(fields));
  }

  @Test
  void anIdNumberWithAWrongCheckCharacterIsRefused() {
    // GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits.
    Map<String, String> fields = concluded();
    fields.put(CaseFields.APPLICANT_ID_NUMBER, "110105194912310021");
    assertEquals("casework.idNumber.invalid", refusal(fields));
  }

  @Test
  void aLegalPersonNeedsAValidCreditCode() {
    // GB 32100-2015 4.3.
    Map<String, String> fields = concluded();
    fields.put(CaseFields.APPLICANT_TYPE, "LEGAL_PERSON");
    assertEquals("casework.field.missing", refusal(fields));
    fields.put(CaseFields.APPLICANT_USCC, "91350100M000100Y44");
    assertEquals("casework.uscc.invalid", refusal(fields));
    fields.put(CaseFields.APPLICANT_USCC, "91350100M000100Y43");
    assertEquals(ApplicantType.LEGAL_PERSON, read(fields).applicant().type());
  }

  @Test
  void aPhoneNumberMustBeAMobileOrALandlineWithItsAreaCode() {
    Map<String, String> fields = concluded();
    fields.put(CaseFields.APPLICANT_PHONE, "12345");
    assertEquals("casework.phone.invalid", refusal(fields));
    fields.put(CaseFields.APPLICANT_PHONE, "0571 87654321");
    assertEquals("0571-87654321", read(fields).applicant().phone());
  }

  @Test
  void aResultGoesWithADecisionAndAPostedOneWithAnAddress() {
    Map<String, String> fields = concluded();
    fields.remove(CaseFields.RESULT);
    assertEquals("casework.result.withoutDecision", refusal(fields));
    fields = concluded();
    fields.remove(CaseFields.DELIVERY_ADDRESS);
    assertEquals("casework.delivery.addressMissing", refusal(fields));
  }

  @Test
  void missingAndMalformedFieldsAreNamed() {
    Map<String, String> fields = concluded();
    fields.put(CaseFields.MATTER_NAME, "  ");
    CaseRefusal refusal = assertThrows(CaseRefusal.class, () -> read(fields));
    assertEquals("casework.field.missing", refusal.reason().key());
    assertEquals(List.of(CaseFields.MATTER_NAME), refusal.reason().arguments());
    Map<String, String> control = concluded();
    control.put(CaseFields.APPLICANT_NAME, "张\u001f三");
    assertEquals("casework.field.malformed", refusal(control));
    Map<String, String> time = concluded();
    time.put(CaseFields.ACCEPTED_AT, "2026-03-01 09:00");
    assertEquals("casework.field.malformed", refusal(time));
  }

  @Test
  void personalDataIsMaskedAsTheStandardShows() {
    // 000 9.4.5 示例8.
    assertEquals("张**", MaskedApplicant.name(ApplicantType.NATURAL_PERSON, "张三丰"));
    assertEquals("1101**************", MaskedApplicant.idNumber("11010519491231002X"));
    assertEquals("1390*******", MaskedApplicant.phone("13900001234"));
  }
}
