package org.onewindow.outbound.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The async client's response reader: the status, the header fields and the body up to the cap. A
 * body over the cap (declared by its Content-Length, or met while it arrives) ends the exchange
 * with {@link TooLarge}, which closes the connection rather than read the rest; the caller turns it
 * into a response marked too large. One per exchange.
 */
final class CappedBodyConsumer implements AsyncResponseConsumer<ExchangeResponse> {

  /** The body passed the cap: the status and fields that came before it. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Map<String, List<String>> headers;

    TooLarge(int status, Map<String, List<String>> headers) {
      super("the body is larger than the limit", null);
      this.status = status;
      this.headers = headers;
    }

    ExchangeResponse response() {
      return new ExchangeResponse(status, headers, new byte[0], true);
    }
  }

  private final int maxBodyBytes;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private int status;
  private Map<String, List<String>> headers;
  private FutureCallback<ExchangeResponse> result;

  CappedBodyConsumer(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void consumeResponse(
      HttpResponse response,
      EntityDetails entity,
      HttpContext context,
      FutureCallback<ExchangeResponse> resultCallback)
      throws IOException {
    status = response.getCode();
    headers = ResponseHeaders.of(response);
    if (entity == null) {
      resultCallback.completed(new ExchangeResponse(status, headers, new byte[0], false));
      return;
    }
    if (entity.getContentLength() > maxBodyBytes) {
      throw new TooLarge(status, headers);
    }
    result = resultCallback;
  }

  @Override
  public void informationResponse(HttpResponse response, HttpContext context) {
    // 100 Continue and other interim answers: the real one follows.
  }

  @Override
  public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
    capacityChannel.update(Integer.MAX_VALUE); // the cap is enforced as data arrives
  }

  @Override
  public void consume(ByteBuffer src) throws IOException {
    if (body.size() + src.remaining() > maxBodyBytes) {
      throw new TooLarge(status, headers);
    }
    byte[] bytes = new byte[src.remaining()];
    src.get(bytes);
    body.writeBytes(bytes);
  }

  @Override
  public void streamEnd(List<? extends Header> trailers) {
    result.completed(new ExchangeResponse(status, headers, body.toByteArray(), false));
  }

  @Override
  public void failed(Exception cause) {
    // The client fails the exchange's future itself.
  }

  @Override
  public void releaseResources() {
    // The body is the result's now; nothing else is held.
  }
}
