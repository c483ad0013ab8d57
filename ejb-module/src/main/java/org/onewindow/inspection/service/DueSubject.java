package org.onewindow.inspection.service;

import java.io.Serializable;
import org.onewindow.review.SubjectKind;

/**
 * A subject found due, with the schedule version it was read at: the claim matches that version.
 *
 * @param scheduleId the schedule row
 * @param version its version when read
 * @param subjectKind what it is (an interface, an app), as the registry knows it
 * @param subjectId the subject's id
 */
public record DueSubject(long scheduleId, long version, SubjectKind subjectKind, long subjectId)
    implements Serializable {}
