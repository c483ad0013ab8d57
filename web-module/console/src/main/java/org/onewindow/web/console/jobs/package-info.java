/**
 * 批处理作业 (issue 19 item 5): every job with its runs, a run's progress and steps' counts while it
 * runs, the records it rejected, and start, stop, restart and the schedules — for platform
 * administrators; the rules are {@code BatchJobService}'s.
 */
package org.onewindow.web.console.jobs;
