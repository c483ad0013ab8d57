package org.onewindow.web.console.appcenter;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onewindow.appcenter.service.SensitiveWordService;
import org.onewindow.appcenter.service.SensitiveWordView;
import org.onewindow.common.InvalidInputException;
import org.onewindow.common.NotFoundException;

/** The sensitive-word lexicon page (000 9.4.3 b): add and remove words. */
@Named
@ViewScoped
public class ManageSensitiveWords implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SensitiveWordService lexicon;

  private String word;
  private List<SensitiveWordView> words;

  public void add() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      SensitiveWordView added = lexicon.add(word);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, Texts.of(faces, "sensitiveWord.added"), added.word()));
      word = null;
      words = null;
    } catch (InvalidInputException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.refusal(faces, e), null));
      faces.validationFailed();
    }
  }

  public void remove(long id) {
    try {
      lexicon.remove(id);
    } catch (NotFoundException e) {
      // Removed by someone else meanwhile: the list below shows the truth.
    }
    words = null;
  }

  public List<SensitiveWordView> getWords() {
    if (words == null) {
      words = lexicon.list();
    }
    return words;
  }

  public String getWord() {
    return word;
  }

  public void setWord(String word) {
    this.word = word;
  }
}
