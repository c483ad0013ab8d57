package org.onewindow.exchange;

import java.io.Serializable;

/**
 * A record as it stands after a change, for the outbound feeds: the platform's change sequence
 * (strictly increasing per feed, from a database sequence, so that a cursor "after N" misses
 * nothing committed later with a smaller number — feeds read only changes committed before the
 * read.s snapshot and hand out sequences in commit order, see the feed.s service).
 *
 * @param sequence the change's number in its feed
 * @param record the record with its fields as the feed discloses them
 */
public record ExchangeChange(long sequence, ExchangeRecord record) implements Serializable {}
