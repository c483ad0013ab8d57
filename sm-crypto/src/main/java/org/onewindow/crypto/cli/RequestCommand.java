package org.onewindow.crypto.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.signing.AppPublicKeys;
import org.onewindow.crypto.signing.RequestParts;
import org.onewindow.crypto.signing.RequestRejectedException;
import org.onewindow.crypto.signing.RequestSigner;
import org.onewindow.crypto.signing.RequestVerifier;
import org.onewindow.crypto.signing.SignatureHeaders;

/**
 * {@code request-sign} prints the signature headers for an interface call (000 9.4.4 a), ready for
 * curl's {@code -H}; {@code request-verify} checks a call as the platform's gateway does. The body
 * is the INPUT (empty for GET: pass {@code --text ""}).
 */
final class RequestCommand implements Command {

  private final boolean sign;

  RequestCommand(boolean sign) {
    this.sign = sign;
  }

  @Override
  public String name() {
    return sign ? "request-sign" : "request-verify";
  }

  @Override
  public String usage() {
    return sign
        ? "request-sign (--key PEM | --key-hex HEX) --app-key KEY --method M --url URL INPUT(body)"
        : "request-verify (--pub PEM | --pub-hex HEX) --app-key KEY --method M --url URL"
            + " --timestamp MS --nonce N --signature B64 [--skew-seconds 300] INPUT(body)";
  }

  @Override
  public Set<String> options() {
    return Set.of(
        "key",
        "key-hex",
        "pub",
        "pub-hex",
        "app-key",
        "method",
        "url",
        "timestamp",
        "nonce",
        "signature",
        "skew-seconds",
        "text",
        "in",
        "in-format");
  }

  @Override
  public int run(Args args, Io io) {
    RequestParts request;
    try {
      request =
          RequestParts.of(
              args.required("method"), URI.create(args.required("url")), io.input(args));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--url is not a valid URL: " + e.getMessage());
    }
    String appKey = args.required("app-key");
    if (sign) {
      SignatureHeaders headers =
          new RequestSigner(appKey, Keys.sm2Private(args, io), Clock.systemUTC()).sign(request);
      headers.headers().forEach((name, value) -> io.println(name + ": " + value));
      return 0;
    }
    RequestVerifier verifier =
        new RequestVerifier(
            AppPublicKeys.of(Map.of(appKey, Keys.sm2Public(args, io))),
            Clock.systemUTC(),
            Duration.ofSeconds(args.number("skew-seconds", 300)),
            new InMemoryNonceStore());
    Map<String, String> headers =
        Map.of(
            SignatureHeaders.APP_KEY, appKey,
            SignatureHeaders.TIMESTAMP, args.required("timestamp"),
            SignatureHeaders.NONCE, args.required("nonce"),
            SignatureHeaders.SIGNATURE, args.required("signature"));
    try {
      verifier.verify(request, headers);
      io.println("Verified OK");
      return 0;
    } catch (RequestRejectedException e) {
      io.println("rejected: " + e.code() + " " + e.error() + ": " + e.getMessage());
      return 1;
    }
  }
}
