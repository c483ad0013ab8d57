package org.onewindow.filing.service;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.onewindow.filing.domain.Filing;
import org.onewindow.filing.domain.FilingRecord;
import org.onewindow.filing.domain.FilingSerial;
import org.onewindow.filing.domain.FilingSigningKey;
import org.onewindow.filing.domain.InstallPackage;
import org.onewindow.filing.domain.RecordFacts;

/**
 * Issues the filing record when a filing is approved (issue 18 item 3), in the approval's own
 * transaction: the next serial of the unit's division and year, the facts, the platform's SM2
 * signature. A record is valid from its issue for {@value #VALIDITY_PROPERTY} (an ISO-8601
 * duration, three years by default).
 */
@ApplicationScoped
public class FilingRecordIssuer {

  /** The system property that sets how long a new record is valid. */
  public static final String VALIDITY_PROPERTY = "onewindow.filing.record-validity";

  static final Duration DEFAULT_VALIDITY = Duration.ofDays(3 * 365);
  static final Duration MAX_VALIDITY = Duration.ofDays(10 * 365);

  /** Filing numbers count years in China Standard Time. */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @EJB private FilingSerials serials;

  @Inject FilingSigningKeys keys;

  @Inject Clock clock;

  FilingRecord issue(Filing filing) {
    // to the second: the canonical text keeps seconds, so the stored facts equal the signed ones
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    int year = now.atZone(CHINA).getYear();
    String division = filing.getDivisionCode();
    try {
      serials.ensure(division, year);
    } catch (EJBException e) {
      // made by another node at the same moment: it exists now
    }
    FilingSerial serial =
        em.find(
            FilingSerial.class,
            new FilingSerial.Key(division, year),
            LockModeType.PESSIMISTIC_WRITE);
    String number = RecordSigning.number(division, year, serial.next());
    FilingSigningKey key = keys.current();
    InstallPackage p = filing.getInstallPackage();
    RecordFacts facts =
        new RecordFacts(
            number,
            filing.getAppName(),
            filing.draft(FilingContacts::open).responsibleDepartment(),
            division,
            p.platform(),
            p.packageName(),
            p.versionName(),
            p.versionCode(),
            p.sm3Hex(),
            p.certificateSm3(),
            now,
            now,
            now.plus(validity()),
            key.getKeyId());
    FilingRecord record =
        new FilingRecord(filing.getId(), facts, RecordSigning.sign(keys.privateKey(key), facts));
    em.persist(record);
    return record;
  }

  /** The configured validity, or the default when unset or out of bounds (1 s – 10 years). */
  static Duration validity() {
    String text = System.getProperty(VALIDITY_PROPERTY, "").strip();
    if (text.isEmpty()) {
      return DEFAULT_VALIDITY;
    }
    try {
      Duration configured = Duration.parse(text);
      return configured.isNegative()
              || configured.isZero()
              || configured.compareTo(MAX_VALIDITY) > 0
          ? DEFAULT_VALIDITY
          : configured;
    } catch (DateTimeParseException e) {
      return DEFAULT_VALIDITY;
    }
  }
}
