package org.onewindow.web.api;

import jakarta.ws.rs.BadRequestException;
import java.util.Locale;

/**
 * A request body {@link StrictJsonReader} will not read, as the JAX-RS runtime expects a reader to
 * refuse (a {@link BadRequestException}); {@link RefusedBodyMapper} answers it 400 20000 in the
 * caller's language, naming the field.
 */
public class RefusedBodyException extends BadRequestException {

  private static final long serialVersionUID = 1L;

  private final BodyShapeException shape;

  public RefusedBodyException(BodyShapeException shape) {
    super(shape.getMessage(), shape);
    this.shape = shape;
  }

  /** The message in {@code locale}'s language. */
  public String message(Locale locale) {
    return shape.message(locale);
  }
}
