package org.onewindow.outbound;

import org.onewindow.crypto.ResponseCode;

/**
 * How one call to a registered interface ended (000 9.4.3 a, c), each with the 003 Annex A code the
 * platform reports it under.
 */
public enum UpstreamOutcome {
  /** An HTTP response arrived, whatever its status (a 3xx is reported, never followed). */
  OK_HTTP_RESPONSE(ResponseCode.SUCCESS),
  /** The guard refused the address; nothing was sent. */
  REFUSED_BY_POLICY(ResponseCode.REQUEST_REFUSED),
  /** Connection refused, host or network unreachable. */
  CONNECT_FAILED(ResponseCode.THIRD_PARTY_FAILED),
  CONNECT_TIMEOUT(ResponseCode.THIRD_PARTY_CONNECT_TIMEOUT),
  /** Connected, but the response (headers or body) did not arrive within the request timeout. */
  READ_TIMEOUT(ResponseCode.THIRD_PARTY_READ_TIMEOUT),
  /** The TLS handshake failed: an invalid certificate or no common protocol. */
  TLS_FAILED(ResponseCode.THIRD_PARTY_FAILED),
  /**
   * The body exceeds the policy's limit and was not read further; the platform cannot process it,
   * hence 30011 三方系统数据解析失败.
   */
  TOO_LARGE(ResponseCode.THIRD_PARTY_UNPARSABLE),
  /** The connection broke mid-exchange or the reply was not HTTP. */
  IO_FAILED(ResponseCode.THIRD_PARTY_FAILED);

  private final ResponseCode code;

  UpstreamOutcome(ResponseCode code) {
    this.code = code;
  }

  /**
   * The code for this outcome; for a response, {@link UpstreamResult#code()} also weighs status.
   */
  public ResponseCode code() {
    return code;
  }
}
