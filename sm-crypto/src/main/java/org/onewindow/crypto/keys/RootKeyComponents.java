package org.onewindow.crypto.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.onewindow.crypto.CryptoException;
import org.onewindow.crypto.Sm3;

/**
 * The components the root key is assembled from (基于密钥组件的根密钥管理, 003 6.3.2.3 c). Only where each
 * component is kept is remembered here; the components are read, checked and combined each time the
 * root key is needed, and the root key exists only for that moment.
 *
 * <p><b>Construction.</b> Each component is 32 independent random bytes. The root key is
 *
 * <pre>
 *   root = HMAC-SM3(key = c1 ⊕ c2 ⊕ … ⊕ cn, data = UTF-8("onewindow/root-key/v1"))
 * </pre>
 *
 * The XOR is an n-of-n secret sharing: given any n−1 components, the missing one is uniformly
 * random and so is the XOR, so a single stolen file, variable or backup reveals nothing about the
 * root key. HMAC-SM3 under a fixed label then turns the shared secret into the root key with an
 * SM3-based derivation, so the raw XOR itself is never used as a key. XOR is commutative: the order
 * in which the components are listed does not change the root key. Two equal components would
 * cancel out (with two components, the root would be a constant), so a duplicate — or an all-zero
 * component, or a set whose XOR is zero — is refused.
 *
 * <p><b>Configuration.</b> {@link #fromEnvironment(Function)} reads {@code
 * ONEWINDOW_ROOT_KEY_COMPONENT_1}, {@code _2}, … each holding a component as 64 hex digits or
 * Base64, or {@code ONEWINDOW_ROOT_KEY_COMPONENT_<i>_FILE} holding the path of a file that does;
 * {@link #of(List, Function)} takes sources from any other configuration.
 */
public final class RootKeyComponents {

  /** Each component is 256 random bits. */
  public static final int COMPONENT_LENGTH = 32;

  /** One component alone would be the root key stored whole, which 003 6.3.2.3 c rules out. */
  public static final int MINIMUM_COMPONENTS = 2;

  public static final int MAXIMUM_COMPONENTS = 16;

  /** {@code ONEWINDOW_ROOT_KEY_COMPONENT_<i>} holds component i, counting from 1. */
  public static final String VARIABLE_PREFIX = "ONEWINDOW_ROOT_KEY_COMPONENT_";

  /** {@code ONEWINDOW_ROOT_KEY_COMPONENT_<i>_FILE} holds the path of a file with component i. */
  public static final String FILE_SUFFIX = "_FILE";

  /** The fixed label of the root-key derivation; a new construction would take a new label. */
  static final byte[] ROOT_LABEL = "onewindow/root-key/v1".getBytes(StandardCharsets.UTF_8);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<ComponentSource> sources;
  private final Function<String, String> environment;

  private RootKeyComponents(List<ComponentSource> sources, Function<String, String> environment) {
    this.sources = sources;
    this.environment = environment;
  }

  /** Components named by the process environment. */
  public static RootKeyComponents fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  /**
   * Components named by {@code environment}: for i = 1, 2, … either {@code
   * ONEWINDOW_ROOT_KEY_COMPONENT_<i>} (the component) or {@code …_<i>_FILE} (a path), numbered
   * without gaps.
   */
  public static RootKeyComponents fromEnvironment(Function<String, String> environment) {
    List<ComponentSource> sources = new ArrayList<>();
    int firstMissing = 0;
    for (int i = 1; i <= MAXIMUM_COMPONENTS + 1; i++) {
      String variable = VARIABLE_PREFIX + i;
      String path = environment.apply(variable + FILE_SUFFIX);
      boolean inline = isSet(environment.apply(variable));
      boolean inFile = isSet(path);
      if (inline && inFile) {
        throw new CryptoException(
            "both " + variable + " and " + variable + FILE_SUFFIX + " are set: keep one");
      }
      if (!inline && !inFile) {
        firstMissing = firstMissing == 0 ? i : firstMissing;
        continue;
      }
      if (firstMissing != 0) {
        throw new CryptoException(
            variable
                + " is set but "
                + VARIABLE_PREFIX
                + firstMissing
                + " is not: number the root key components 1, 2, 3 … without gaps");
      }
      sources.add(
          inline
              ? ComponentSource.environment(variable)
              : ComponentSource.file(Path.of(path.strip())));
    }
    return of(sources, environment);
  }

