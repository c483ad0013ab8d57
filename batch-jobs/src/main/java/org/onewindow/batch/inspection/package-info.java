/**
 * The {@code interface-inspection} job (000 8.2.3 c; 003 6.7.3 b–c 自动化巡检): its batchlet, the timer
 * that starts it when something is due, and the administrators' 「立即巡检」.
 */
package org.onewindow.batch.inspection;
