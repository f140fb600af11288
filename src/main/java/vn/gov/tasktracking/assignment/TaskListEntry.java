package vn.gov.tasktracking.assignment;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.assignment.internal.TaskRegister;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * What a step's entry in Tasklist's list says besides the step's name: the register number (or the
 * inspection's code) with the content shortened, the lead unit, and the deadline as a date.
 *
 * <p>Written as task-local variables when a step is created and whenever it changes (an extension
 * moves its due date), from Camunda's task events; the shared filters list them ({@code
 * AccessSetup.LIST_VARIABLES}). They are read-only labels: nothing reads them back.
 */
@Component
class TaskListEntry {

  static final String TITLE = "listTitle";
  static final String UNIT = "listUnit";
  static final String DEADLINE = "listDeadline";

  /** Long enough to tell tasks apart, short enough for one or two lines of the list. */
  static final int CONTENT_LENGTH = 90;

  private static final DateTimeFormatter DAY = VietnamTime.DATE;

  private final TaskRegister register;
  private final EngineClock clock;

  TaskListEntry(TaskRegister register, EngineClock clock) {
    this.register = register;
    this.clock = clock;
  }

  @EventListener(condition = "#task.eventName == 'create' || #task.eventName == 'update'")
  public void describe(DelegateTask task) {
    // What the entry says changes only with the due date (an extension): the follow-up date each
    // reminder moves, a claim or an assignment leave it as it is, without reading the register
    // again.
    if ("update".equals(task.getEventName())
        && task instanceof TaskEntity entity
        && !entity.getPropertyChanges().containsKey(TaskEntity.DUE_DATE)) {
      return;
    }
    String key = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (key == null) {
      return; // a free task or a process without a business key: the step's name says it all
    }
    String title = key;
    String unit = null;
    TaskView registered =
        key.startsWith("NV-") ? register.find(key, clock.today()).orElse(null) : null;
    if (registered != null) {
      title = key + " · " + shorten(registered.content());
      unit = registered.leadUnitName();
    } else if (task.getVariable("petitionSummary") instanceof String petition) {
      title = petitionTitle(key, petition);
    } else if (task.getVariable("inspectionSummary") instanceof String summary) {
      title = key + " · " + shorten(summary.lines().findFirst().orElse(""));
    }
    set(task, TITLE, title);
    set(task, UNIT, unit);
    set(
        task,
        DEADLINE,
        deadline(task.getDueDate(), registered == null ? null : registered.currentDeadline()));
  }

  private static void set(DelegateTask task, String name, String value) {
    if (value != null && !value.equals(task.getVariableLocal(name))) {
      task.setVariableLocal(name, value);
    }
  }

  /**
   * The step's own due date; for a step without one (the issuer's extension decision) the task's
   * deadline, which "Không có thời hạn" would misstate.
   */
  static String deadline(Date due, java.time.LocalDate taskDeadline) {
    return due == null && taskDeadline != null ? DAY.format(taskDeadline) : deadline(due);
  }

  static String deadline(Date due) {
    return due == null ? "Không có thời hạn" : DAY.format(due.toInstant().atZone(VietnamTime.ZONE));
  }

  /**
   * A petition's entry: its code and the petition itself (the summary's first line only says whose
   * and when).
   */
  static String petitionTitle(String key, String summary) {
    java.util.List<String> lines = summary.lines().filter(l -> !l.isBlank()).toList();
    return key
        + " · "
        + shorten(lines.size() > 1 ? String.join(" ", lines.subList(1, lines.size())) : summary);
  }

  static String shorten(String text) {
    String oneLine = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (oneLine.length() <= CONTENT_LENGTH) {
      return oneLine;
    }
    int cut = oneLine.lastIndexOf(' ', CONTENT_LENGTH - 1);
    return oneLine.substring(0, cut > CONTENT_LENGTH / 2 ? cut : CONTENT_LENGTH - 1) + "…";
  }
}
