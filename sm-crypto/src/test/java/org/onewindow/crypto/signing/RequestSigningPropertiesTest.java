package org.onewindow.crypto.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.onewindow.crypto.replay.InMemoryNonceStore;
import org.onewindow.crypto.replay.MutableClock;
import org.onewindow.crypto.sm2.Sm2Keys;

/** Any body change breaks a signature; any order or spelling of the same query does not. */
class RequestSigningPropertiesTest {

  private static final Sm2Keys.Pair APP = Sm2Keys.generate();
  private static final String APP_KEY = "app-key-001";
  private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");
  private static final MutableClock CLOCK = new MutableClock(T0);
  private static final RequestSigner SIGNER = new RequestSigner(APP_KEY, APP.privateKey(), CLOCK);

  private static RequestVerifier verifier() {
    return new RequestVerifier(
        AppPublicKeys.of(Map.of(APP_KEY, APP.publicKey())),
        CLOCK,
        Duration.ofMinutes(5),
        new InMemoryNonceStore(CLOCK));
  }

  @Property
  void anyBodyBitFlipIsDetected(
      @ForAll @Size(min = 1, max = 300) byte[] body,
      @ForAll @IntRange(min = 0) int position,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    RequestParts sent = new RequestParts("POST", "/api/items", "a=1", body);
    SignatureHeaders signed = SIGNER.sign(sent);
    byte[] tampered = body.clone();
    tampered[position % tampered.length] ^= (byte) (1 << bit);
    RequestParts received = new RequestParts("POST", "/api/items", "a=1", tampered);

    RequestVerifier verifier = verifier();
    RequestRejectedException e =
        assertThrows(
            RequestRejectedException.class, () -> verifier.verify(received, signed.headers()));
    assertEquals(RequestError.BAD_SIGNATURE, e.error());
    verifier.verify(sent, signed.headers()); // the untouched body still verifies
  }

  @Property(tries = 300)
  void anyOrderAndSpellingOfTheSameQueryVerifies(
      @ForAll("parameters") List<String[]> parameters, @ForAll long seed) {
    // The app writes its parameters raw; the server receives them shuffled and fully escaped.
    String raw = parameters.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
    List<String[]> shuffled = new ArrayList<>(parameters);
    Collections.shuffle(shuffled, new Random(seed));
    String escaped =
        shuffled.stream()
            .map(p -> escapeAll(p[0]) + "=" + escapeAll(p[1]))
            .collect(Collectors.joining("&"));

    SignatureHeaders signed = SIGNER.sign(new RequestParts("GET", "/api/search", raw, null));
    verifier().verify(new RequestParts("GET", "/api/search", escaped, null), signed.headers());
  }

  @Provide
  Arbitrary<List<String[]>> parameters() {
    // No '%', '&', '=', '+' in raw text: those would change the meaning, not just the spelling.
    Arbitrary<String> text =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('-', '_', '.', '~', ' ', '/', '?', ':')
            .withCharRange('\u4e00', '\u9fa5')
            .ofMaxLength(12);
    return Combinators.combine(text, text).as((n, v) -> new String[] {n, v}).list().ofMaxSize(8);
  }

  /** Escapes every byte, unreserved ones too, in lower-case hex: legal, if odd. */
  private static String escapeAll(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append(String.format("%%%02x", b & 0xff));
    }
    return out.toString();
  }
}
