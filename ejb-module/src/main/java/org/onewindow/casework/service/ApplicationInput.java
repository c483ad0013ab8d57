package org.onewindow.casework.service;

import java.io.Serializable;
import org.onewindow.casework.domain.DeliveryMethod;

/**
 * What the applicant typed and picked on the form. The ID number, phone and address travel in clear
 * only here, once: a blank one keeps what the draft already holds (sealed, shown masked).
 *
 * @param purpose 申请事由
 * @param idNumber the resident ID number (GB 11643), or blank to keep the stored one
 * @param phone a mobile or landline number, or blank to keep the stored one
 * @param deliveryMethod how the result should reach the applicant
 * @param deliveryAddress the address for {@link DeliveryMethod#POST}, or blank to keep
 * @param pledged the pledge that everything handed in is true
 */
public record ApplicationInput(
    String purpose,
    String idNumber,
    String phone,
    DeliveryMethod deliveryMethod,
    String deliveryAddress,
    boolean pledged)
    implements Serializable {}
