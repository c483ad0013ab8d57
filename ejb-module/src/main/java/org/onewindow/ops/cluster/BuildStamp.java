package org.onewindow.ops.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build and which server configuration a node runs: the EAR's version and build time (a
 * resource Maven fills in at every build) and the digest of the configuration scripts that made the
 * server's configuration ({@code configure.sh} writes it as {@value #CONFIGURATION_PROPERTY}).
 * Nodes compare theirs ({@link ClusterConsistency}) so that a node started with a stale EAR or a
 * different configuration is noticed, never silently serving old code.
 *
 * @param builtAt the build's time as {@code yyyyMMddHHmmss} (UTC): a later build sorts later
 */
public record BuildStamp(String version, String builtAt, String configuration) {

  /** The system property holding the configuration's digest. */
  public static final String CONFIGURATION_PROPERTY = "onewindow.configuration.digest";

  private static final String RESOURCE = "/META-INF/onewindow-build.properties";
  private static final String SEPARATOR = "|";

  /** This node's stamp. */
  public static BuildStamp ofThisNode() {
    Properties build = new Properties();
    try (InputStream in = BuildStamp.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildStamp(
        build.getProperty("version", "unknown"),
        build.getProperty("builtAt", "unknown"),
        System.getProperty(CONFIGURATION_PROPERTY, "unknown"));
  }

  /** The stamp as the cluster's member list keeps it. */
  public String toWire() {
    return version + SEPARATOR + builtAt + SEPARATOR + configuration;
  }

  /** A stamp {@link #toWire} wrote; null for anything else (a member of another release). */
  public static BuildStamp fromWire(String wire) {
    if (wire == null) {
      return null;
    }
    String[] parts = wire.split("\\|", -1);
    return parts.length == 3 ? new BuildStamp(parts[0], parts[1], parts[2]) : null;
  }

  /** Version and build time, as the health check shows them. */
  public String build() {
    return version + "+" + builtAt;
  }

  /** Whether this build was made before {@code other} (a different build, older by its time). */
  public boolean olderThan(BuildStamp other) {
    return !build().equals(other.build()) && builtAt.compareTo(other.builtAt) < 0;
  }
}
