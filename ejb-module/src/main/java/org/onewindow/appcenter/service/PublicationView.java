package org.onewindow.appcenter.service;

import java.io.Serializable;

/** Where an app is published and how it shows there (000 8.2.3 b). */
public record PublicationView(
    long hallId,
    String hallName,
    String displayName,
    String category,
    int sortOrder,
    Long iconFileId)
    implements Serializable {}
