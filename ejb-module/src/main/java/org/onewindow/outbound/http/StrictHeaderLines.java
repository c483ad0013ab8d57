package org.onewindow.outbound.http;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.message.BasicLineParser;
import org.apache.hc.core5.util.CharArrayBuffer;

/**
 * HttpClient's line parser, refusing a header line that starts with white space. HttpClient joins
 * such a line to the field before it (obsolete line folding, which RFC 9112 5.2 lets a recipient
 * replace by a space), but as the first field it would parse as a field of its own with the white
 * space dropped: a response whose head is not HTTP is refused instead, as before.
 */
final class StrictHeaderLines extends BasicLineParser {

  static final StrictHeaderLines INSTANCE = new StrictHeaderLines();

  @Override
  public Header parseHeader(CharArrayBuffer buffer) throws ParseException {
    if (buffer.length() > 0 && (buffer.charAt(0) == ' ' || buffer.charAt(0) == '\t')) {
      throw new ParseException("a header field starts with white space");
    }
    return super.parseHeader(buffer);
  }
}
