package vn.gov.tasktracking.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Role;

/**
 * One task of the register as people read it, with its class at the reference date asked for.
 * {@code overdueSince} is when the deadline watch marked it overdue; {@code escalatedAt} when its
 * issuer was told and its unit flagged for the working group. {@code directive} names the directive
 * with its date (numbers restart each year); the deadlines are the days the task is due, the {@code
 * *AsWritten} ones as the documents wrote them, and {@code deadlineText} shows both when they
 * differ (Civil Code art. 148).
 */
public record TaskView(
    long id,
    String registerNumber,
    String content,
    long directiveId,
    String directiveNumber,
    LocalDate directiveIssuedOn,
    IssuerKind issuerKind,
    String issuerKey,
    String issuerName,
    String leadUnit,
    String leadUnitName,
    List<String> coordinatingUnits,
    boolean keyTask,
    LocalDate assignedOn,
    LocalDate originalDeadline,
    LocalDate currentDeadline,
    TaskStatus status,
    String statusLabel,
    StatusClass statusClass,
    String statusClassLabel,
    String officer,
    int progressPercent,
    Instant lastProgressAt,
    LocalDate completedOn,
    LocalDate withdrawnOn,
    String processInstanceId,
    Instant overdueSince,
    Instant escalatedAt,
    String directive,
    LocalDate originalDeadlineAsWritten,
    LocalDate deadlineAsWritten,
    String deadlineText) {

  /**
   * Who decides for the one who gave the task (extensions, escalations, the result's acceptance):
   * the Vice-Chairman who gave it, else the Chairman. Whether the caller is one of them: {@code
   * security.AccessPolicy#decidesForIssuer}.
   */
  public List<String> issuerDeciders(DirectoryService directory) {
    if (issuerKind == IssuerKind.VICE_CHAIRMAN && issuerKey != null) {
      return List.of(issuerKey);
    }
    return directory.usernamesWithRoles(null, Role.CHAIRMAN);
  }

  public TaskView withCoordinatingUnits(List<String> units) {
    return new TaskView(
        id,
        registerNumber,
        content,
        directiveId,
        directiveNumber,
        directiveIssuedOn,
        issuerKind,
        issuerKey,
        issuerName,
        leadUnit,
        leadUnitName,
        List.copyOf(units),
        keyTask,
        assignedOn,
        originalDeadline,
        currentDeadline,
        status,
        statusLabel,
        statusClass,
        statusClassLabel,
        officer,
        progressPercent,
        lastProgressAt,
        completedOn,
        withdrawnOn,
        processInstanceId,
        overdueSince,
        escalatedAt,
        directive,
        originalDeadlineAsWritten,
        deadlineAsWritten,
        deadlineText);
  }
}
