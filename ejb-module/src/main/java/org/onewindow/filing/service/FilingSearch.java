package org.onewindow.filing.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.common.TextFilter;
import org.onewindow.common.UnitScope;
import org.onewindow.filing.domain.Filing;
import org.onewindow.filing.domain.InstallPackage;

/**
 * Runs a {@link FilingQuery} in the database: the caller's unit scope first (deny by default: a
 * developer without a unit sees nothing), then the filters, the count, and the sorted page.
 */
final class FilingSearch {

  /** Matches a {@link TextFilter} pattern literally. */
  private static final String LIKE = " like :text escape '" + TextFilter.ESCAPE + "'";

  private final EntityManager em;

  FilingSearch(EntityManager em) {
    this.em = em;
  }

  FilingPage run(UnitScope scope, FilingQuery query) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    String unit = scope.restrictedTo();
    if (unit != null) {
      where.add("f.unitName = :unit");
      parameters.put("unit", unit);
    }
    if (!query.text().isEmpty()) {
      where.add(
          "(lower(f.appName)"
              + LIKE
              + " or lower(f.unitName)"
              + LIKE
              + " or lower(f.installPackage.packageName)"
              + LIKE
              + " or f.id in (select r.filingId from FilingRecord r where lower(r.filingNumber)"
              + LIKE
              + "))");
      parameters.put("text", TextFilter.containing(query.text()));
    }
    if (query.status() != null) {
      where.add("f.review.status = :status");
      parameters.put("status", query.status());
    }
    if (query.platform() != null) {
      where.add("f.installPackage.platform = :platform");
      parameters.put("platform", query.platform());
    }
    String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    long total =
        bind(em.createQuery("select count(f) from Filing f" + filter, Long.class), parameters)
            .getSingleResult();
    String order =
        " order by "
            + FilingQuery.SORTS.get(query.sort())
            + (query.ascending() ? " asc" : " desc")
            + ", f.id desc";
    List<Filing> rows =
        bind(em.createQuery("select f from Filing f" + filter + order, Filing.class), parameters)
            .setFirstResult(query.offset())
            .setMaxResults(query.limit())
            .getResultList();
    Map<Long, String> numbers = numbers(rows);
    return new FilingPage(rows.stream().map(f -> summary(f, numbers)).toList(), total);
  }

  private Map<Long, String> numbers(List<Filing> rows) {
    Map<Long, String> numbers = new HashMap<>();
    if (rows.isEmpty()) {
      return numbers;
    }
    em.createQuery(
            "select r.filingId, r.filingNumber from FilingRecord r where r.filingId in :ids",
            Object[].class)
        .setParameter("ids", rows.stream().map(Filing::getId).toList())
        .getResultList()
        .forEach(row -> numbers.put((Long) row[0], (String) row[1]));
    return numbers;
  }

  private static FilingSummary summary(Filing filing, Map<Long, String> numbers) {
    InstallPackage p = filing.getInstallPackage();
    return new FilingSummary(
        filing.getId(),
        filing.getAppName(),
        filing.getUnitName(),
        p == null ? "" : p.platform().name(),
        p == null ? "" : p.packageName(),
        p == null ? "" : p.versionName(),
        filing.getReview().status(),
        filing.getReview().status().label(),
        filing.getReview().revision(),
        filing.getReview().updatedAt(),
        numbers.getOrDefault(filing.getId(), ""));
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
