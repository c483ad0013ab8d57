/**
 * Masking (脱敏) of personal data, for display and for logs.
 *
 * <ul>
 *   <li>{@link org.onewindow.crypto.mask.Masking} masks one known value — a name, ID number,
 *       mobile, landline, bank card, address or e-mail — for display. 000 9.4.5 (数据脱敏) and its 示例8
 *       ask that user information shown by an access application hides at least 50% of each value
 *       ("脱敏范围应不少于 50%") and give the forms 姓**, 1101************** and 1390*******.
 *   <li>{@link org.onewindow.crypto.mask.TextMasker} finds such values in free text and masks them,
 *       for log filters: 003 (T/TAF 144-2023) 6.3.2.1 d asks that logs print names, ID numbers,
 *       keys and other sensitive data only masked.
 *   <li>{@link org.onewindow.crypto.mask.IdCardNumber} checks the 18-character resident ID number
 *       of GB 11643-1999 (check character by ISO 7064 MOD 11-2, and a real birth date), so that the
 *       text masker can tell ID numbers from other 18-digit numbers.
 *   <li>{@link org.onewindow.crypto.mask.PersonNames} forms the name shown from its family and
 *       given parts: 王建国 (family first, no space) for Chinese names, John Smith for Latin ones —
 *       the form whose first character {@code Masking.name} keeps.
 * </ul>
 *
 * <p>Every mask keeps the value's length in code points and only replaces characters by {@code *}:
 * what is left can be aligned with the original, and nobody has to guess how many characters were
 * hidden. The package needs only the JDK.
 */
package org.onewindow.crypto.mask;
