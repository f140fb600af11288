package vn.gov.tasktracking.assignment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.tasktracking.assignment.TaskStatus;
import vn.gov.tasktracking.assignment.TaskView;

/** Everything the register keeps about one task besides its current state. */
public record TaskHistory(
    TaskView task,
    List<StatusChange> statusChanges,
    List<ProgressUpdate> progress,
    List<CoordinationInput> coordination,
    List<Submission> submissions,
    List<Explanation> explanations) {

  /** An explanation the unit owed for the delay; {@code explanation} is null until given. */
  public record Explanation(
      Instant requestedAt, String explanation, String givenBy, Instant givenAt) {}

  public record StatusChange(
      TaskStatus status, String label, Instant changedAt, String changedBy, String note) {}

  public record ProgressUpdate(int percent, String note, Instant recordedAt, String recordedBy) {}

  public record CoordinationInput(String unit, String input, String givenBy, Instant givenAt) {}

  public record Submission(
      long id,
      LocalDate submittedOn,
      Instant submittedAt,
      String submittedBy,
      String resultText,
      String documentRef,
      Long documentId,
      String outcome,
      String decidedBy,
      Instant decidedAt,
      String comment) {}
}
