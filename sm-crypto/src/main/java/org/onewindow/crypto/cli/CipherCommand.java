package org.onewindow.crypto.cli;

import java.util.Set;
import org.onewindow.crypto.sm2.Sm2Cipher;
import org.onewindow.crypto.sm4.Sm4Cbc;
import org.onewindow.crypto.sm4.Sm4Ctr;
import org.onewindow.crypto.sm4.Sm4Ecb;
import org.onewindow.crypto.sm4.Sm4Gcm;
import org.onewindow.crypto.sm4.Sm4Key;

/**
 * {@code encrypt} and {@code decrypt}: SM4 (gcm, cbc, ctr, ecb) under a hex key, or SM2 under a key
 * pair. Without {@code --iv}, SM4 draws a fresh IV or nonce and prefixes it to the output; with
 * {@code --iv} (cbc, ctr) the output is the bare ciphertext, as {@code openssl enc} writes.
 */
final class CipherCommand implements Command {

  private final boolean encrypt;

  CipherCommand(boolean encrypt) {
    this.encrypt = encrypt;
  }

  @Override
  public String name() {
    return encrypt ? "encrypt" : "decrypt";
  }

  @Override
  public String usage() {
    return name()
        + " --alg sm4-gcm|sm4-cbc|sm4-ctr|sm4-ecb|sm2 (--key-hex HEX [--iv HEX] [--aad TEXT]"
        + " | --pub/--key PEM [--layout c1c3c2|c1c2c3|asn1]) INPUT [--out-format F]";
  }

  @Override
  public Set<String> options() {
    return Set.of(
        "alg",
        "key",
        "key-hex",
        "pub",
        "pub-hex",
        "iv",
        "aad",
        "layout",
        "text",
        "in",
        "in-format",
        "out-format");
  }

  @Override
  public int run(Args args, Io io) {
    String alg = args.required("alg");
    byte[] input = io.input(args);
    byte[] output = alg.equals("sm2") ? sm2(args, io, input) : sm4(alg, args, input);
    io.output(args, output);
    return 0;
  }

  private byte[] sm2(Args args, Io io, byte[] input) {
    Sm2Cipher.Layout layout = layout(args.option("layout", "c1c3c2"));
    return encrypt
        ? Sm2Cipher.encrypt(Keys.sm2Public(args, io), input, layout)
        : Sm2Cipher.decrypt(Keys.sm2Private(args, io), input, layout);
  }

  private byte[] sm4(String alg, Args args, byte[] input) {
    Sm4Key key = Keys.sm4(args);
    byte[] iv = args.option("iv").map(hex -> Io.value(hex, "hex", "--iv")).orElse(null);
    byte[] aad = args.option("aad", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return switch (alg) {
      case "sm4-gcm" -> encrypt ? Sm4Gcm.seal(key, input, aad) : Sm4Gcm.open(key, input, aad);
      case "sm4-cbc" ->
          iv == null
              ? (encrypt ? Sm4Cbc.encrypt(key, input) : Sm4Cbc.decrypt(key, input))
              : (encrypt ? Sm4Cbc.encrypt(key, iv, input) : Sm4Cbc.decrypt(key, iv, input));
      case "sm4-ctr" ->
          iv == null
              ? (encrypt ? Sm4Ctr.encrypt(key, input) : Sm4Ctr.decrypt(key, input))
              : Sm4Ctr.apply(key, iv, input);
      case "sm4-ecb" -> encrypt ? Sm4Ecb.encrypt(key, input) : Sm4Ecb.decrypt(key, input);
      default ->
          throw new UsageException(
              "--alg is sm4-gcm, sm4-cbc, sm4-ctr, sm4-ecb or sm2, not " + alg);
    };
  }

  private static Sm2Cipher.Layout layout(String name) {
    return switch (name) {
      case "c1c3c2" -> Sm2Cipher.Layout.C1C3C2;
      case "c1c2c3" -> Sm2Cipher.Layout.C1C2C3;
      case "asn1" -> Sm2Cipher.Layout.ASN1;
      default -> throw new UsageException("--layout is c1c3c2, c1c2c3 or asn1, not " + name);
    };
  }
}
