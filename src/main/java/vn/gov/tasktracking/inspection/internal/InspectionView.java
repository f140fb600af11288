package vn.gov.tasktracking.inspection.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.tasktracking.assignment.StatusClass;

/**
 * One inspection as the record holds it: plan, frozen figures, the unit's report, findings,
 * conclusion, petitions.
 */
public record InspectionView(
    long id,
    String code,
    String unit,
    String unitName,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate visitDate,
    LocalDate reportDueOn,
    Person leader,
    List<Person> members,
    String content,
    InspectionStatus status,
    String statusLabel,
    Plan plan,
    Figures figures,
    Report report,
    List<Finding> findings,
    Conclusion conclusion,
    List<Petition> petitions) {

  public record Person(String username, String fullName) {}

  public record Plan(
      String plannedBy,
      Instant plannedAt,
      String decidedBy,
      Instant decidedAt,
      boolean amended,
      String comment) {}

  /**
   * Frozen when the plan was approved: classes at {@code referenceDate} of the tasks assigned in
   * the period.
   */
  public record Figures(
      LocalDate referenceDate,
      Instant computedAt,
      InspectionFigures.Counts counts,
      List<LateTask> lateTasks) {}

  public record LateTask(
      String registerNumber,
      String content,
      LocalDate assignedOn,
      LocalDate deadline,
      LocalDate completedOn,
      StatusClass statusClass,
      String statusClassLabel,
      String registerExplanation,
      String unitExplanation) {}

  public record Report(
      ReportStatus status,
      String statusLabel,
      String submittedBy,
      Instant submittedAt,
      String keyResults,
      String difficulties,
      String causes) {}

  public record Finding(String member, String memberName, String finding, Instant recordedAt) {}

  public record Conclusion(
      String number,
      LocalDate concludedOn,
      String concludedBy,
      String assessment,
      List<Requirement> requirements,
      int requirementsDone) {}

  /** A requirement and its task in the register; {@code done} when the register says completed. */
  public record Requirement(
      int position,
      String content,
      LocalDate deadline,
      String registerNumber,
      String taskStatus,
      String taskStatusLabel,
      boolean done) {}

  public record Petition(
      long id,
      int position,
      String content,
      String decider,
      String deciderName,
      String answer,
      String answeredBy,
      Instant answeredAt) {}

  /** A line of a list of inspections. */
  public record Summary(
      long id,
      String code,
      String unit,
      String unitName,
      LocalDate periodFrom,
      LocalDate periodTo,
      LocalDate visitDate,
      String leader,
      InspectionStatus status,
      String statusLabel,
      ReportStatus reportStatus,
      String conclusionNumber) {}
}
