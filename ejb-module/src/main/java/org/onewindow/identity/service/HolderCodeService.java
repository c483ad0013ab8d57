package org.onewindow.identity.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.onewindow.common.BusyException;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;
import org.onewindow.common.Roles;
import org.onewindow.crypto.Sm3;
import org.onewindow.crypto.mask.Masking;
import org.onewindow.crypto.mask.PersonNames;
import org.onewindow.identity.domain.HolderCodeKey;
import org.onewindow.identity.domain.HolderCodeRules;
import org.onewindow.identity.domain.HolderCodeRules.Verdict;
import org.onewindow.identity.domain.HolderCodeToken;
import org.onewindow.identity.domain.HolderCodeUse;
import org.onewindow.identity.domain.VerificationQuota;
import org.onewindow.identity.infrastructure.QrPng;
import org.wildfly.security.http.oidc.JsonWebToken;

/**
 * Enterprise and personal codes (企业/个人码, 000 8.1.2 k): a signed-in holder gets a QR code carrying a
 * short-lived token the platform signs with SM2 ({@link HolderCodeToken}); anyone who scans it — a
 * counter clerk, a gate, a light app — has it verified here, without an account, and learns only
 * the holder's masked name and real-name level. A token is accepted once: a second scan is a copy.
 */
@Stateless
public class HolderCodeService {

  /** The token's place in the verification page's address: {@code …?t=<token>}. */
  private static final Pattern ADDRESS = Pattern.compile("https?://[!-~]{1,300}[?&]t=");

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final int PIXELS_PER_MODULE = 5;

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject HolderCodeKeys keys;

  /**
   * The verifiers' claimed slots, replicated to every node (ear/src/main/wildfly/sessions.cli; its
   * entries lapse after a minute). Its ConcurrentMap face is all this bean needs.
   */
  @Resource(lookup = "java:jboss/infinispan/cache/onewindow/holder-code-verifications")
  ConcurrentMap<String, Long> verifications;

  @Inject Clock clock;

  /**
   * A new code for the caller, for {@link HolderCodeRules#LIFETIME}: a person's code, or an
   * enterprise's for an enterprise user acting for it. Its QR code carries {@code
   * verificationAddress} followed by the token.
   *
   * @throws InvalidInputException when nobody is signed in, or the address is not an http(s)
   *     address ending in {@code t=}
   */
  @PermitAll
  public IssuedHolderCode issue(String verificationAddress) {
    Principal caller = session.getCallerPrincipal();
    if (caller == null || "anonymous".equals(caller.getName())) {
      throw InvalidInputException.keyed("holder", "identity.code.signInFirst");
    }
    String address = verificationAddress == null ? "" : verificationAddress.strip();
    if (!ADDRESS.matcher(address).matches()) {
      throw InvalidInputException.keyed("verificationAddress", "identity.code.address");
    }
    HolderCodeKey key = keys.current();
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    HolderCodeToken.Claims claims =
        new HolderCodeToken.Claims(
            key.getKeyId(),
            random16(),
            session.isCallerInRole(Roles.ENTERPRISE_USER)
                ? HolderCodeToken.Kind.ENTERPRISE
                : HolderCodeToken.Kind.PERSON,
            pseudonym(subject(caller)),
            Masking.name(displayName(caller)),
            level(caller),
            now,
            now.plus(HolderCodeRules.LIFETIME));
    String token = HolderCodeToken.sign(keys.privateKey(key), claims);
    String qrText = address + token;
    return new IssuedHolderCode(
        token,
        qrText,
        QrPng.of(qrText, PIXELS_PER_MODULE),
        claims.maskedName(),
        claims.level(),
        claims.issuedAt(),
        claims.expiresAt(),
        claims.expiresAt().minus(HolderCodeRules.REFRESH_BEFORE_EXPIRY));
  }

