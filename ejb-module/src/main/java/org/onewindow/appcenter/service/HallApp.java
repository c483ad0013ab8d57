package org.onewindow.appcenter.service;

import java.io.Serializable;

/**
 * An app as a hall shows it to citizens (000 8.2.3 b): its display name, category and order, the
 * app key its icon is served under, and whether it has an icon at all.
 */
public record HallApp(
    String displayName, String category, int sortOrder, String appKey, boolean hasIcon)
    implements Serializable {}
