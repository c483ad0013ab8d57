package org.onewindow.web.api.openapi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas of the answers' Java types, as JSON-B writes them: a record's components are its
 * members. SmallRye describes only the classes of the API's own archive; the views live in the EJB
 * module, which it does not index, so it would answer them as a bare {@code object}. Each record
 * becomes a named schema of the document's components, referenced where used.
 */
final class RecordSchemas {

  private final Components components;

  RecordSchemas(Components components) {
    this.components = components;
  }

  /** The schema of {@code type}: a reference for a record, inline for everything else. */
  Schema of(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).items(of(arguments[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema()
            .addType(SchemaType.OBJECT)
            .additionalPropertiesSchema(of(arguments[1]));
      }
      if (Optional.class.equals(raw)) {
        return of(arguments[0]);
      }
      return of(raw);
    }
    if (type instanceof GenericArrayType array) {
      return OASFactory.createSchema()
          .addType(SchemaType.ARRAY)
          .items(of(array.getGenericComponentType()));
    }
    if (!(type instanceof Class<?> cls)) {
      return OASFactory.createSchema();
    }
    if (cls.isArray()) {
      return OASFactory.createSchema().addType(SchemaType.ARRAY).items(of(cls.getComponentType()));
    }
    if (cls == boolean.class || cls == Boolean.class) {
      return simple(SchemaType.BOOLEAN, null);
    }
    if (cls == int.class || cls == Integer.class || cls == short.class || cls == Short.class) {
      return simple(SchemaType.INTEGER, "int32");
    }
    if (cls == long.class || cls == Long.class) {
      return simple(SchemaType.INTEGER, "int64");
    }
    if (cls == double.class || cls == Double.class || cls == float.class || cls == Float.class) {
      return simple(SchemaType.NUMBER, null);
    }
    if (cls == Instant.class || cls == OffsetDateTime.class) {
      return simple(SchemaType.STRING, "date-time");
    }
    if (cls == LocalDate.class) {
      return simple(SchemaType.STRING, "date");
    }
    if (cls.isEnum()) {
      return simple(SchemaType.STRING, null)
          .enumeration(
              Arrays.stream(cls.getEnumConstants()).map(c -> (Object) c.toString()).toList());
    }
    if (cls.isRecord()) {
      return record(cls);
    }
    if (Map.class.isAssignableFrom(cls)) {
      return OASFactory.createSchema().addType(SchemaType.OBJECT);
    }
    if (CharSequence.class.isAssignableFrom(cls)) {
      return simple(SchemaType.STRING, null);
    }
    return OASFactory.createSchema();
  }

  private Schema record(Class<?> type) {
    String name = name(type);
    if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
      Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT);
      // Registered first, so a record that contains itself refers to itself.
      components.addSchema(name, schema);
      for (RecordComponent component : type.getRecordComponents()) {
        schema.addProperty(component.getName(), of(component.getGenericType()));
      }
    }
    return OASFactory.createSchema().ref("#/components/schemas/" + name);
  }

  /**
   * The simple name; a nested record's with its outer class's: {@code
   * InterfaceStatistics_Snapshot}.
   */
  private static String name(Class<?> type) {
    return type.getEnclosingClass() == null
        ? type.getSimpleName()
        : name(type.getEnclosingClass()) + "_" + type.getSimpleName();
  }

  private static Schema simple(SchemaType type, String format) {
    Schema schema = OASFactory.createSchema().addType(type);
    return format == null ? schema : schema.format(format);
  }
}
