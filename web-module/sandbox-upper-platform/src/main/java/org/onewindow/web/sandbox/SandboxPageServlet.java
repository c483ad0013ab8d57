package org.onewindow.web.sandbox;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * SANDBOX {@code GET /sandbox-upper-platform/}: a page saying, first, that this is a sandbox, then
 * the batches it received (newest first) and the key it verifies with.
 */
@WebServlet(urlPatterns = "")
public class SandboxPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html; charset=UTF-8");
    PrintWriter page = response.getWriter();
    page.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">");
    page.println("<title>SANDBOX upper platform</title></head><body>");
    page.println("<h1>SANDBOX upper platform — not a real one</h1>");
    page.println(
        "<p>Stands in for the upper platform of the upward report (002 6.2 b–d) in demos and"
            + " tests. Key file: <code>"
            + escape(SandboxKeys.publicKeyFile().toString())
            + "</code> ("
            + (SandboxKeys.read(SandboxKeys.publicKeyFile()).isPresent()
                ? "published"
                : "not yet published: the platform makes it at its first report")
            + ").</p>");
    page.println("<table><caption>Batches received (newest first)</caption>");
    page.println(
        "<tr><th>At</th><th>Feed</th><th>Batch</th><th>Records</th><th>Rejected</th>"
            + "<th>Answer</th></tr>");
    for (SandboxState.Received batch : SandboxState.INSTANCE.received()) {
      page.println(
          "<tr><td>"
              + batch.at()
              + "</td><td>"
              + escape(batch.feed())
              + "</td><td>"
              + batch.batch()
              + "</td><td>"
              + batch.records()
              + "</td><td>"
              + batch.rejected()
              + "</td><td>"
              + escape(batch.outcome())
              + "</td></tr>");
    }
    page.println("</table></body></html>");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
