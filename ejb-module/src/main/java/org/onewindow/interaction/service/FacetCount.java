package org.onewindow.interaction.service;

import java.io.Serializable;

/** How many results have one value of a facet (a category, a department, a region). */
public record FacetCount(String value, String label, long count) implements Serializable {}
