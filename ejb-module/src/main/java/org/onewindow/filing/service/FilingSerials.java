package org.onewindow.filing.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.onewindow.filing.domain.FilingSerial;

/**
 * Makes sure a division's serial counter for a year exists, in a transaction of its own, so that
 * two nodes issuing the first record of a division at once both find one row to lock instead of one
 * failing on the other's insert. It creates a counter at zero and nothing else: no caller can learn
 * or change anything through it.
 */
@Stateless
@PermitAll
public class FilingSerials {

  @PersistenceContext(unitName = "onewindow")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String divisionCode, int year) {
    if (em.find(FilingSerial.class, new FilingSerial.Key(divisionCode, year)) != null) {
      return;
    }
    try {
      em.persist(new FilingSerial(divisionCode, year));
      em.flush();
    } catch (PersistenceException e) {
      // another node made it first: the row exists, which is all this asks
    }
  }
}
