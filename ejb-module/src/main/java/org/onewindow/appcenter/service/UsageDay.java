package org.onewindow.appcenter.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day's calls through the gateway, summed over every node and caller (000 8.2.3 b; 003 6.7.2
 * d): requests, successes, failures, average and maximum time in milliseconds.
 */
public record UsageDay(
    LocalDate day,
    long requests,
    long successes,
    long failures,
    double averageMillis,
    double maxMillis)
    implements Serializable {}
