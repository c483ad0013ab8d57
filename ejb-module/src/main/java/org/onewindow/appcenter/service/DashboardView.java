package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.util.Map;

/**
 * The application centre at a glance (issue 5 item 8): how many interfaces and apps stand in each
 * state, the review backlog, app usage through the gateway (the last 30 days, every node) and
 * interface health (this node's figures since it started).
 *
 * @param interfacesByStatus state label → count, in the review's order
 * @param appsByStatus state label → count
 * @param backlog what waits for a reviewer: interfaces and apps submitted
 * @param callsByApp app name → calls through the gateway
 * @param healthByInterface interface name → [successes, failures]
 */
public record DashboardView(
    Map<String, Long> interfacesByStatus,
    Map<String, Long> appsByStatus,
    Map<String, Long> backlog,
    Map<String, Long> callsByApp,
    Map<String, long[]> healthByInterface)
    implements Serializable {}
