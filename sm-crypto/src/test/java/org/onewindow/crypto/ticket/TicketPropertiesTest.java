package org.onewindow.crypto.ticket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.replay.MutableClock;
import org.onewindow.crypto.sm2.Sm2Keys;
import org.onewindow.crypto.sm4.Sm4Key;

/** Tickets round-trip any user info, and no single flipped bit ever gets a ticket opened. */
class TicketPropertiesTest {

  private static final Sm2Keys.Pair PLATFORM = Sm2Keys.generate();
  private static final Sm4Key APP_KEY = Sm4Key.generate();
  private static final String APP_ID = "gd-app-001";
  private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");
  private static final Duration TTL = Duration.ofMinutes(5);
  private static final TicketSealer SEALER = new TicketSealer(PLATFORM.privateKey());

  private static TicketOpener opener() {
    MutableClock clock = new MutableClock(T0.plusSeconds(1));
    return new TicketOpener(
        PLATFORM.publicKey(),
        APP_ID,
        APP_KEY,
        clock,
        Duration.ofSeconds(30),
        new InMemoryNonceStore(clock));
  }

  @Property
  void anySingleBitFlipIsRejected(
      @ForAll @Size(max = 200) byte[] userInfo,
      @ForAll @IntRange(min = 0) int position,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    byte[] ticket =
        SEALER.seal(APP_ID, APP_KEY, userInfo, T0, TTL).getBytes(StandardCharsets.ISO_8859_1);
    ticket[position % ticket.length] ^= (byte) (1 << bit);
    String flipped = new String(ticket, StandardCharsets.ISO_8859_1);

    TicketRejectedException e =
        assertThrows(TicketRejectedException.class, () -> opener().open(flipped));
    // It fails on form or signature, before any user info is decrypted.
    assertTrue(Set.of(TicketError.MALFORMED, TicketError.BAD_SIGNATURE).contains(e.error()));
  }

  @Property(tries = 200)
  void anyBytesRoundTrip(@ForAll @Size(max = 2000) byte[] userInfo) {
    assertArrayEquals(
        userInfo, opener().open(SEALER.seal(APP_ID, APP_KEY, userInfo, T0, TTL)).userInfo());
  }

  @Property(tries = 200)
  void anyClaimsRoundTrip(@ForAll("claims") Map<String, String> claims) {
    assertEquals(claims, opener().open(SEALER.seal(APP_ID, APP_KEY, claims, T0, TTL)).claims());
  }

  @Property(tries = 200)
  void anyClaimsRoundTripAsJson(@ForAll("claims") Map<String, String> claims) {
    assertEquals(claims, opener().open(SEALER.sealJson(APP_ID, APP_KEY, claims, T0, TTL)).claims());
  }

  @Provide
  Arbitrary<Map<String, String>> claims() {
    // ASCII, common hanzi and a few characters outside the BMP (surrogate pairs in Java).
    Arbitrary<String> text =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('\u4e00', '\u9fa5')
            .ofMaxLength(30)
            .injectDuplicates(0.1);
    Arbitrary<String> rare = Arbitraries.of("𠀀", "𪚥", "😀");
    Arbitrary<String> value = Arbitraries.oneOf(text, rare, text.map(s -> s + "𠀀"));
    return Arbitraries.maps(value.filter(s -> !s.isEmpty()), value).ofMaxSize(12);
  }
}
