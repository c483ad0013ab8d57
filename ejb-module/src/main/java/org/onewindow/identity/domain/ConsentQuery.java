package org.onewindow.identity.domain;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.util.regex.Pattern;
import org.onewindow.common.InvalidInputException;

/**
 * The realm's question at a ticket exchange: may app {@code appKey} have {@code username}'s data,
 * and which fields? The body is {@code {"appKey":"app-…","username":"…"}}, nothing else read.
 *
 * @param appKey the app's key (its realm client id)
 * @param username the realm's username of the ticket's user
 */
public record ConsentQuery(String appKey, String username) {

  public static final int MAX_BYTES = 1024;

  private static final Pattern APP_KEY = Pattern.compile("[A-Za-z0-9._-]{1,63}");

  private static final JsonProvider JSON = JsonProvider.provider();

  /**
   * @throws InvalidInputException when the body is not such an object
   */
  public static ConsentQuery parse(byte[] body) {
    if (body.length > MAX_BYTES) {
      throw InvalidInputException.keyed("body", "identity.consent.queryInvalid");
    }
    JsonObject object;
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
      // Not JSON, or JSON that is not an object (the reader says so in either way).
      throw InvalidInputException.keyed("body", "identity.consent.queryInvalid");
    }
    if (!(object.get("appKey") instanceof JsonString app)
        || !(object.get("username") instanceof JsonString user)
        || !APP_KEY.matcher(app.getString()).matches()
        || user.getString().isBlank()
        || user.getString().length() > 255) {
      throw InvalidInputException.keyed("body", "identity.consent.queryInvalid");
    }
    return new ConsentQuery(app.getString(), user.getString());
  }
}
