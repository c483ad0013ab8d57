package org.onewindow.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Checks a JSON value against the Java type it will be bound to, before any binding: JSON-B would
 * otherwise convert quietly ({@code "yes"} to false, {@code 1.5} to 1, {@code 12} to "12") and drop
 * members it does not know (a misspelt {@code sm2PublicKeyPem} would be ignored, the app created
 * without the key). Strings bind to strings and enums, booleans only to booleans, integers only
 * from integral numbers within range, records only from objects with no member they lack.
 */
final class JsonShape {

  private JsonShape() {}

  /**
   * Checks {@code value} against {@code type}.
   *
   * @throws BodyShapeException naming the first member at fault, as a path such as {@code
   *     requestParameters[0].required}
   */
  static void check(Type type, JsonValue value) {
    check(type, value, "");
  }

  private static void check(Type type, JsonValue value, String path) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (type instanceof Class<?> c && c.isPrimitive()) {
        throw refused("body.type.notNull", path);
      }
      return; // absent and null read the same: the services say what is required
    }
    Class<?> raw = rawClass(type);
    if (raw == String.class || raw.isEnum() || raw == Character.class || raw == char.class) {
      expect(value, JsonValue.ValueType.STRING, "body.type.string", path);
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        throw refused("body.type.boolean", path);
      }
    } else if (isIntegral(raw)) {
      expect(value, JsonValue.ValueType.NUMBER, "body.type.integer", path);
      checkIntegral(raw, (JsonNumber) value, path);
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      expect(value, JsonValue.ValueType.NUMBER, "body.type.number", path);
    } else if (raw.isRecord()) {
      expect(value, JsonValue.ValueType.OBJECT, "body.type.object", path);
      checkRecord(raw, value.asJsonObject(), path);
    } else if (Map.class.isAssignableFrom(raw)) {
      expect(value, JsonValue.ValueType.OBJECT, "body.type.object", path);
      Type values = typeArgument(type, 1);
      for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
        check(values, member.getValue(), join(path, member.getKey()));
      }
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      expect(value, JsonValue.ValueType.ARRAY, "body.type.array", path);
      Type elements = raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
      JsonArray array = value.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        check(elements, array.get(i), path + "[" + i + "]");
      }
    }
    // Anything else (JsonValue, Object): bound as it comes.
  }

  private static void checkRecord(Class<?> type, JsonObject object, String path) {
    RecordComponent[] components = type.getRecordComponents();
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      RecordComponent component = find(components, member.getKey());
      if (component == null) {
        throw refused("body.unknownMember", join(path, member.getKey()));
      }
      check(component.getGenericType(), member.getValue(), join(path, member.getKey()));
    }
  }

  private static RecordComponent find(RecordComponent[] components, String name) {
    for (RecordComponent component : components) {
      if (component.getName().equals(name)) {
        return component;
      }
    }
    return null;
  }

  private static boolean isIntegral(Class<?> raw) {
    return raw == Long.class
        || raw == long.class
        || raw == Integer.class
        || raw == int.class
        || raw == Short.class
        || raw == short.class
        || raw == Byte.class
        || raw == byte.class
        || raw == BigInteger.class;
  }

  private static void checkIntegral(Class<?> raw, JsonNumber number, String path) {
    BigDecimal decimal = number.bigDecimalValue();
    BigInteger integer;
    try {
      integer = decimal.toBigIntegerExact(); // 1.5 has a fraction: refused, never read as 1
    } catch (ArithmeticException e) {
      throw refused("body.type.integer", path);
    }
    if (raw == BigInteger.class) {
      return;
    }
    long min;
    long max;
    if (raw == Long.class || raw == long.class) {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    } else if (raw == Integer.class || raw == int.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else if (raw == Short.class || raw == short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    } else {
      min = Byte.MIN_VALUE;
      max = Byte.MAX_VALUE;
    }
    if (integer.compareTo(BigInteger.valueOf(min)) < 0
        || integer.compareTo(BigInteger.valueOf(max)) > 0) {
      throw refused("body.range", path);
    }
  }

  private static void expect(
      JsonValue value, JsonValue.ValueType expected, String key, String path) {
    if (value.getValueType() != expected) {
      throw refused(key, path);
    }
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class; // a type variable or wildcard: nothing to hold the value to
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static String join(String path, String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  private static BodyShapeException refused(String key, String path) {
    return new BodyShapeException(key, path.isEmpty() ? "body" : path);
  }
}
