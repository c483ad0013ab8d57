package org.onewindow.interaction.service;

import java.io.Serializable;

/**
 * One result: the matter's code (its page is {@code matter.xhtml?code=…}), name, type, department,
 * division, level and promised days, with the labels of the caller's language.
 */
public record SearchHit(
    String code,
    String name,
    String matterType,
    String matterTypeLabel,
    String agency,
    String divisionCode,
    String divisionName,
    String level,
    String levelLabel,
    int promisedLimitDays)
    implements Serializable {}
