package org.onewindow.crypto.cli;

import java.util.Set;
import org.onewindow.crypto.sm2.Sm2Signature;

/** {@code verify}: checks an SM2 signature; exit 0 and "Verified OK", or exit 1. */
final class VerifyCommand implements Command {

  @Override
  public String name() {
    return "verify";
  }

  @Override
  public String usage() {
    return "verify (--pub PEM | --pub-hex HEX) --sig SIG [--sig-format base64|hex] [--id ID]"
        + " [--encoding der|raw] INPUT";
  }

  @Override
  public Set<String> options() {
    return Set.of(
        "pub", "pub-hex", "sig", "sig-format", "id", "encoding", "text", "in", "in-format");
  }

  @Override
  public int run(Args args, Io io) {
    byte[] signature = Io.value(args.required("sig"), args.option("sig-format", "base64"), "--sig");
    boolean valid =
        Sm2Signature.verify(
            Keys.sm2Public(args, io),
            io.input(args),
            signature,
            SignCommand.id(args),
            SignCommand.encoding(args));
    io.println(valid ? "Verified OK" : "Verification failure");
    return valid ? 0 : 1;
  }
}
