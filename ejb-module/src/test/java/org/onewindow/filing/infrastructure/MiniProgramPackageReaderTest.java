package org.onewindow.filing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.onewindow.filing.infrastructure.Refusals.assertRefused;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.filing.domain.PackageFacts;
import org.onewindow.filing.domain.PackagePlatform;
import org.onewindow.filing.testing.Zips;

/** Mini-program projects: the app id of project.config.json, the privacy scopes of app.json. */
class MiniProgramPackageReaderTest {

  private static final String APP_JSON =
      """
      {"pages": ["pages/index/index"],
       "permission": {"scope.userLocation": {"desc": "办事网点导航"}},
       "requiredPrivateInfos": ["getLocation", "chooseAddress"]}
      """;

  @TempDir Path dir;

  private final MiniProgramPackageReader reader = new MiniProgramPackageReader();

  @Test
  void readsTheAppIdAndThePrivacyScopesAtTheRoot() throws IOException {
    Path zip =
        Zips.of()
            .entry(
                "project.config.json",
                "{\"appid\": \"wx0123456789abcdef\", \"version\": \"2.1.0\"}")
            .entry("app.json", APP_JSON)
            .entry("pages/index/index.js", "Page({})")
            .writeTo(dir.resolve("mp.zip"));

    PackageFacts facts = reader.read(zip);

    assertEquals(PackagePlatform.MINI_PROGRAM, facts.platform());
    assertEquals("wx0123456789abcdef", facts.packageName());
    assertEquals("2.1.0", facts.versionName());
    assertEquals(0, facts.versionCode());
    assertEquals(
        List.of("chooseAddress", "getLocation", "scope.userLocation"), facts.permissions());
  }

  @Test
  void readsAProjectInOneTopFolderWithItsMiniprogramRoot() throws IOException {
    Path zip =
        Zips.of()
            .entry(
                "permits/project.config.json",
                "{\"appid\": \"wxfeed\", \"miniprogramRoot\": \"./miniprogram/\"}")
            .entry("permits/miniprogram/app.json", APP_JSON)
            .entry("__MACOSX/permits/project.config.json", "junk")
            .writeTo(dir.resolve("mp.zip"));

    PackageFacts facts = reader.read(zip);

    assertEquals("wxfeed", facts.packageName());
    assertNull(facts.versionName());
    assertEquals(3, facts.permissions().size());
  }

  @Test
  void aMiniprogramRootThatLeavesTheProjectIsIgnored() throws IOException {
    Path zip =
        Zips.of()
            .entry("project.config.json", "{\"appid\": \"wx1\", \"miniprogramRoot\": \"../x/\"}")
            .entry("app.json", APP_JSON)
            .writeTo(dir.resolve("mp.zip"));

    assertEquals(3, reader.read(zip).permissions().size());
  }

  @Test
  void noProjectConfigOrNoAppIdIsRefused() throws IOException {
    Path none = Zips.of().entry("app.json", APP_JSON).writeTo(dir.resolve("a.zip"));
    Path noAppId =
        Zips.of().entry("project.config.json", "{\"appid\": \" \"}").writeTo(dir.resolve("b.zip"));
    Path broken =
        Zips.of().entry("project.config.json", "{appid: wx}").writeTo(dir.resolve("c.zip"));

    assertRefused("missingEntry", () -> reader.read(none));
    assertRefused("missingField", () -> reader.read(noAppId));
    assertRefused("manifestUnreadable", () -> reader.read(broken));
  }
}
