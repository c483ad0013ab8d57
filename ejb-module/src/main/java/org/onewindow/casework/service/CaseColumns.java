package org.onewindow.casework.service;

import java.util.List;

/** The columns of {@code ow_case} the inbound sync writes, in the order of its statements. */
final class CaseColumns {

  static final List<String> WRITTEN =
      List.of(
          "case_no",
          "matter_code",
          "matter_name",
          "department_code",
          "department_name",
          "division_code",
          "applicant_type",
          "applicant_name_masked",
          "applicant_id_type",
          "applicant_id_masked",
          "applicant_uscc",
          "applicant_phone_masked",
          "applicant_sealed",
          "materials",
          "stage",
          "accepted_at",
          "accepted_by",
          "reviewed_at",
          "reviewed_by",
          "decided_at",
          "decided_by",
          "concluded_at",
          "concluded_by",
          "result",
          "result_doc_no",
          "delivery_method",
          "delivery_address_masked",
          "source_version",
          "change_seq");

  private CaseColumns() {}

  /** Whether the column at {@code index} of {@link #WRITTEN} holds a time. */
  static boolean isTime(int index) {
    String column = WRITTEN.get(index);
    return column.endsWith("_at") || column.equals("source_version");
  }

  private static String sqlType(int index) {
    if (isTime(index)) {
      return "timestamptz";
    }
    return WRITTEN.get(index).equals("change_seq") ? "bigint" : "varchar";
  }

  /**
   * PostgreSQL: the chunk's rows from one text array per column ({@code unnest}), inserted, or
   * replacing a row whose version is older. The guard repeats in the statement what the writer
   * decided before (under the feed lock), so that no path overwrites a newer case.
   */
  static String postgresqlUpsert() {
    StringBuilder sql = new StringBuilder("insert into ow_case (");
    sql.append(String.join(", ", WRITTEN)).append(") select ");
    for (int i = 0; i < WRITTEN.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("cast(u.c")
          .append(i)
          .append(" as ")
          .append(sqlType(i))
          .append(")");
    }
    sql.append(" from unnest(");
    for (int i = 0; i < WRITTEN.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("cast(? as text[])");
    }
    sql.append(") as u(");
    for (int i = 0; i < WRITTEN.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("c").append(i);
    }
    return sql.append(")").append(conflict()).toString();
  }

  private static String conflict() {
    return " on conflict (case_no) do update set "
        + String.join(", ", WRITTEN.stream().skip(1).map(c -> c + " = excluded." + c).toList())
        + " where ow_case.source_version < excluded.source_version";
  }

  /** H2: MERGE … KEY, which inserts or updates by the key (the version was checked before). */
  static String h2Merge() {
    return "merge into ow_case ("
        + String.join(", ", WRITTEN)
        + ") key (case_no) values ("
        + String.join(", ", WRITTEN.stream().map(c -> "?").toList())
        + ")";
  }
}
