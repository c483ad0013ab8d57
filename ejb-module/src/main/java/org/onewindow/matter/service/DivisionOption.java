package org.onewindow.matter.service;

import java.io.Serializable;

/**
 * One division of the navigation's province → city → county cascade, with how many published
 * matters of agencies in it (or under it) the search finds.
 *
 * @param code the GB/T 2260 code
 * @param name its name
 * @param count matters within the division
 * @param selected whether the search is narrowed to it (or to a division under it)
 */
public record DivisionOption(String code, String name, long count, boolean selected)
    implements Serializable {}
