/**
 * Scheduled inspection of online interfaces and app pages (000 8.2.3 c 接口巡检、界面巡检、问题告警; 8.2.2 a
 * 接口监测; 003 6.7.3): the cadence, the per-subject schedule that nodes claim, the records kept of
 * each inspection, how an answer is judged, and the rule that keeps automatic alarms to one open
 * alarm per subject and cause. Rules here need no container and are unit tested.
 */
package org.onewindow.inspection.domain;
