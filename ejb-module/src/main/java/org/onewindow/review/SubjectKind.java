package org.onewindow.review;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Labelled;
import org.onewindow.common.Messages;

/**
 * A kind of subject the review workflow knows — an interface, an app; later a filing, a licence, a
 * matter — as the capability that owns it declares it: the name kept in the history and in other
 * capabilities' tables (upper case, at most 16 characters: the {@code subject_type} columns), and
 * the Chinese noun messages use. Two kinds are the same kind when their names are.
 *
 * @param name the stored name, e.g. {@code INTERFACE}
 * @param labelKey the key of the noun in messages (its capability's bundle), e.g. {@code
 *     appcenter.subjectKind.INTERFACE} for 「接口」; a text without a key reads as itself
 */
public record SubjectKind(String name, String labelKey) implements Labelled, Serializable {

  /** Upper-case letters, digits and underscores, starting with a letter: a column's worth. */
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

  public SubjectKind {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a subject kind name: " + name);
    }
    if (labelKey == null || labelKey.isBlank()) {
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
    throw InvalidInputException.keyed(
        "subjectType", "review.subjectType.unknown", spellings(known));
  }

  /** 「interface 或 app」, 「interface、app 或 filing」: read in the caller's language. */
  private static Object spellings(Collection<SubjectKind> known) {
    List<String> names = known.stream().map(SubjectKind::apiName).toList();
    return names.size() < 2 ? String.join("", names) : new Choices(names);
  }

  /** Two or more spellings, listed as the reader's language lists them. */
  private record Choices(List<String> names) implements Labelled, Serializable {

    @Override
    public String labelKey() {
      return "review.subjectType.choices";
    }

    @Override
    public String label(Locale locale) {
      String separator = Messages.text("review.subjectType.separator", locale);
      List<String> head = names.subList(0, names.size() - 1);
      return Messages.text(
          labelKey(), locale, String.join(separator, head), names.get(names.size() - 1));
    }
  }

  /**
   * The noun in the platform's language (records, and views until {@link
   * org.onewindow.common.Localized#in} reads them in the reader's).
   */
  public String label() {
    return label(Messages.PLATFORM_LOCALE);
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
