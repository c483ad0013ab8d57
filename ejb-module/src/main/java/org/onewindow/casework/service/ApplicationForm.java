package org.onewindow.casework.service;

import java.io.Serializable;
import java.util.List;
import org.onewindow.casework.domain.DeliveryMethod;
import org.onewindow.casework.domain.OnlineCaseState;

/**
 * The online application form of one matter as its applicant sees it (001 7.2; 001 6.1 h: what the
 * platform knows is filled in): the matter, the level it needs and the level the login proved, the
 * applicant's name from the token, the draft's choices and masked personal data, and one upload
 * slot per material.
 *
 * @param draftId the draft's id, or null before it was first saved
 * @param requiredLevel the real-name level handling needs (001 7.2)
 * @param callerLevel the level the caller's token proves ({@code acr}); 0 when none
 */
public record ApplicationForm(
    Long draftId,
    String matterCode,
    String matterName,
    String departmentName,
    int requiredLevel,
    int callerLevel,
    String applicantName,
    String idNumberMasked,
    String phoneMasked,
    String deliveryAddressMasked,
    String purpose,
    DeliveryMethod deliveryMethod,
    boolean pledged,
    OnlineCaseState state,
    List<MaterialSlot> materials)
    implements Serializable {

  /** Whether submission will ask the applicant to raise the real-name level first. */
  public boolean needsStepUp() {
    return callerLevel < requiredLevel;
  }
}
