package org.onewindow.sync.domain;

import java.io.Serializable;

/**
 * The upper platform's answer for one reported record.
 *
 * @param key the record's natural key
 * @param accepted whether it was taken
 * @param reason why not, as the upper platform put it; null when accepted
 */
public record RecordVerdict(String key, boolean accepted, String reason) implements Serializable {}
