package org.onewindow.crypto.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.crypto.CryptoException;

/**
 * The entry point: {@code java -jar sm-crypto-cli.jar COMMAND [options]}. Exit codes: 0 done, 1 a
 * negative answer (a signature that does not verify, a refused ticket or request), 2 bad usage or
 * bad input — always with a one-line reason on standard error, never a stack trace.
 */
public final class SmCrypto {

  private final Map<String, Command> commands = new LinkedHashMap<>();

  SmCrypto() {
    for (Command command :
        List.of(
            new KeygenCommand(),
            new SignCommand(),
            new VerifyCommand(),
            new CipherCommand(true),
            new CipherCommand(false),
            new DigestCommand(false),
            new DigestCommand(true),
            new MaskCommand(),
            new TicketCommand(false),
            new TicketCommand(true),
            new RequestCommand(true),
            new RequestCommand(false))) {
      commands.put(command.name(), command);
    }
  }

  public static void main(String[] args) {
    System.exit(new SmCrypto().run(List.of(args), System.in, System.out, System.err));
  }

  int run(List<String> words, InputStream in, PrintStream out, PrintStream err) {
    if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("help")) {
      help(out);
      return words.isEmpty() ? 2 : 0;
    }
    Command command = commands.get(words.get(0));
    if (command == null) {
      err.println("error: unknown command '" + words.get(0) + "' (try --help)");
      return 2;
    }
    try {
      Args args = new Args(words.subList(1, words.size()), command.flags());
      args.allowOnly(command.options());
      return command.run(args, new Io(in, out));
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("usage: " + command.usage());
      return 2;
    } catch (CryptoException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private void help(PrintStream out) {
    out.println("sm-crypto: SM2 / SM3 / SM4 for OneWindow operators and integrators");
    out.println("INPUT is --text STRING, --in FILE or standard input; --in-format raw|hex|base64");
    for (Command command : commands.values()) {
      out.println("  " + command.usage());
    }
  }
}
