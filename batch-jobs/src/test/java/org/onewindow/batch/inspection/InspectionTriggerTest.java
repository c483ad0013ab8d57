package org.onewindow.batch.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.onewindow.inspection.service.InspectionScheduleService;

/**
 * The tick on every node: only the node the singleton policy elected asks for due subjects (and so
 * may start the job); a standby node does nothing.
 */
class InspectionTriggerTest {

  /** Counts the trigger's questions; nothing is ever due, so no job starts. */
  private static final class CountingSchedules extends InspectionScheduleService {
    int asked;

    @Override
    public boolean anythingDue() {
      asked++;
      return false;
    }
  }

  private final CountingSchedules schedules = new CountingSchedules();

  private InspectionTrigger triggerOn(boolean primary) throws ReflectiveOperationException {
    InspectionTrigger trigger = new InspectionTrigger();
    Field field = InspectionTrigger.class.getDeclaredField("schedules");
    field.setAccessible(true);
    field.set(trigger, schedules);
    trigger.primary = () -> primary;
    return trigger;
  }

  @Test
  void aStandbyNodesTickAsksNothing() throws ReflectiveOperationException {
    triggerOn(false).tick();

    assertEquals(0, schedules.asked);
  }

  @Test
  void thePrimarysTickLooksForDueSubjects() throws ReflectiveOperationException {
    triggerOn(true).tick();

    assertEquals(1, schedules.asked);
  }

  @Test
  void aNodeStartsStandbyUntilTheElectionReachesIt() throws ReflectiveOperationException {
    InspectionTrigger trigger = triggerOn(false);
    trigger.primary = new InspectionTrigger().primary;

    trigger.tick();

    assertEquals(0, schedules.asked);
  }
}