  /**
   * Verifies a scanned token: its signature, its time, and that it was not verified before — the
   * first verification of a token that stands uses it up. Old uses are dropped on the way. Each
   * verifier — the signed-in account, else {@code clientAddress} — has at most {@link
   * VerificationQuota#PER_MINUTE} verifications in any minute, cluster-wide.
   *
   * @param clientAddress the address the request came from (the page's or the API's caller)
   * @throws BusyException (003 Annex A 10019) when the verifier is over its limit: nothing is
   *     verified, and the token is not used up
   */
  @PermitAll
  public HolderCodeCheck verify(String token, String clientAddress) {
    Instant now = clock.instant();
    if (!new VerificationQuota(verifications).take(verifier(clientAddress), now)) {
      throw BusyException.keyed("identity.code.tooFrequent", VerificationQuota.PER_MINUTE);
    }
    Optional<HolderCodeToken.Parsed> parsed = HolderCodeToken.parse(token);
    Verdict verdict =
        HolderCodeRules.judge(
            parsed,
            parsed.flatMap(p -> keys.find(p.claims().keyId())).map(HolderCodeKeys::publicKey),
            now);
    if (verdict == Verdict.TAMPERED) {
      return new HolderCodeCheck(verdict, "", null, null, null, null, null, null, null);
    }
    HolderCodeToken.Claims claims = parsed.orElseThrow().claims();
    Instant firstUse = null;
    if (verdict == Verdict.VALID) {
      HolderCodeUse use = em.find(HolderCodeUse.class, claims.tokenId());
      if (use != null) {
        verdict = Verdict.REPLAYED;
        firstUse = use.getUsedAt();
      } else {
        em.persist(new HolderCodeUse(claims.tokenId(), now, claims.expiresAt()));
        em.flush(); // two nodes at once: the token id's key lets only one of them commit
      }
    }
    em.createQuery("delete from HolderCodeUse u where u.expiresAt < :before")
        .setParameter("before", now.minus(Duration.ofDays(1)))
        .executeUpdate();
    return new HolderCodeCheck(
        verdict,
        "",
        claims.kind().name(),
        claims.holder(),
        claims.maskedName(),
        claims.level(),
        claims.issuedAt(),
        claims.expiresAt(),
        firstUse);
  }

  /**
   * The PEM of a code signing key, to verify codes with one's own tools.
   *
   * @throws NotFoundException when the platform has no such key
   */
  @PermitAll
  public String publicKey(String keyId) {
    return keys.find(keyId)
        .map(HolderCodeKey::getPublicKeyPem)
        .orElseThrow(() -> NotFoundException.keyed("identity.code.keyUnknown"));
  }

  /** Who verifies: the signed-in account, else the client's address (003 6.2.4 b 限流). */
  private String verifier(String clientAddress) {
    Principal caller = session.getCallerPrincipal();
    if (caller != null && caller.getName() != null && !"anonymous".equals(caller.getName())) {
      return "account:" + caller.getName();
    }
    return "address:" + (clientAddress == null ? "" : clientAddress);
  }

  private static String random16() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The holder's pseudonym: the first 16 bytes of SM3 over the format line and the account's
   * subject, Base64url — the same for every code of one account, and no way back to it.
   */
  static String pseudonym(String subject) {
    byte[] digest =
        Sm3.digest((HolderCodeToken.FORMAT + "\n" + subject).getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
  }

  private static Optional<JsonWebToken> token(Principal caller) {
    return UserProfileService.token(caller);
  }

  private static String subject(Principal caller) {
    return token(caller).map(JsonWebToken::getSubject).orElse(caller.getName());
  }

  private static String displayName(Principal caller) {
    return token(caller)
        .map(
            t ->
                PersonNames.display(
                    t.getFamilyName(), t.getGivenName(), t.getName(), caller.getName()))
        .orElse(caller.getName());
  }

  /** The realm's real-name level (1 to 4), 1 when the token says none. */
  private static int level(Principal caller) {
    return UserProfileService.level(token(caller));
  }
}
