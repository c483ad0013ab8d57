package org.onewindow.casework.service;

import java.io.Serializable;

/**
 * What a person asks to book.
 *
 * @param hallCode the hall
 * @param matterCode a matter the hall handles
 * @param date the day, {@code yyyy-MM-dd}
 * @param start the slot's start, {@code HH:mm}
 * @param phone a number the hall may call, or blank
 */
public record BookingRequest(
    String hallCode, String matterCode, String date, String start, String phone)
    implements Serializable {}
