package org.onewindow.common;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and how many rows the whole list holds under the same filters, so a table can
 * show its pages without reading them all.
 *
 * @param rows the page's rows, in the order asked for
 * @param total how many rows all pages hold together
 */
public record ResultPage<T>(List<T> rows, long total) implements Serializable {

  public ResultPage {
    rows = List.copyOf(rows);
    if (total < rows.size()) {
      throw new IllegalArgumentException("total " + total + " < rows " + rows.size());
    }
  }

  /** The same page with each row mapped (an entity to its view). */
  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapping) {
    return new ResultPage<>(rows.stream().<R>map(mapping).toList(), total);
  }
}
