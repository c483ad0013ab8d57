package org.onewindow.casework.service;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A booking's number: {@code YY}, the visit's day, six characters drawn at random from an alphabet
 * without look-alikes (no 0/O, 1/I) — read out at a hall's desk, not guessed from a neighbour's.
 * The number column is unique; a clash (one in 10⁹ per day) fails the booking, never doubles it.
 */
final class AppointmentNumbers {

  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AppointmentNumbers() {}

  static String next(LocalDate day) {
    StringBuilder number = new StringBuilder("YY").append(DAY.format(day));
    for (int i = 0; i < 6; i++) {
      number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return number.toString();
  }
}
