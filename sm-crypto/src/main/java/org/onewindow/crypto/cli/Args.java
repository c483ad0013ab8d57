package org.onewindow.crypto.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options and flags after the command name; nothing else is accepted. */
final class Args {

  private final Map<String, String> options = new HashMap<>();
  private final List<String> positional = new ArrayList<>();

  Args(List<String> words, Set<String> flags) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!word.startsWith("--")) {
        positional.add(word);
        continue;
      }
      String name = word.substring(2);
      if (flags.contains(name)) {
        options.put(name, "true");
      } else if (i + 1 < words.size()) {
        options.put(name, words.get(++i));
      } else {
        throw new UsageException("option --" + name + " needs a value");
      }
    }
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  String required(String name) {
    return option(name).orElseThrow(() -> new UsageException("missing --" + name));
  }

  String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  /** A whole number of seconds (or other count) with a default; a bad number is a usage error. */
  long number(String name, long fallback) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, not " + value);
    }
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  List<String> positional() {
    return positional;
  }

  /** Fails on options the command does not know, so a typo is never silently ignored. */
  void allowOnly(Set<String> known) {
    for (String name : options.keySet()) {
      if (!known.contains(name)) {
        throw new UsageException("unknown option --" + name);
      }
    }
  }
}
