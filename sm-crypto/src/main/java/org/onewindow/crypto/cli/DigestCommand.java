package org.onewindow.crypto.cli;

import java.util.Set;
import org.onewindow.crypto.Sm3;

/** {@code digest} (SM3) and {@code hmac} (HMAC-SM3) of the input; hex by default. */
final class DigestCommand implements Command {

  private final boolean keyed;

  DigestCommand(boolean keyed) {
    this.keyed = keyed;
  }

  @Override
  public String name() {
    return keyed ? "hmac" : "digest";
  }

  @Override
  public String usage() {
    return keyed
        ? "hmac --key-hex HEX INPUT [--out-format hex|base64|base64url]"
        : "digest INPUT [--out-format hex|base64|base64url]   (base64url: 003 6.3.2.3 d)";
  }

  @Override
  public Set<String> options() {
    return keyed
        ? Set.of("key-hex", "text", "in", "in-format", "out-format")
        : Set.of("text", "in", "in-format", "out-format");
  }

  @Override
  public int run(Args args, Io io) {
    byte[] input = io.input(args);
    byte[] result =
        keyed
            ? Sm3.hmac(Io.value(args.required("key-hex"), "hex", "--key-hex"), input)
            : Sm3.digest(input);
    io.output(args, result, "hex");
    return 0;
  }
}
