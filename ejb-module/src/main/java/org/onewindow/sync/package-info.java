/**
 * 数据同步 — the sync capability (004 7; 002 6.2 a–d): what the sync jobs keep between runs and where
 * they exchange data.
 *
 * <ul>
 *   <li>{@code domain}: the cursor per outbound feed ({@code ow_sync_cursor}) and the staging table
 *       departments' systems may fill instead of dropping files ({@code ow_sync_staging});
 *   <li>{@code service}: the cursors, the exchange area's configuration, the staging rows and the
 *       upper platform's signed batch call ({@code *Service});
 *   <li>{@code infrastructure}: the upper platform's HTTP exchange and the platform's SM2 key for
 *       it.
 * </ul>
 *
 * The batch jobs that use it are in the batch-jobs module ({@code org.onewindow.batch.sync}).
 */
package org.onewindow.sync;
