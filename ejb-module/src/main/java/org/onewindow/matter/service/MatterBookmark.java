package org.onewindow.matter.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * A matter in a user's favourites or footprints, as the user centre lists it.
 *
 * @param implementationCode the item's code (the matter page's {@code code})
 * @param name the name of the version in force, or of the last one published
 * @param agency its implementing agency
 * @param at when it was kept (a favourite) or last viewed (a footprint)
 * @param available whether a version is in force now (a withdrawn item stays listed, marked)
 */
public record MatterBookmark(
    String implementationCode, String name, String agency, Instant at, boolean available)
    implements Serializable {}
