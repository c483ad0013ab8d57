package org.onewindow.interaction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How often a query was searched (the hot words, 000 8.1.2 c), summed over every node. */
@Entity
@Table(name = "ow_search_query_count")
public class QueryCount {

  public static final int MAX_QUERY = 32;

  @Id
  @Column(name = "query_text", nullable = false, length = MAX_QUERY)
  private String query;

  @Column(name = "hits", nullable = false)
  private long hits;

  @Column(name = "last_at", nullable = false)
  private Instant lastAt;

  protected QueryCount() {
    // for JPA
  }

  public QueryCount(String query, long hits, Instant lastAt) {
    this.query = query;
    this.hits = hits;
    this.lastAt = lastAt;
  }

  public void add(long more, Instant at) {
    hits += more;
    lastAt = at;
  }

  public String getQuery() {
    return query;
  }

  public long getHits() {
    return hits;
  }
}
