package org.onewindow.crypto.cli;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.onewindow.crypto.sm2.Sm2Signature;
import org.onewindow.crypto.sm2.Sm2Signature.Encoding;

/** {@code sign}: an SM2 signature (SM3, signer ID) of the input. */
final class SignCommand implements Command {

  @Override
  public String name() {
    return "sign";
  }

  @Override
  public String usage() {
    return "sign (--key PEM | --key-hex HEX) [--id ID] [--encoding der|raw] INPUT [--out-format F]";
  }

  @Override
  public Set<String> options() {
    return Set.of("key", "key-hex", "id", "encoding", "text", "in", "in-format", "out-format");
  }

  @Override
  public int run(Args args, Io io) {
    byte[] signature =
        Sm2Signature.sign(Keys.sm2Private(args, io), io.input(args), id(args), encoding(args));
    io.output(args, signature);
    return 0;
  }

  static byte[] id(Args args) {
    return args.option("id")
        .map(id -> id.getBytes(StandardCharsets.UTF_8))
        .orElse(Sm2Signature.DEFAULT_ID);
  }

  static Encoding encoding(Args args) {
    String encoding = args.option("encoding", "der");
    return switch (encoding) {
      case "der" -> Encoding.DER;
      case "raw" -> Encoding.RAW;
      default -> throw new UsageException("--encoding is der or raw, not " + encoding);
    };
  }
}
