package org.onewindow.interaction.service;

import java.io.Serializable;
import java.util.List;

/**
 * A page of results with the whole result's size and its counts grouped by category (matter type),
 * department and region (001 7.4), and what else to try: the hot words, and for a query that found
 * nothing, names close to it.
 *
 * @param query the words searched after the stop words were left out
 * @param variants the query and its synonyms' variants, as searched
 */
public record SearchResults(
    String query,
    List<String> variants,
    long total,
    int offset,
    int limit,
    List<SearchHit> hits,
    List<FacetCount> categories,
    List<FacetCount> departments,
    List<FacetCount> regions,
    List<String> recommendations)
    implements Serializable {}
