/**
 * The cluster (issue 17): two WildFly nodes behind HAProxy on PostgreSQL, started once for the
 * {@code it-cluster} execution by {@code ear/cluster/cluster.sh} ({@code support.DeployedCluster}).
 * Single logout on every node, sessions that survive their node's death, and the balancer's
 * pinning; each class names the nodes it pins a browser to with the balancer's cookie. {@code
 * BoundedLoad} drives a fixed number of operations through the balancer across a node's death, in
 * lanes that record what each operation was answered ({@code AccessUnitWrites}, {@code
 * SignedGatewayCalls}, {@code TicketExchanges}) for the test to count.
 */
package org.onewindow.it.cluster;
