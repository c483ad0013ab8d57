package org.onewindow.casework.domain;

import java.util.List;

/**
 * The names of a case's fields in the exchange format (docs/wire-formats.md §7), snake_case, in the
 * order files carry them. {@link #CASE_NO} is the record's key and {@link #UPDATED_AT} its version.
 */
public final class CaseFields {

  public static final String CASE_NO = "case_no";
  public static final String MATTER_CODE = "matter_code";
  public static final String MATTER_NAME = "matter_name";
  public static final String DEPARTMENT_CODE = "department_code";
  public static final String DEPARTMENT_NAME = "department_name";
  public static final String DIVISION_CODE = "division_code";
  public static final String APPLICANT_TYPE = "applicant_type";
  public static final String APPLICANT_NAME = "applicant_name";
  public static final String APPLICANT_ID_TYPE = "applicant_id_type";
  public static final String APPLICANT_ID_NUMBER = "applicant_id_number";
  public static final String APPLICANT_USCC = "applicant_uscc";
  public static final String APPLICANT_PHONE = "applicant_phone";
  public static final String MATERIALS = "materials";
  public static final String ACCEPTED_AT = "accepted_at";
  public static final String ACCEPTED_BY = "accepted_by";
  public static final String REVIEWED_AT = "reviewed_at";
  public static final String REVIEWED_BY = "reviewed_by";
  public static final String DECIDED_AT = "decided_at";
  public static final String DECIDED_BY = "decided_by";
  public static final String CONCLUDED_AT = "concluded_at";
  public static final String CONCLUDED_BY = "concluded_by";
  public static final String RESULT = "result";
  public static final String RESULT_DOC_NO = "result_doc_no";
  public static final String DELIVERY_METHOD = "delivery_method";
  public static final String DELIVERY_ADDRESS = "delivery_address";
  public static final String UPDATED_AT = "updated_at";

  /** Only in the platform's feeds: the stage the case has reached, derived from its stage times. */
  public static final String STAGE = "stage";

  /** The separator of the material names in {@link #MATERIALS}. */
  public static final String MATERIAL_SEPARATOR = ";";

  /** Every field a case record may carry, in the exchange order. */
  public static final List<String> ORDER =
      List.of(
          CASE_NO,
          MATTER_CODE,
          MATTER_NAME,
          DEPARTMENT_CODE,
          DEPARTMENT_NAME,
          DIVISION_CODE,
          APPLICANT_TYPE,
          APPLICANT_NAME,
          APPLICANT_ID_TYPE,
          APPLICANT_ID_NUMBER,
          APPLICANT_USCC,
          APPLICANT_PHONE,
          MATERIALS,
          ACCEPTED_AT,
          ACCEPTED_BY,
          REVIEWED_AT,
          REVIEWED_BY,
          DECIDED_AT,
          DECIDED_BY,
          CONCLUDED_AT,
          CONCLUDED_BY,
          RESULT,
          RESULT_DOC_NO,
          DELIVERY_METHOD,
          DELIVERY_ADDRESS,
          UPDATED_AT);

  private CaseFields() {}
}
