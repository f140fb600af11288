package vn.gov.tasktracking.assignment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.tasktracking.assignment.StatusClass;
import vn.gov.tasktracking.assignment.TaskExtension;
import vn.gov.tasktracking.assignment.TaskStatus;

/**
 * The whole record of one task ("Hồ sơ nhiệm vụ") as people read it: the directive, who carries the
 * task, its deadlines, its class today with the colour people expect (docs/domain.md), one timeline
 * newest first of everything the register's history tables hold, and its documents.
 *
 * @param colour green, amber, blue, orange (open, due within three working days), red, grey (no
 *     deadline) or none (withdrawn)
 * @param myStep the Tasklist step the caller must work on now, or null
 */
public record TaskRecord(
    String registerNumber,
    String content,
    boolean keyTask,
    Directive directive,
    Party leadUnit,
    List<Party> coordinatingUnits,
    Party officer,
    LocalDate assignedOn,
    LocalDate originalDeadline,
    LocalDate currentDeadline,
    List<TaskExtension> extensions,
    TaskStatus status,
    String statusLabel,
    StatusClass statusClass,
    String statusClassLabel,
    String colour,
    int progressPercent,
    LocalDate completedOn,
    LocalDate withdrawnOn,
    List<Event> timeline,
    List<Document> documents,
    Step myStep) {

  /**
   * {@code id} opens the directive with all its tasks (GET /api/directives/{id}); null for those
   * who may not.
   */
  public record Directive(
      Long id,
      String number,
      LocalDate issuedOn,
      String issuerName,
      String excerpt,
      Document document) {}

  /** A unit (code, name) or a person (username, full name). */
  public record Party(String key, String name) {}

  /**
   * One thing that happened.
   *
   * @param kind STATUS, PROGRESS, COORDINATION, SUBMISSION, REVIEW, EXTENSION_REQUEST,
   *     EXTENSION_DECISION, REMINDER, OVERDUE, ESCALATION, EXPLANATION_REQUEST, EXPLANATION
   * @param who the person, or null for what the system did by itself
   */
  public record Event(
      Instant at, String kind, String kindLabel, Party who, String text, Document document) {}

  public record Document(long id, String fileName, String label) {}

  public record Step(String id, String name) {}
}
