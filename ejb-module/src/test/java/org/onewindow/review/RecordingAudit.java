package org.onewindow.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail, recorded: what the workflow reported, and whether as kept or refused. */
public final class RecordingAudit implements ReviewAudit {

  /** One record. */
  public record Entry(String event, String actor, String detail, Instant at, boolean refused) {}

  private final List<Entry> entries = new ArrayList<>();

  @Override
  public void moved(String event, String actor, String detail, Instant at) {
    entries.add(new Entry(event, actor, detail, at, false));
  }

  @Override
  public void refused(String event, String actor, String detail, Instant at) {
    entries.add(new Entry(event, actor, detail, at, true));
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  public List<String> events() {
    return entries.stream().map(Entry::event).toList();
  }

  public List<Entry> refusals() {
    return entries.stream().filter(Entry::refused).toList();
  }
}
