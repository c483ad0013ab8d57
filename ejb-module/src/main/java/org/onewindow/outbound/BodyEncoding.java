package org.onewindow.outbound;

/** How a POST carries its parameters; a GET always puts them in the query (000 9.4.2 示例7). */
public enum BodyEncoding {
  /** {@code application/x-www-form-urlencoded}, as an HTML form posts. */
  FORM("application/x-www-form-urlencoded; charset=UTF-8"),
  /** One JSON object whose members are the parameters, each value a string. */
  JSON("application/json; charset=UTF-8");

  private final String contentType;

  BodyEncoding(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }
}
