/**
 * The cluster (issue 17): two WildFly nodes behind HAProxy on PostgreSQL, started once for the
 * {@code it-cluster} execution by {@code ear/cluster/cluster.sh} ({@code support.DeployedCluster}).
 * Single logout on every node, sessions that survive their node's death, and the balancer's
 * pinning; each class names the nodes it pins a browser to with the balancer's cookie.
 */
package org.onewindow.it.cluster;
