/**
 * Jakarta Batch (JBeret) jobs and the service that starts them and reports their state. Jobs run in
 * this sub-deployment, where their XML lives ({@code META-INF/batch-jobs}); the job repository is
 * the platform database, so a restart loses nothing.
 */
package org.onewindow.batch;
