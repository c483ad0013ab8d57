package org.onewindow.interaction.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.function.Supplier;

/**
 * This node's kept search answers (ADR 0014, "Performance"): pages of results per request after the
 * lexicon applied, and the index's part of the suggestions per typed text. A search over 100,000
 * entries costs milliseconds of CPU (the scoring of every match, three facet counts over all of
 * them); most people ask what others asked a moment ago, so an answer is computed once per index
 * change and served from memory until then. Stale as soon as the index changes anywhere ({@link
 * IndexGeneration}), at most {@link #TTL_MILLIS} old whatever happens, at most {@link #MAX_RESULTS}
 * and {@link #MAX_SUGGESTIONS} answers (docs/node-local-state.md).
 *
 * <p>The system property {@code onewindow.search.cache=false} (at start, or set on a running server
 * through the management interface) computes every answer: to measure the index alone.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SearchCaches {

  static final long TTL_MILLIS = 5 * 60_000L;
  static final int MAX_RESULTS = 2_000;
  static final int MAX_SUGGESTIONS = 5_000;

  /** Read at each call, so that a running server can be measured both ways (a system property). */
  static final String SWITCH = "onewindow.search.cache";

  private final IndexGeneration generation = new IndexGeneration();

  private final QueryCache<ResultKey, SearchResults> results =
      new QueryCache<>(TTL_MILLIS, MAX_RESULTS, QueryCache::monotonicMillis);

  private final QueryCache<String, List<String>> suggestions =
      new QueryCache<>(TTL_MILLIS, MAX_SUGGESTIONS, QueryCache::monotonicMillis);

  /**
   * What one search is kept by: the request, what the lexicon made of it (a lexicon change gives a
   * new key at once) and the language of the labels.
   */
  public record ResultKey(SearchRequest request, List<String> variants, String language) {}

  /** The page of results for {@code key}, computed by {@code search} if not kept. */
  public SearchResults results(ResultKey key, Supplier<SearchResults> search) {
    return enabled() ? results.get(key, generation.current(), search) : search.get();
  }

  /** The names the index suggests for {@code typed}, computed by {@code search} if not kept. */
  public List<String> suggestions(String typed, Supplier<List<String>> search) {
    return enabled() ? suggestions.get(typed, generation.current(), search) : search.get();
  }

  private static boolean enabled() {
    return !"false".equals(System.getProperty(SWITCH));
  }

  /** This node wrote the index: every kept answer is stale. */
  public void indexChanged() {
    generation.changed();
  }

  /** The shared feed cursor as this node's indexer read it now (another node may have written). */
  public void feedAt(long cursor) {
    generation.feedAt(cursor);
  }
}
