package org.onewindow.interaction.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * smartcn's dictionaries loaded past a server-wide deserialization filter like WildFly's ({@code
 * maxarray=100000}), which its own loading cannot pass.
 */
class SmartcnDictionariesTest {

  @Test
  void theServersFilterRefusesTheBigramTableSoTheDictionariesAreLoadedWithAFilterOfTheirOwn()
      throws Exception {
    ObjectInputFilter wildfly = ObjectInputFilter.Config.createFilter("maxarray=100000");
    try (ObjectInputStream in =
        new ObjectInputStream(
            Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.BigramDictionary")
                .getResourceAsStream("bigramdict.mem"))) {
      in.setObjectInputFilter(wildfly);
      assertThrows(InvalidClassException.class, in::readObject);
    }
    SmartcnDictionaries.load();
    Class<?> type = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.BigramDictionary");
    Field single = type.getDeclaredField("singleInstance");
    single.setAccessible(true);
    assertNotNull(single.get(null));
    assertEquals(
        List.of("不动产", "登记证", "明"), SearchAnalyzersTest.tokens(SearchAnalyzers.words(), "不动产登记证明"));
  }

  @Test
  void onlyPrimitiveArraysPass() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(List.of("x")));
    }
    // the loader's filter, applied to a stream holding a class: refused
    Field filter;
    try {
      filter = SmartcnDictionaries.class.getDeclaredField("PRIMITIVE_ARRAYS");
      filter.setAccessible(true);
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        in.setObjectInputFilter((ObjectInputFilter) filter.get(null));
        assertThrows(InvalidClassException.class, in::readObject);
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
