package org.onewindow.appcenter.service;

import java.io.Serializable;

/** An app as a hall shows it to citizens (000 8.2.3 b): its display name and category only. */
public record HallApp(String displayName, String category, int sortOrder, String appKey)
    implements Serializable {}
