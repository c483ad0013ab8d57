package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onewindow.filing.infrastructure.Refusals.assertRefused;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.testing.Zips;

/** HarmonyOS packages: the stage model's module.json and the FA model's config.json. */
class HarmonyPackageReaderTest {

  @TempDir Path dir;

  private final HarmonyPackageReader reader = new HarmonyPackageReader();

  @Test
  void readsModuleJson() throws IOException {
    String json =
        """
        {"app": {"bundleName": "gov.example.permits", "versionCode": 1000002,
                 "versionName": "1.0.2", "minAPIVersion": 9, "targetAPIVersion": 12},
         "module": {"name": "entry", "type": "entry",
                    "requestPermissions": [{"name": "ohos.permission.INTERNET"},
                                           {"name": "ohos.permission.APPROXIMATELY_LOCATION",
                                            "reason": "$string:reason"},
                                           {"name": "ohos.permission.INTERNET"}, {"x": 1}, 7]}}
        """;
    Path hap =
        Zips.of()
            .entry("module.json", json)
            .entry("ets/modules.abc", "abc")
            .writeTo(dir.resolve("a.hap"));

    PackageFacts facts = reader.read(hap);

    assertEquals(PackagePlatform.HARMONY, facts.platform());
    assertEquals("gov.example.permits", facts.packageName());
    assertEquals(1000002, facts.versionCode());
    assertEquals("1.0.2", facts.versionName());
    assertEquals(9, facts.minSdk());
    assertEquals(
        List.of("ohos.permission.APPROXIMATELY_LOCATION", "ohos.permission.INTERNET"),
        facts.permissions());
  }

  @Test
  void readsTheFaModelsConfigJson() throws IOException {
    String json =
        """
        {"app": {"bundleName": "gov.example.old", "version": {"code": 3, "name": "1.3"},
                 "apiVersion": {"compatible": 5}},
         "module": {"reqPermissions": [{"name": "ohos.permission.CAMERA"}]}}
        """;
    Path hap = Zips.of().entry("config.json", json).writeTo(dir.resolve("a.hap"));

    PackageFacts facts = reader.read(hap);

    assertEquals("gov.example.old", facts.packageName());
    assertEquals(3, facts.versionCode());
    assertEquals("1.3", facts.versionName());
    assertEquals(5, facts.minSdk());
    assertEquals(List.of("ohos.permission.CAMERA"), facts.permissions());
  }

  @Test
  void missingOrWronglyTypedFieldsAreRefused() throws IOException {
    Path noName =
        Zips.of()
            .entry("module.json", "{\"app\": {\"versionCode\": 1}}")
            .writeTo(dir.resolve("a.hap"));
    Path badCode =
        Zips.of()
            .entry("module.json", "{\"app\": {\"bundleName\": \"x\", \"versionCode\": 1.5}}")
            .writeTo(dir.resolve("b.hap"));
    Path appIsArray = Zips.of().entry("module.json", "{\"app\": []}").writeTo(dir.resolve("c.hap"));

    assertRefused("missingField", () -> reader.read(noName));
    assertRefused("missingField", () -> reader.read(badCode));
    assertRefused("missingField", () -> reader.read(appIsArray));
  }

  @Test
  void brokenJsonAndAMissingModuleAreRefused() throws IOException {
    Path broken = Zips.of().entry("module.json", "{\"app\": ").writeTo(dir.resolve("a.hap"));
    Path array = Zips.of().entry("module.json", "[1, 2]").writeTo(dir.resolve("b.hap"));
    Path notUtf8 =
        Zips.of()
            .entry("module.json", new byte[] {'{', (byte) 0xc3, '}'})
            .writeTo(dir.resolve("c.hap"));
    Path none = Zips.of().entry("resources.index", "x").writeTo(dir.resolve("d.hap"));

    assertRefused("manifestUnreadable", () -> reader.read(broken));
    assertRefused("manifestUnreadable", () -> reader.read(array));
    assertRefused("manifestUnreadable", () -> reader.read(notUtf8));
    assertRefused("missingEntry", () -> reader.read(none));
  }

  @Test
  void aModuleJsonOverItsLimitIsRefused() throws IOException {
    byte[] large = new byte[HarmonyPackageReader.MAX_JSON_BYTES + 1];
    Path hap = Zips.of().entry("module.json", large).writeTo(dir.resolve("a.hap"));

    assertRefused("entryTooLarge", () -> reader.read(hap));
  }
}
