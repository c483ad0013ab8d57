package org.onewindow.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.onewindow.appcenter.service.HallView;

/** The labels of an answer's views are read in the caller's language (issue 15 item 5). */
class LocalizedViewsTest {

  private static final HallView NATIONAL =
      new HallView(1, "national", "国家政务服务平台（国家厅）", "NATIONAL", "国家厅");

  @Test
  void anEnglishCallerReadsTheLabelsInEnglishTheDataAsItIs() {
    Object answer = filter("en", ApiResponse.ok(NATIONAL));
    HallView read = (HallView) ((ApiResponse<?>) answer).data();
    assertEquals("National hall", read.levelLabel());
    assertEquals("国家政务服务平台（国家厅）", read.name());
    assertEquals(0, ((ApiResponse<?>) answer).code());
  }

  @Test
  void listsAreReadItemByItem() {
    Object answer = filter("en-GB,zh;q=0.5", ApiResponse.ok(List.of(NATIONAL, NATIONAL)));
    List<?> read = (List<?>) ((ApiResponse<?>) answer).data();
    assertEquals(2, read.size());
    assertEquals("National hall", ((HallView) read.get(0)).levelLabel());
  }

  @Test
  void aChineseCallerOrNoneGetsTheAnswerAsTheServiceMadeIt() {
    ApiResponse<HallView> made = ApiResponse.ok(NATIONAL);
    assertSame(made, filter("zh-CN,en;q=0.8", made));
    assertSame(made, filter(null, made));
  }

  /** The entity after the filter ran for a request with {@code acceptLanguage}. */
  private static Object filter(String acceptLanguage, Object entity) {
    List<Locale> languages = AcceptLanguage.of(acceptLanguage).getAcceptableLanguages();
    ContainerRequestContext request =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("getAcceptableLanguages")) {
                    return languages;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    AtomicReference<Object> held = new AtomicReference<>(entity);
    ContainerResponseContext response =
        (ContainerResponseContext)
            Proxy.newProxyInstance(
                ContainerResponseContext.class.getClassLoader(),
                new Class<?>[] {ContainerResponseContext.class},
                (proxy, method, arguments) ->
                    switch (method.getName()) {
                      case "getEntity" -> held.get();
                      case "setEntity" -> {
                        held.set(arguments[0]);
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    new LocalizedViews().filter(request, response);
    return held.get();
  }
}
