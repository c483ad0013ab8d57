package org.onewindow.review;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onewindow.common.InvalidInputException;

/**
 * A kind of subject the review workflow knows — an interface, an app; later a filing, a licence, a
 * matter — as the capability that owns it declares it: the name kept in the history and in other
 * capabilities' tables (upper case, at most 16 characters: the {@code subject_type} columns), and
 * the Chinese noun messages use. Two kinds are the same kind when their names are.
 *
 * @param name the stored name, e.g. {@code INTERFACE}
 * @param label the noun in messages, e.g. 「接口」
 */
public record SubjectKind(String name, String label) implements Serializable {

  /** Upper-case letters, digits and underscores, starting with a letter: a column's worth. */
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

  public SubjectKind {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a subject kind name: " + name);
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a subject kind needs a label: " + name);
    }
  }

  /** How the API spells the kind: {@code interface}, {@code app}, {@code licence-change}. */
  public String apiName() {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The kind a request names among {@code known} (its API spelling or its stored name, any case,
   * blanks around it).
   *
   * @throws InvalidInputException for anything else, naming the field {@code subjectType} and the
   *     spellings it accepts
   */
  public static SubjectKind parse(String text, Collection<SubjectKind> known) {
    if (text != null) {
      String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (SubjectKind kind : known) {
        if (kind.name.equals(wanted)) {
          return kind;
        }
      }
    }
    throw new InvalidInputException("subjectType", "subjectType 应为 " + spellings(known));
  }

  /** 「interface 或 app」, 「interface、app 或 filing」. */
  private static String spellings(Collection<SubjectKind> known) {
    List<String> names = known.stream().map(SubjectKind::apiName).toList();
    if (names.size() < 2) {
      return String.join("", names);
    }
    return String.join("、", names.subList(0, names.size() - 1))
        + " 或 "
        + names.get(names.size() - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubjectKind kind && kind.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
