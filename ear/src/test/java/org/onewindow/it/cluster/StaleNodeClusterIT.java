package org.onewindow.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.it.support.DeployedCluster;
import org.onewindow.it.support.HttpJson;
import org.onewindow.it.support.OnCluster;
import org.onewindow.it.support.Poll;

/**
 * A node that joins with a stale EAR or a different configuration (issue 17, "refused or reported,
 * never silently serving old code"; ops.cluster.ClusterConsistency). Node 2 is restarted with a
 * copy of the build's EAR whose build stamp (ejb-module.jar's META-INF/onewindow-build.properties)
 * says it was built in 2000: it must answer 503 with {@code cluster: stale}, and the balancer must
 * send every call to node 1 until node 2 runs the current EAR again. Then node 2 is restarted with
 * a server configuration whose digest differs: both nodes report {@code configuration-differs} and
 * both keep serving. Each test leaves node 2 on the current build and configuration, as the later
 * classes expect.
 */
@OnCluster
class StaleNodeClusterIT {

  /** An older build time than any real build's ({@code yyyyMMddHHmmss}, UTC). */
  private static final String LONG_AGO = "20000101000000";

  /** Bounds a wait for a restarted node's stamp to reach the other, or the balancer's checks. */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @AfterAll
  static void bothNodesOnTheCurrentBuild() {
    JsonObject node2 = NodeHealth.data(2);
    if (node2 == null || !"consistent".equals(node2.getString("cluster"))) {
      currentBuildOnNode2();
    }
  }

  @Test
  void aNodeWithAnOlderBuildTakesItselfOutUntilItRunsTheCurrentOne(@TempDir Path temp)
      throws IOException {
    Path stale = olderBuild(DeployedCluster.ear(), temp.resolve("onewindow.ear"));
    DeployedCluster.stop(2);
    DeployedCluster.restart(2, stale, null);

    HttpJson.Reply refused =
        Poll.until(
            PATIENCE,
            () -> NodeHealth.of(2),
            reply -> reply != null && reply.status() == 503,
            "node2 on an older build still reports itself available");
    JsonObject data = refused.json().getJsonObject("data");
    assertEquals("stale", data.getString("cluster"), refused.body());
    assertEquals("node1", data.getString("differsFrom"), refused.body());
    assertTrue(data.getString("build").endsWith("+" + LONG_AGO), refused.body());
    assertEquals("consistent", NodeHealth.cluster(1), "node1 runs the newer build");

    // HAProxy's check (/api/v1/health, 200 expected) takes node2 out: every call goes to node1.
    Poll.until(
        PATIENCE,
        () -> NodeHealth.answeringThroughTheBalancer(6),
        answers -> answers.stream().allMatch("node1 200"::equals),
        "the balancer still sends calls to the stale node2");
    List<String> answers = NodeHealth.answeringThroughTheBalancer(20);
    assertTrue(answers.stream().allMatch("node1 200"::equals), answers.toString());

    currentBuildOnNode2();
    Poll.until(
        PATIENCE,
        () -> NodeHealth.answeringThroughTheBalancer(6),
        seen -> seen.contains("node2 200"),
        "the balancer did not take node2 back on the current build");
  }

  @Test
  void aNodeConfiguredDifferentlyIsReportedOnBothNodes(@TempDir Path temp) throws IOException {
    Path configuration = temp.resolve("onewindow-pg.xml");
    String xml = Files.readString(DeployedCluster.serverConfiguration(), StandardCharsets.UTF_8);
    String rewritten =
        xml.replaceFirst(
            "(name=\"onewindow.configuration.digest\" value=\")[0-9a-f]+\"",
            "$1" + "d1ff".repeat(16) + "\"");
    assertTrue(!rewritten.equals(xml), "the build's configuration names its digest");
    Files.writeString(configuration, rewritten, StandardCharsets.UTF_8);
    DeployedCluster.stop(2);
    DeployedCluster.restart(2, DeployedCluster.ear(), configuration);

    for (int n = 1; n <= 2; n++) {
      int node = n;
      JsonObject data =
          Poll.until(
              PATIENCE,
              () -> NodeHealth.data(node),
              d -> d != null && "configuration-differs".equals(d.getString("cluster")),
              "node" + node + " does not report the other's different configuration");
      assertEquals("node" + (3 - node), data.getString("differsFrom"), data.toString());
      assertEquals("UP", data.getString("status"), "a configuration difference is reported only");
    }

    currentBuildOnNode2();
  }

  /** Node 2 restarted on the build's EAR and configuration; both nodes then agree. */
  private static void currentBuildOnNode2() {
    DeployedCluster.stop(2);
    DeployedCluster.restart(2);
    for (int n = 1; n <= 2; n++) {
      int node = n;
      Poll.until(
          PATIENCE,
          () -> NodeHealth.of(node),
          reply ->
              reply != null && reply.status() == 200 && reply.body().contains("\"consistent\""),
          "node" + node + " does not report the cluster consistent again");
    }
  }

  /** A copy of {@code ear} whose EJB module's build stamp says {@link #LONG_AGO}. */
  private static Path olderBuild(Path ear, Path copy) throws IOException {
    try (InputStream in = Files.newInputStream(ear);
        OutputStream out = Files.newOutputStream(copy)) {
      rewrite(
          in,
          out,
          "ejb-module.jar",
          jar ->
              rewritten(
                  jar,
                  "META-INF/onewindow-build.properties",
                  properties ->
                      new String(properties, StandardCharsets.ISO_8859_1)
                          .replaceFirst("(?m)^builtAt=.*$", "builtAt=" + LONG_AGO)
                          .getBytes(StandardCharsets.ISO_8859_1)));
    }
    return copy;
  }

  private static byte[] rewritten(byte[] zip, String name, UnaryOperator<byte[]> change) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      rewrite(new ByteArrayInputStream(zip), out, name, change);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Copies a zip entry by entry, in order, the entry {@code name} through {@code change}. */
  private static void rewrite(
      InputStream zip, OutputStream copy, String name, UnaryOperator<byte[]> change)
      throws IOException {
    boolean found = false;
    try (ZipInputStream in = new ZipInputStream(zip);
        ZipOutputStream out = new ZipOutputStream(copy)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(name)) {
          byte[] changed = change.apply(content);
          assertTrue(!java.util.Arrays.equals(changed, content), name + " changed");
          content = changed;
          found = true;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    assertTrue(found, name + " in the archive");
  }
}
