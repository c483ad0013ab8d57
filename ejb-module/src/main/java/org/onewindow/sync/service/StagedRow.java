package org.onewindow.sync.service;

import java.io.Serializable;

/**
 * One row of the staging table as the inbound jobs read it.
 *
 * @param seq its sequence in the feed
 * @param payload the record: one JSON object with the exchange format's field names
 */
public record StagedRow(long seq, String payload) implements Serializable {}
