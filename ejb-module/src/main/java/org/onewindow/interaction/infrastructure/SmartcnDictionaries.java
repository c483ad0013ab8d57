package org.onewindow.interaction.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * Loads smartcn's two dictionaries ({@code coredict.mem}, {@code bigramdict.mem}: Java-serialized
 * primitive arrays in its jar) before its segmenter asks for them. Its own loading reads them with
 * the JVM-wide deserialization filter, which WildFly's standalone.conf sets to {@code
 * maxarray=100000}: the bigram table alone is 402,137 longs, so the segmenter then fails with "Can
 * not find lexical dictionary directory" (seen in the first integration run). Here each stream gets
 * a filter of its own that lets primitive arrays through, however long, and nothing else — the
 * server's filter stays as it is for everything else. The singletons are put where smartcn's {@code
 * getInstance()} looks for them, under the same class lock.
 */
final class SmartcnDictionaries {

  private static final String PACKAGE = "org.apache.lucene.analysis.cn.smart.hhmm.";

  /** Primitive arrays of any length and up to three dimensions; no class at all. */
  private static final ObjectInputFilter PRIMITIVE_ARRAYS =
      info -> {
        if (info.depth() > 4) {
          return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
          return ObjectInputFilter.Status.ALLOWED;
        }
        while (type.isArray()) {
          type = type.getComponentType();
        }
        return type.isPrimitive()
            ? ObjectInputFilter.Status.ALLOWED
            : ObjectInputFilter.Status.REJECTED;
      };

  private static volatile boolean loaded;

  private SmartcnDictionaries() {}

  /** Loads both dictionaries once per class loader; later calls return at once. */
  static void load() {
    if (loaded) {
      return;
    }
    synchronized (SmartcnDictionaries.class) {
      if (loaded) {
        return;
      }
      try {
        install(
            "WordDictionary",
            "coredict.mem",
            "wordIndexTable",
            "charIndexTable",
            "wordItem_charArrayTable",
            "wordItem_frequencyTable");
        install("BigramDictionary", "bigramdict.mem", "bigramHashTable", "frequencyTable");
      } catch (ReflectiveOperationException | IOException e) {
        throw new IllegalStateException("smartcn's dictionaries cannot be loaded", e);
      }
      loaded = true;
    }
  }

  private static void install(String className, String resource, String... fields)
      throws ReflectiveOperationException, IOException {
    Class<?> type = Class.forName(PACKAGE + className);
    synchronized (type) { // smartcn's getInstance() is static synchronized
      Field single = type.getDeclaredField("singleInstance");
      single.setAccessible(true);
      if (single.get(null) != null) {
        return;
      }
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object dictionary = constructor.newInstance();
      try (InputStream in = type.getResourceAsStream(resource);
          ObjectInputStream objects = new ObjectInputStream(in)) {
        objects.setObjectInputFilter(PRIMITIVE_ARRAYS);
        for (String name : fields) {
          Field field = type.getDeclaredField(name);
          field.setAccessible(true);
          field.set(dictionary, objects.readObject());
        }
      }
      single.set(null, dictionary);
    }
  }
}
