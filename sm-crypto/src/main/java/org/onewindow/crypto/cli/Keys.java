package org.onewindow.crypto.cli;

import org.onewindow.crypto.sm2.Sm2PrivateKey;
import org.onewindow.crypto.sm2.Sm2PublicKey;
import org.onewindow.crypto.sm4.Sm4Key;

/** Reads keys the way every command accepts them: a PEM file, or hex on the command line. */
final class Keys {

  private Keys() {}

  /** {@code --key FILE.pem} or {@code --key-hex HEX}. */
  static Sm2PrivateKey sm2Private(Args args, Io io) {
    if (args.option("key-hex").isPresent()) {
      return Sm2PrivateKey.fromHex(args.required("key-hex"));
    }
    return Sm2PrivateKey.fromPem(io.readText(args.required("key")));
  }

  /** {@code --pub FILE.pem} or {@code --pub-hex HEX}. */
  static Sm2PublicKey sm2Public(Args args, Io io) {
    if (args.option("pub-hex").isPresent()) {
      return Sm2PublicKey.fromHex(args.required("pub-hex"));
    }
    return Sm2PublicKey.fromPem(io.readText(args.required("pub")));
  }

  /** {@code --key-hex HEX}: 32 hex digits. */
  static Sm4Key sm4(Args args) {
    return Sm4Key.of(Io.value(args.required("key-hex"), "hex", "--key-hex"));
  }
}
