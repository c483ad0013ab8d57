package org.onewindow.web.api.matter;

import java.util.List;
import org.onewindow.casework.service.OpeningDraft;

/**
 * A hall's appointment hours as an administrator sends them: one entry per day of the week that
 * takes appointments.
 */
public record OpeningsRequest(List<OpeningDraft> openings) {}
