package org.onewindow.interaction.service;

import java.io.Serializable;
import java.time.Instant;
import org.onewindow.interaction.domain.LexiconKind;

/** One word of the search lexicon as the console lists it. */
public record LexiconEntry(
    long id, LexiconKind kind, String word, String synonyms, String createdBy, Instant createdAt)
    implements Serializable {}
