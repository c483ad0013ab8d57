package org.onewindow.crypto.cli;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.sm4.Sm4Key;
import org.onewindow.crypto.ticket.OpenedTicket;
import org.onewindow.crypto.ticket.TicketOpener;
import org.onewindow.crypto.ticket.TicketRejectedException;
import org.onewindow.crypto.ticket.TicketSealer;
import org.onewindow.crypto.ticket.UserInfoFormat;

/**
 * {@code ticket-open} checks and opens a user-info ticket as a light app's backend would (000 9.2.1
 * e) and prints the user info; {@code ticket-seal} makes one, as the platform does, for testing an
 * app's integration. A refused ticket prints its 003 Annex A code and exits 1.
 */
final class TicketCommand implements Command {

  private final boolean open;

  TicketCommand(boolean open) {
    this.open = open;
  }

  @Override
  public String name() {
    return open ? "ticket-open" : "ticket-seal";
  }

  @Override
  public String usage() {
    return open
        ? "ticket-open (--pub PLATFORM.pem | --pub-hex HEX) --app-id ID --app-key-hex HEX"
            + " [--skew-seconds 60] INPUT(ticket)"
        : "ticket-seal (--key PEM | --key-hex HEX) --app-id ID --app-key-hex HEX"
            + " [--ttl-seconds 300] INPUT(user info)";
  }

  @Override
  public Set<String> options() {
    return Set.of(
        "platform-pub",
        "pub",
        "pub-hex",
        "key",
        "key-hex",
        "app-id",
        "app-key-hex",
        "skew-seconds",
        "ttl-seconds",
        "text",
        "in",
        "in-format");
  }

  @Override
  public int run(Args args, Io io) {
    byte[] appKey = Io.value(args.required("app-key-hex"), "hex", "--app-key-hex");
    byte[] input = io.input(args);
    if (!open) {
      TicketSealer sealer = new TicketSealer(Keys.sm2Private(args, io));
      Duration ttl = Duration.ofSeconds(args.number("ttl-seconds", 300));
      io.println(
          sealer.seal(args.required("app-id"), Sm4Key.of(appKey), input, Instant.now(), ttl));
      return 0;
    }
    TicketOpener opener =
        new TicketOpener(
            Keys.sm2Public(args, io),
            args.required("app-id"),
            Sm4Key.of(appKey),
            Clock.systemUTC(),
            Duration.ofSeconds(args.number("skew-seconds", 60)),
            new InMemoryNonceStore());
    try {
      OpenedTicket ticket = opener.open(new String(input, StandardCharsets.US_ASCII).strip());
      io.println(
          "ticket "
              + ticket.ticketId()
              + " for "
              + ticket.appId()
              + ", expires "
              + ticket.expiresAt());
      if (ticket.format() == UserInfoFormat.CLAIMS) {
        for (Map.Entry<String, String> claim : ticket.claims().entrySet()) {
          io.println(claim.getKey() + "=" + claim.getValue());
        }
      } else {
        io.println(new String(ticket.userInfo(), StandardCharsets.UTF_8));
      }
      return 0;
    } catch (TicketRejectedException e) {
      io.println("rejected: " + e.code() + " " + e.error() + ": " + e.getMessage());
      return 1;
    }
  }
}
