package org.onewindow.crypto.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.onewindow.crypto.keys.RootKeyComponents;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm4.Sm4Key;

/** {@code keygen}: a new SM2 key pair (PEM files or hex) or a new SM4 key (hex). */
final class KeygenCommand implements Command {

  @Override
  public String name() {
    return "keygen";
  }

  @Override
  public String usage() {
    return "keygen [--alg sm2|sm4|root-components] [--out-dir DIR] [--count N]"
        + "   (sm2 without --out-dir prints hex)";
  }

  @Override
  public Set<String> options() {
    return Set.of("alg", "out-dir", "count");
  }

  @Override
  public int run(Args args, Io io) {
    String alg = args.option("alg", "sm2");
    if (alg.equals("sm4")) {
      io.println(HexFormat.of().formatHex(Sm4Key.generate().bytes()));
      return 0;
    }
    if (alg.equals("root-components")) {
      // 003 6.3.2.3 c: components for ONEWINDOW_ROOT_KEY_COMPONENT_1..N, to be kept apart.
      List<String> components = RootKeyComponents.generateComponents((int) args.number("count", 3));
      for (int i = 0; i < components.size(); i++) {
        io.println(RootKeyComponents.VARIABLE_PREFIX + (i + 1) + "=" + components.get(i));
      }
      return 0;
    }
    if (!alg.equals("sm2")) {
      throw new UsageException("--alg is sm2, sm4 or root-components, not " + alg);
    }
    Sm2Keys.Pair pair = Sm2Keys.generate();
    if (args.option("out-dir").isEmpty()) {
      io.println("private " + pair.privateKey().toHex());
      io.println("public  " + pair.publicKey().toHex());
      return 0;
    }
    Path dir = Path.of(args.required("out-dir"));
    try {
      Files.createDirectories(dir);
      Path privateFile = dir.resolve("sm2-private.pem");
      Files.writeString(privateFile, pair.privateKey().toPem(), StandardCharsets.US_ASCII);
      restrict(privateFile);
      Files.writeString(
          dir.resolve("sm2-public.pem"), pair.publicKey().toPem(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UsageException("cannot write keys to " + dir + ": " + e.getMessage());
    }
    io.println("wrote " + dir.resolve("sm2-private.pem") + " and " + dir.resolve("sm2-public.pem"));
    return 0;
  }

  /** Owner-only, where the file system knows POSIX permissions. */
  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows and the like: the directory's own permissions apply.
    }
  }
}
