/**
 * The kernel's exchange records (004 7; 002 6.2): what the sync jobs read from and write to an
 * exchange area or an upper platform, as named fields with a natural key and a version, so that one
 * reader (JSON, CSV, XML; UTF-8 or GBK) and one writer serve every capability. A capability that
 * takes part offers, on its public service, an upsert of {@link ExchangeRecord}s that answers a
 * {@link RecordResult} per record, and a feed of {@link ExchangeChange}s after a sequence number.
 */
package org.onewindow.exchange;
