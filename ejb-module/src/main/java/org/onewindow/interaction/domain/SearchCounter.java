package org.onewindow.interaction.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named number the nodes share: the implementation feed's cursor ({@link #FEED}, the last change
 * the index took in) and the lexicon's version ({@link #LEXICON}, one more for each change, which a
 * node compares with the one it read its lexicon at).
 */
@Entity
@Table(name = "ow_search_counter")
public class SearchCounter {

  public static final String FEED = "matter-feed";
  public static final String LEXICON = "lexicon";

  @Id
  @Column(name = "name", nullable = false, length = 32)
  private String name;

  @Column(name = "counter_value", nullable = false)
  private long value;

  protected SearchCounter() {
    // for JPA
  }

  public SearchCounter(String name) {
    this.name = name;
  }

  public long getValue() {
    return value;
  }

  public void setValue(long value) {
    this.value = value;
  }

  public String getName() {
    return name;
  }
}
