package org.onewindow.web.sample;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * DEMO {@code GET|POST /sample-upstream/bus/line?city=&q=}: 全国线路查询 of 图4. A known line answers
 * {@code result_code 100} with its stops; an unknown one answers exactly 图4's body ({@code
 * error_code 211402}, 没有查询到数据); a missing parameter {@code result_code 102}.
 */
@WebServlet(urlPatterns = "/bus/line")
public class BusLineServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Lines the demo knows, by city and line. The names are fictitious. */
  private static final Map<String, String> LINES =
      Map.of(
          "北京/1", "四惠枢纽站—老山公交场站",
          "北京/110", "天安门东—百子湾",
          "上海/71", "延安东路外滩—申昆路枢纽站",
          "杭州/快线1号", "城站火车站—下沙江滨");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response);
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    String city = request.getParameter("city");
    String line = request.getParameter("q");
    String body;
    if (city == null || city.isBlank() || line == null || line.isBlank()) {
      body =
          "{\"process_response\":{\"result_code\":\"102\",\"error_code\":\"E001\","
              + "\"error_msg\":\"city 与 q 均为必填参数\",\"date\":\""
              + today()
              + "\"}}";
    } else {
      String stops = LINES.get(city.strip() + "/" + line.strip());
      body =
          stops == null
              ? "{\"reason\":\"没有查询到数据\",\"result\":null,\"error_code\":211402}"
              : "{\"process_response\":{\"result_code\":\"100\",\"date\":\""
                  + today()
                  + "\",\"items\":[{\"id\":\"15485\",\"line\":\""
                  + json(line.strip())
                  + "\",\"stops\":\""
                  + stops
                  + "\",\"name\":\"张建国\",\"mobile\":\"13900001234\"}]}}";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
