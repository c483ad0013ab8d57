/**
 * The EJBs the {@code interface-inspection} batch job drives (003 6.7.3 b 自动化巡检): enrolling online
 * subjects, claiming due ones (so that several nodes never inspect one subject twice in a slot),
 * inspecting them through the platform's guarded outbound client, keeping the record and raising or
 * clearing automatic alarms on the apps concerned; also the gateway's circuit alarms and the
 * history the console and the API show.
 */
package org.onewindow.inspection.service;