  /**
   * Components from the given sources, each of which must be distinct.
   *
   * @param environment where environment-variable sources are looked up
   */
  public static RootKeyComponents of(
      List<ComponentSource> sources, Function<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    List<ComponentSource> copy = List.copyOf(sources);
    if (copy.size() < MINIMUM_COMPONENTS) {
      throw new CryptoException(
          "the root key needs at least "
              + MINIMUM_COMPONENTS
              + " components stored apart, found "
              + copy.size()
              + ": set "
              + VARIABLE_PREFIX
              + "1, _2 … or their "
              + FILE_SUFFIX
              + " forms (003 6.3.2.3 c)");
    }
    if (copy.size() > MAXIMUM_COMPONENTS) {
      throw new CryptoException("at most " + MAXIMUM_COMPONENTS + " root key components");
    }
    for (int i = 0; i < copy.size(); i++) {
      int earlier = copy.subList(0, i).indexOf(copy.get(i));
      if (earlier >= 0) {
        throw new CryptoException(
            "root key components "
                + (earlier + 1)
                + " and "
                + (i + 1)
                + " both come from "
                + copy.get(i).describe()
                + ": each must be stored apart");
      }
    }
    return new RootKeyComponents(copy, environment);
  }

  /**
   * A fresh set of components, each 32 random bytes as 64 lower-case hex digits, for an operator to
   * store apart — one per custodian, file or variable.
   */
  public static List<String> generateComponents(int count) {
    if (count < MINIMUM_COMPONENTS || count > MAXIMUM_COMPONENTS) {
      throw new CryptoException(
          "generate " + MINIMUM_COMPONENTS + " to " + MAXIMUM_COMPONENTS + " components");
    }
    List<String> components = new ArrayList<>(count);
    byte[] component = new byte[COMPONENT_LENGTH];
    for (int i = 0; i < count; i++) {
      RANDOM.nextBytes(component);
      components.add(HexFormat.of().formatHex(component));
    }
    Arrays.fill(component, (byte) 0);
    return List.copyOf(components);
  }

  /** Where the components are kept. */
  public List<ComponentSource> sources() {
    return sources;
  }

  /**
   * Reads and checks every component and assembles the root key once, then wipes it: call at
   * start-up so a missing or damaged component stops the deployment, not the first encryption.
   */
  public void verify() {
    try (RootKey ignored = assemble()) {
      // Assembling is the check.
    }
  }

  /**
   * Reads the components afresh and assembles the root key; the caller closes it (003 6.3.2.3 c).
   */
  RootKey assemble() {
    byte[] combined = new byte[COMPONENT_LENGTH];
    List<byte[]> read = new ArrayList<>(sources.size());
    try {
      for (int i = 0; i < sources.size(); i++) {
        String where = "root key component " + (i + 1) + " (" + sources.get(i).describe() + ")";
        byte[] text = sources.get(i).read(environment);
        byte[] component;
        try {
          component = ComponentEncoding.decode(text, where);
        } finally {
          Arrays.fill(text, (byte) 0);
        }
        read.add(component);
        checkIndependent(read, where);
        for (int b = 0; b < COMPONENT_LENGTH; b++) {
          combined[b] ^= component[b];
        }
      }
      if (isZero(combined)) {
        throw new CryptoException("the root key components cancel out: generate a fresh set");
      }
      return new RootKey(Sm3.hmac(combined, ROOT_LABEL));
    } finally {
      Arrays.fill(combined, (byte) 0);
      read.forEach(component -> Arrays.fill(component, (byte) 0));
    }
  }

  /** The last component read must be neither zero nor equal to an earlier one: both cancel out. */
  private static void checkIndependent(List<byte[]> read, String where) {
    int last = read.size() - 1;
    if (isZero(read.get(last))) {
      throw new CryptoException(where + " is all zeros: components must be random");
    }
    for (int j = 0; j < last; j++) {
      if (MessageDigest.isEqual(read.get(j), read.get(last))) {
        throw new CryptoException(
            "root key components "
                + (j + 1)
                + " and "
                + (last + 1)
                + " are identical: each must be generated separately");
      }
    }
  }

  private static boolean isZero(byte[] bytes) {
    int or = 0;
    for (byte b : bytes) {
      or |= b;
    }
    return or == 0;
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  @Override
  public String toString() {
    return "RootKeyComponents" + sources.stream().map(ComponentSource::describe).toList();
  }
}
