package org.onewindow.inspection.service;

import java.io.Serializable;
import org.onewindow.appcenter.domain.SubjectType;

/**
 * A subject found due, with the schedule version it was read at: the claim matches that version.
 *
 * @param scheduleId the schedule row
 * @param version its version when read
 * @param subjectType interface or app
 * @param subjectId the interface's or app's id
 */
public record DueSubject(long scheduleId, long version, SubjectType subjectType, long subjectId)
    implements Serializable {}
