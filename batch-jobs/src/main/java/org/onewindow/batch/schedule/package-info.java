/**
 * The jobs' schedules put to work: a timer on every node, of which only the elected scheduler
 * primary (ADR 0009) starts the due jobs, each through the one start path that keeps a job from
 * running twice at once.
 */
package org.onewindow.batch.schedule;
