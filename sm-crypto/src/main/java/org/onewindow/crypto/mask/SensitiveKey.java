package org.onewindow.crypto.mask;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The keys whose values {@link TextMasker} masks in {@code key=value} and {@code "key":"value"}
 * pairs, and how it masks each kind.
 *
 * <p>Keys are compared case-insensitively and without {@code _} or {@code -}, so realName,
 * real_name and REAL-NAME are the same key. Exact keys: name, realName (names); idCard, idNumber,
 * idNo, certNo (ID numbers); mobile, phone (phone numbers); address. Credentials — password,
 * passwd, pwd, secret, key, token — also match as the end of a longer key (accessToken, apiKey,
 * clientSecret, dbPassword), since 003 6.3.2.1 d names keys (密钥) and they come in many names; the
 * price is that a harmless cacheKey is hidden too.
 */
enum SensitiveKey {
  NAME(Masking::name),
  ID_NUMBER(Masking::idNumber),
  PHONE(SensitiveKey::phone),
  ADDRESS(Masking::address),
  /** Replaced by a fixed {@value #HIDDEN_CREDENTIAL}, so that not even its length shows. */
  CREDENTIAL(value -> SensitiveKey.HIDDEN_CREDENTIAL);

  static final String HIDDEN_CREDENTIAL = "******";

  private static final Map<String, SensitiveKey> EXACT =
      Map.ofEntries(
          Map.entry("name", NAME),
          Map.entry("realname", NAME),
          Map.entry("idcard", ID_NUMBER),
          Map.entry("idnumber", ID_NUMBER),
          Map.entry("idno", ID_NUMBER),
          Map.entry("certno", ID_NUMBER),
          Map.entry("mobile", PHONE),
          Map.entry("phone", PHONE),
          Map.entry("address", ADDRESS));

  private static final String[] CREDENTIAL_ENDINGS = {
    "password", "passwd", "pwd", "secret", "key", "token"
  };

  private final UnaryOperator<String> masker;

  SensitiveKey(UnaryOperator<String> masker) {
    this.masker = masker;
  }

  /** The kind of {@code key}, or {@code null} when its value may be logged as it is. */
  static SensitiveKey of(String key) {
    String normalized = key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    SensitiveKey exact = EXACT.get(normalized);
    if (exact != null) {
      return exact;
    }
    for (String ending : CREDENTIAL_ENDINGS) {
      if (normalized.endsWith(ending)) {
        return CREDENTIAL;
      }
    }
    return null;
  }

  /** A landline when it starts with an area code (0 but not 00), else a mobile. */
  private static String phone(String value) {
    String number = value.strip();
    boolean areaCode = number.startsWith("0") && !number.startsWith("00");
    return areaCode ? Masking.landline(value) : Masking.mobile(value);
  }

  String mask(String value) {
    return masker.apply(value);
  }
}
