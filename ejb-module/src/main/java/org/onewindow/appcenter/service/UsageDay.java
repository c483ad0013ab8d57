package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day's calls through the gateway, summed over every node and caller (000 8.2.3 b; 003 6.7.2
 * d): requests, successes, failures, average and maximum time in milliseconds of the live service,
 * and the calls of apps in test mode before their review (issue 14), counted apart.
 */
public record UsageDay(
    LocalDate day,
    long requests,
    long successes,
    long failures,
    double averageMillis,
    double maxMillis,
    long testRequests)
    implements Serializable {}
