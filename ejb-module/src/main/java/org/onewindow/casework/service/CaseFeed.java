package org.onewindow.casework.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.casework.domain.CaseFields;
import org.onewindow.exchange.ExchangeChange;
import org.onewindow.exchange.ExchangeRecord;

/**
 * Reads a part of the case feed (004 7 增量更新): the cases whose last change has a number after the
 * cursor, oldest first. The personal data comes from the masked columns only — the feed never opens
 * a sealed value (000 示例8). Numbers are handed out under the feed lock in commit order, so a
 * committed read misses nothing a later commit could slip in before the cursor.
 */
final class CaseFeed {

  /** Each part's fields in exchange order, with the column each is read from. */
  private static final Map<CasePart, Map<String, String>> FIELDS =
      Map.of(
          CasePart.BASIC,
          fields(
              CaseFields.CASE_NO, "case_no",
              CaseFields.MATTER_CODE, "matter_code",
              CaseFields.MATTER_NAME, "matter_name",
              CaseFields.DEPARTMENT_CODE, "department_code",
              CaseFields.DEPARTMENT_NAME, "department_name",
              CaseFields.DIVISION_CODE, "division_code",
              CaseFields.APPLICANT_TYPE, "applicant_type",
              CaseFields.APPLICANT_NAME, "applicant_name_masked",
              CaseFields.APPLICANT_ID_TYPE, "applicant_id_type",
              CaseFields.APPLICANT_ID_NUMBER, "applicant_id_masked",
              CaseFields.APPLICANT_USCC, "applicant_uscc",
              CaseFields.APPLICANT_PHONE, "applicant_phone_masked",
              CaseFields.MATERIALS, "materials",
              CaseFields.ACCEPTED_AT, "accepted_at",
              CaseFields.UPDATED_AT, "source_version"),
          CasePart.PROCESS,
          fields(
              CaseFields.CASE_NO, "case_no",
              CaseFields.STAGE, "stage",
              CaseFields.ACCEPTED_AT, "accepted_at",
              CaseFields.ACCEPTED_BY, "accepted_by",
              CaseFields.REVIEWED_AT, "reviewed_at",
              CaseFields.REVIEWED_BY, "reviewed_by",
              CaseFields.DECIDED_AT, "decided_at",
              CaseFields.DECIDED_BY, "decided_by",
              CaseFields.CONCLUDED_AT, "concluded_at",
              CaseFields.CONCLUDED_BY, "concluded_by",
              CaseFields.UPDATED_AT, "source_version"),
          CasePart.RESULT,
          fields(
              CaseFields.CASE_NO, "case_no",
              CaseFields.RESULT, "result",
              CaseFields.RESULT_DOC_NO, "result_doc_no",
              CaseFields.DECIDED_AT, "decided_at",
              CaseFields.CONCLUDED_AT, "concluded_at",
              CaseFields.DELIVERY_METHOD, "delivery_method",
              CaseFields.DELIVERY_ADDRESS, "delivery_address_masked",
              CaseFields.UPDATED_AT, "source_version"));

  private CaseFeed() {}

  /** The fields {@code part} carries, in their order. */
  static List<String> fieldsOf(CasePart part) {
    return List.copyOf(FIELDS.get(part).keySet());
  }

  static List<ExchangeChange> read(
      Connection connection, CasePart part, long afterSequence, int limit) throws SQLException {
    Map<String, String> fields = FIELDS.get(part);
    String sql =
        "select change_seq, "
            + String.join(", ", new java.util.LinkedHashSet<>(fields.values()))
            + " from ow_case where change_seq > ? order by change_seq fetch first ? rows only";
    List<ExchangeChange> changes = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, afterSequence);
      query.setInt(2, limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Map<String, String> values = new LinkedHashMap<>();
          for (Map.Entry<String, String> field : fields.entrySet()) {
            String value = text(rows, field.getValue());
            if (value != null) {
              values.put(field.getKey(), value);
            }
          }
          OffsetDateTime version = rows.getObject("source_version", OffsetDateTime.class);
          changes.add(
              new ExchangeChange(
                  rows.getLong("change_seq"),
                  new ExchangeRecord(rows.getString("case_no"), version.toInstant(), values)));
        }
      }
    }
    return changes;
  }

  /** A column's value as the exchange format writes it: times as ISO 8601 instants in UTC. */
  private static String text(ResultSet rows, String column) throws SQLException {
    if (column.endsWith("_at") || column.equals("source_version")) {
      OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
      return time == null ? null : time.toInstant().toString();
    }
    String value = rows.getString(column);
    return value == null || value.isEmpty() ? null : value;
  }

  private static Map<String, String> fields(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }
}
