/**
 * This node's part in the cluster: which node runs the cluster's schedules (today the inspection
 * trigger, 003 6.7.3 b 自动化巡检). WildFly's singleton policy {@code default} (subsystem {@code
 * singleton}) elects one primary among the members that deploy the EAR and elects another when it
 * leaves; the elected node only flips a node-local flag that the schedules read at each tick (ADR
 * 0009). The flag is the one state here that lives in one node's memory, by design: it says what
 * this node is, and the election, not the node, decides it.
 */
package org.onewindow.ops.cluster;
