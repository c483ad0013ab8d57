package org.onewindow.filing.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives of given entries, in the given order, for package tests. */
public final class Zips {

  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  public static Zips of() {
    return new Zips();
  }

  public Zips entry(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  public Zips entry(String name, String utf8) {
    return entry(name, utf8.getBytes(StandardCharsets.UTF_8));
  }

  public Path writeTo(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }
}
