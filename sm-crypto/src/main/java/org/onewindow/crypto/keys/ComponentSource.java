package org.onewindow.crypto.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.onewindow.crypto.CryptoException;

/**
 * Where one root-key component is kept. The components are stored apart (密钥组件分散存储, 003 6.3.2.3 c) —
 * in practice one in the environment of the service account, one in a file on a separately
 * administered volume, and so on — so that no single place, backup or administrator holds the root
 * key.
 */
public sealed interface ComponentSource {

  /** An environment variable that holds the component's text. */
  static ComponentSource environment(String name) {
    return new EnvironmentVariable(name);
  }

  /** A file that holds the component's text (surrounding whitespace, such as a newline, is ok). */
  static ComponentSource file(Path path) {
    return new KeyFile(path);
  }

  /**
   * The component's text as bytes, which the caller wipes after decoding.
   *
   * @param environment the environment to look variables up in ({@code System::getenv} in
   *     production, a map in tests)
   */
  byte[] read(Function<String, String> environment);

  /** Where the component is, for messages: a name or a path, never the value. */
  String describe();

  /** A component in an environment variable. */
  record EnvironmentVariable(String name) implements ComponentSource {

    public EnvironmentVariable {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public byte[] read(Function<String, String> environment) {
      String value = environment.apply(name);
      if (value == null || value.isBlank()) {
        throw new CryptoException(describe() + " is not set");
      }
      return value.getBytes(StandardCharsets.UTF_8); // 003 6.3.2.3 note: strings are UTF-8
    }

    @Override
    public String describe() {
      return "environment variable " + name;
    }
  }

  /** A component in a file; the path is made absolute so two spellings of one file are equal. */
  record KeyFile(Path path) implements ComponentSource {

    public KeyFile {
      path = path.toAbsolutePath().normalize();
    }

    @Override
    public byte[] read(Function<String, String> environment) {
      try {
        return Files.readAllBytes(path);
      } catch (IOException e) {
        // The exception's class says enough (missing, denied); its message would only repeat the
        // path.
        throw new CryptoException(describe() + " cannot be read: " + e.getClass().getSimpleName());
      }
    }

    @Override
    public String describe() {
      return "file " + path;
    }
  }
}
