package org.onewindow.ops.cluster;

import java.util.UUID;

/** This server's name among the cluster's members, and which start of its JVM this is. */
public final class ClusterNode {

  /** WildFly's node name; set on every server (the host name unless configured). */
  static final String NODE_NAME = "jboss.node.name";

  /**
   * A new value at every start of the JVM: a node restarted under the same name tells its own
   * earlier life's batch leases from those it holds now.
   */
  private static final String INCARNATION = UUID.randomUUID().toString();

  private ClusterNode() {}

  /** {@code jboss.node.name}, or an empty string outside a server (unit tests). */
  public static String name() {
    return System.getProperty(NODE_NAME, "");
  }

  /** This start of the node's JVM, for the leases of the batch executions it runs. */
  public static String incarnation() {
    return INCARNATION;
  }
}
