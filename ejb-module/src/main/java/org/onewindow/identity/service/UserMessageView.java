package org.onewindow.identity.service;

import java.io.Serializable;
import java.time.Instant;

/** A message as the user centre lists it (001 7.7 g). */
public record UserMessageView(
    long id, String kind, String title, String body, String link, Instant createdAt, boolean read)
    implements Serializable {}
