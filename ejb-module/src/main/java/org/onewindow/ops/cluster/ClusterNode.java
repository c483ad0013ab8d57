package org.onewindow.ops.cluster;

/** This server's name among the cluster's members. */
public final class ClusterNode {

  /** WildFly's node name; set on every server (the host name unless configured). */
  static final String NODE_NAME = "jboss.node.name";

  private ClusterNode() {}

  /** {@code jboss.node.name}, or an empty string outside a server (unit tests). */
  public static String name() {
    return System.getProperty(NODE_NAME, "");
  }
}
