package org.onewindow.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The history table, in memory: every line kept, in order. */
public final class InMemoryHistory implements ReviewHistory {

  private final List<ReviewTransition> lines = new ArrayList<>();

  @Override
  public void keep(ReviewTransition transition) {
    lines.add(transition);
  }

  @Override
  public List<ReviewTransition> of(SubjectKind kind, long id) {
    return lines.stream()
        .filter(t -> t.getSubjectType().equals(kind.name()) && t.getSubjectId() == id)
        .sorted(Comparator.comparing(ReviewTransition::getAt))
        .toList();
  }

  @Override
  public Optional<Instant> firstReached(SubjectKind kind, long id, ReviewStatus status) {
    return of(kind, id).stream()
        .filter(t -> t.getTo() == status)
        .map(ReviewTransition::getAt)
        .findFirst();
  }

  @Override
  public Map<Long, Instant> firstReached(
      SubjectKind kind, Collection<Long> ids, ReviewStatus status) {
    Map<Long, Instant> first = new HashMap<>();
    for (Long id : ids) {
      firstReached(kind, id, status).ifPresent(at -> first.put(id, at));
    }
    return first;
  }

  /** Every line kept, oldest first. */
  public List<ReviewTransition> lines() {
    return List.copyOf(lines);
  }
}
