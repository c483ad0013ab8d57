package org.onewindow.common;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A filtered list read one page at a time: the conditions a repository adds (each with its
 * parameter), then one count and one page query over the same conditions. Only the repository's own
 * JPQL and the {@link SortFields} whitelist reach the query text; everything a caller typed is a
 * parameter.
 */
public final class PagedQuery {

  private final StringBuilder where = new StringBuilder(" where 1 = 1");
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds {@code condition}, which names the parameter {@code :name}, bound to {@code value}. */
  public PagedQuery and(String condition, String name, Object value) {
    where.append(" and ").append(condition);
    parameters.put(name, value);
    return this;
  }

  /** Adds {@code condition} when {@code value} is not null (an optional filter). */
  public PagedQuery andIfGiven(String condition, String name, Object value) {
    return value == null ? this : and(condition, name, value);
  }

  /**
   * Adds a "contains" search over {@code paths} (any of them matches) when {@code text} is given
   * ({@link TextFilter}).
   */
  public PagedQuery andContaining(String text, String... paths) {
    if (!TextFilter.given(text)) {
      return this;
    }
    StringBuilder any = new StringBuilder("(");
    for (int i = 0; i < paths.length; i++) {
      any.append(i == 0 ? "" : " or ")
          .append("lower(")
          .append(paths[i])
          .append(") like :text escape '")
          .append(TextFilter.ESCAPE)
          .append("'");
    }
    return and(any.append(")").toString(), "text", TextFilter.containing(text));
  }

  /**
   * The page and the count of every row the conditions admit.
   *
   * @param select the select and from clauses of the rows (fetch joins allowed), e.g. {@code
   *     "select i from RegisteredInterface i join fetch i.unit"}
   * @param count the select and from clauses of the count, e.g. {@code "select count(i) from
   *     RegisteredInterface i"}
   * @throws InvalidInputException when the page sorts by a field outside {@code sort}
   */
  public <T> ResultPage<T> run(
      EntityManager em,
      String select,
      String count,
      Class<T> type,
      SortFields sort,
      PageRequest page) {
    String order = sort.orderBy(page);
    var rows = em.createQuery(select + where + order, type);
    var total = em.createQuery(count + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          total.setParameter(name, value);
        });
    return new ResultPage<>(
        rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
        total.getSingleResult());
  }

  /** How many rows the conditions admit. */
  public long count(EntityManager em, String count) {
    var total = em.createQuery(count + where, Long.class);
    parameters.forEach(total::setParameter);
    return total.getSingleResult();
  }

  /**
   * Rows of (value, count) over every row the conditions admit, one per value of {@code path}: the
   * counts of a navigation facet.
   *
   * @param select the select and from clauses, e.g. {@code "select v.theme, count(v) from
   *     MatterVersion v"}
   * @param path the grouped path, the same as the first selected, e.g. {@code "v.theme"}
   */
  public java.util.List<Object[]> countsBy(EntityManager em, String select, String path) {
    var counts = em.createQuery(select + where + " group by " + path, Object[].class);
    parameters.forEach(counts::setParameter);
    return counts.getResultList();
  }
}
