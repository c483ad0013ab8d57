/**
 * {@code /api/v1/inspections}: interface and UI inspection records, 立即巡检 and the job's status (000
 * 8.2.3 c; 003 6.7.3).
 */
package org.onewindow.web.api.inspection;
