package org.onewindow.crypto.cli;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.onewindow.crypto.mask.Masking;
import org.onewindow.crypto.mask.TextMasker;

/** {@code mask}: one value of a known kind, or every personal value found in a text. */
final class MaskCommand implements Command {

  @Override
  public String name() {
    return "mask";
  }

  @Override
  public String usage() {
    return "mask [--kind text|name|id|mobile|landline|card|address|email] INPUT";
  }

  @Override
  public Set<String> options() {
    return Set.of("kind", "text", "in");
  }

  @Override
  public int run(Args args, Io io) {
    String value = new String(io.input(args), StandardCharsets.UTF_8).strip();
    String kind = args.option("kind", "text");
    String masked =
        switch (kind) {
          case "text" -> TextMasker.mask(value);
          case "name" -> Masking.name(value);
          case "id" -> Masking.idNumber(value);
          case "mobile" -> Masking.mobile(value);
          case "landline" -> Masking.landline(value);
          case "card" -> Masking.bankCard(value);
          case "address" -> Masking.address(value);
          case "email" -> Masking.email(value);
          default -> throw new UsageException("unknown --kind " + kind);
        };
    io.println(masked);
    return 0;
  }
}
