package org.onewindow.web.console.interaction;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.Messages;
import org.onewindow.common.NotFoundException;
import org.onewindow.interaction.service.LexiconEntry;
import org.onewindow.interaction.service.SearchLexiconService;
import org.onewindow.web.console.ConsoleTexts;

/**
 * The search lexicon page (001 7.4): add a synonym group, a stop, banned or hot word, remove one.
 * In force on every node within a second of saving; the service holds the rule that only platform
 * administrators may.
 */
@Named
@ViewScoped
public class ManageSearchWords implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds, as the service names them. */
  public static final List<String> KINDS = List.of("SYNONYM", "STOP", "BANNED", "HOT");

  @EJB private SearchLexiconService lexicon;

  private String kind = "SYNONYM";
  private String word;
  private String synonyms;
  private List<LexiconEntry> words;

  public void add() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      LexiconEntry added = lexicon.add(kind, word, synonyms);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              ConsoleTexts.text(language(faces), "searchWord.added"),
              added.word()));
      word = null;
      synonyms = null;
      words = null;
    } catch (InvalidInputException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language(faces)), null));
      faces.validationFailed();
    }
  }

  public void remove(long id) {
    try {
      lexicon.remove(id);
    } catch (NotFoundException e) {
      // removed by someone else meanwhile: the list below shows the truth
    }
    words = null;
  }

  /** The console's language: the view's, which the template sets from the language switch. */
  private static Locale language(FacesContext faces) {
    return faces.getViewRoot() == null ? Messages.PLATFORM_LOCALE : faces.getViewRoot().getLocale();
  }

  public List<LexiconEntry> getWords() {
    if (words == null) {
      words = lexicon.list("");
    }
    return words;
  }

  public List<String> getKinds() {
    return KINDS;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getWord() {
    return word;
  }

  public void setWord(String word) {
    this.word = word;
  }

  public String getSynonyms() {
    return synonyms;
  }

  public void setSynonyms(String synonyms) {
    this.synonyms = synonyms;
  }
}
