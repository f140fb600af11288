package vn.gov.tasktracking.inspection.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.tasktracking.assignment.RegisterLookup;
import vn.gov.tasktracking.assignment.StatusClass;
import vn.gov.tasktracking.assignment.TaskStatus;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;

/** The inspection tables (V8__inspection.sql). */
@Repository
public class InspectionStore {

  /** The row of an inspection with its plan, frozen counts, report and conclusion header. */
  public record Row(
      long id,
      String unit,
      String unitName,
      LocalDate periodFrom,
      LocalDate periodTo,
      LocalDate visitDate,
      LocalDate reportDueOn,
      String leader,
      String content,
      InspectionStatus status,
      String processInstanceId,
      InspectionView.Plan plan,
      LocalDate figuresReferenceDate,
      Instant figuresComputedAt,
      InspectionFigures.Counts counts,
      InspectionView.Report report,
      String conclusionNumber,
      LocalDate concludedOn,
      String concludedBy,
      String assessment) {

    public String code() {
      return InspectionService.code(id);
    }

    public ReportStatus reportStatus() {
      return report.status();
    }
  }

  public record PetitionRow(
      long id,
      long inspectionId,
      int position,
      String content,
      String decider,
      String answer,
      String answeredBy,
      Instant answeredAt) {}

  private final JdbcClient jdbc;
  private final RegisterLookup register;

  public InspectionStore(JdbcClient jdbc, RegisterLookup register) {
    this.jdbc = jdbc;
    this.register = register;
  }

  public long insert(InspectionRequests.Plan plan, LocalDate reportDueOn, String by, Instant at) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into inspection (unit_code, period_from, period_to, visit_date, report_due_on, leader_username, content,
                                    status, planned_by, planned_at, report_status)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            plan.unit().trim(),
            plan.periodFrom(),
            plan.periodTo(),
            plan.visitDate(),
            reportDueOn,
            plan.leader().trim(),
            plan.content().trim(),
            InspectionStatus.PLANNED.name(),
            by,
            Timestamp.from(at),
            ReportStatus.PENDING.name())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    replaceMembers(id, plan.members());
    return id;
  }

  public void replaceMembers(long id, List<String> members) {
    jdbc.sql("delete from inspection_member where inspection_id = ?").param(id).update();
    for (int i = 0; i < members.size(); i++) {
      jdbc.sql("insert into inspection_member (inspection_id, position, username) values (?, ?, ?)")
          .params(id, i + 1, members.get(i).trim())
          .update();
    }
  }

  public void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("update inspection set process_instance_id = ? where id = ?")
        .params(processInstanceId, id)
        .update();
  }

  public void decidePlan(
      long id,
      boolean amended,
      LocalDate visitDate,
      LocalDate reportDueOn,
      String content,
      String comment,
      String by,
      Instant at) {
    jdbc.sql(
            """
            update inspection set visit_date = ?, report_due_on = ?, content = ?, plan_amended = ?, plan_comment = ?,
                                  plan_decided_by = ?, plan_decided_at = ?, status = ? where id = ?""")
        .params(
            visitDate,
            reportDueOn,
            content,
            amended,
            comment,
            by,
            Timestamp.from(at),
            InspectionStatus.AWAITING_REPORT.name(),
            id)
        .update();
  }

  public void freezeFigures(
      long id,
      LocalDate referenceDate,
      Instant at,
      InspectionFigures.Counts c,
      List<InspectionFigures.LateTask> late) {
    jdbc.sql(
            """
            update inspection set figures_reference_date = ?, figures_computed_at = ?, total_tasks = ?, completed_on_time = ?,
                   completed_before_deadline = ?, completed_late = ?, completed_no_deadline = ?, open_within_deadline = ?,
                   open_overdue = ?, open_no_deadline = ?, withdrawn = ? where id = ?""")
        .params(
            referenceDate,
            Timestamp.from(at),
            c.total(),
            c.completedOnTime(),
            c.completedBeforeDeadline(),
            c.completedLate(),
            c.completedNoDeadline(),
            c.openWithinDeadline(),
            c.openOverdue(),
            c.openNoDeadline(),
            c.withdrawn(),
            id)
        .update();
    jdbc.sql("delete from inspection_late_task where inspection_id = ?").param(id).update();
    for (InspectionFigures.LateTask t : late) {
      jdbc.sql(
              """
              insert into inspection_late_task (inspection_id, task_id, register_number, content, assigned_on, deadline,
                                                completed_on, status_class, register_explanation)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              id,
              t.taskId(),
              t.registerNumber(),
              t.content(),
              t.assignedOn(),
              t.deadline(),
              t.completedOn(),
              t.statusClass().name(),
              t.explanation())
          .update();
    }
  }

  public List<String> lateTaskNumbers(long id) {
    return jdbc.sql(
            "select register_number from inspection_late_task where inspection_id = ? order by assigned_on, task_id")
        .param(id)
        .query(String.class)
        .list();
  }

  public void recordReport(
      long id,
      ReportStatus status,
      String by,
      Instant at,
      InspectionRequests.UnitReport report,
      Map<String, String> explanations) {
    jdbc.sql(
            """
            update inspection set report_status = ?, report_submitted_by = ?, report_submitted_at = ?, key_results = ?,
                   difficulties = ?, causes = ?, status = ? where id = ?""")
        .params(
            status.name(),
            by,
            Timestamp.from(at),
            report.keyResults().trim(),
            trimmed(report.difficulties()),
            trimmed(report.causes()),
            InspectionStatus.VISIT.name(),
            id)
        .update();
    explanations.forEach(
        (number, text) ->
            jdbc.sql(
                    "update inspection_late_task set unit_explanation = ? where inspection_id = ? and register_number = ?")
                .params(text, id, number)
                .update());
    List<String> petitions =
        report.petitions() == null
            ? List.of()
            : report.petitions().stream().filter(p -> p != null && !p.isBlank()).toList();
    for (int i = 0; i < petitions.size(); i++) {
      jdbc.sql(
              "insert into inspection_petition (inspection_id, position, content) values (?, ?, ?)")
          .params(id, i + 1, petitions.get(i).trim())
          .update();
    }
  }

  public void setReportStatus(long id, ReportStatus status) {
    jdbc.sql("update inspection set report_status = ? where id = ?")
        .params(status.name(), id)
        .update();
  }

  public void startVisit(long id) {
    jdbc.sql("update inspection set status = ? where id = ?")
        .params(InspectionStatus.VISIT.name(), id)
        .update();
  }

  public void addFinding(long id, String member, String finding, Instant at) {
    jdbc.sql(
            "insert into inspection_finding (inspection_id, member_username, finding, recorded_at) values (?, ?, ?, ?)")
        .params(id, member, finding, Timestamp.from(at))
        .update();
  }

  public void conclude(
      long id, String number, LocalDate on, String by, String assessment, long directiveId) {
    jdbc.sql(
            """
            update inspection set conclusion_number = ?, concluded_on = ?, concluded_by = ?, assessment = ?, directive_id = ?,
                   status = ? where id = ?""")
        .params(number, on, by, assessment, directiveId, InspectionStatus.CONCLUDED.name(), id)
        .update();
  }

  public void addRequirement(
      long id, int position, String content, LocalDate deadline, long taskId) {
    jdbc.sql(
            "insert into inspection_requirement (inspection_id, position, content, deadline, task_id) values (?, ?, ?, ?, ?)")
        .params(id, position, content, deadline, taskId)
        .update();
  }

  public List<PetitionRow> petitions(long id) {
    return jdbc.sql("select * from inspection_petition where inspection_id = ? order by position")
        .param(id)
        .query((rs, n) -> petition(rs))
        .list();
  }

  public Optional<PetitionRow> petition(long petitionId) {
    return jdbc.sql("select * from inspection_petition where id = ?")
        .param(petitionId)
        .query((rs, n) -> petition(rs))
        .optional();
  }

  public void setPetitionProcess(long petitionId, String processInstanceId) {
    jdbc.sql("update inspection_petition set process_instance_id = ? where id = ?")
        .params(processInstanceId, petitionId)
        .update();
  }

  public void routePetition(long petitionId, String decider, String by) {
    jdbc.sql("update inspection_petition set decider_username = ?, routed_by = ? where id = ?")
        .params(decider, by, petitionId)
        .update();
  }

  public void answerPetition(long petitionId, String answer, String by, Instant at) {
    jdbc.sql(
            "update inspection_petition set answer = ?, answered_by = ?, answered_at = ? where id = ?")
        .params(answer, by, Timestamp.from(at), petitionId)
        .update();
  }

  private static PetitionRow petition(ResultSet rs) throws SQLException {
    return new PetitionRow(
        rs.getLong("id"),
        rs.getLong("inspection_id"),
        rs.getInt("position"),
        rs.getString("content"),
        rs.getString("decider_username"),
        rs.getString("answer"),
        rs.getString("answered_by"),
        instant(rs, "answered_at"));
  }

  // ---- Reading ---------------------------------------------------------------------------

  private static final String ROW_SELECT =
      "select i.*, u.name as unit_name from inspection i join unit u on u.code = i.unit_code";

  public Optional<Row> find(long id) {
    return jdbc.sql(ROW_SELECT + " where i.id = ?").param(id).query((rs, n) -> row(rs)).optional();
  }

  /** Inspections of a unit (or all) whose period overlaps [from, to]; null bounds are open. */
  public List<Row> list(List<String> units, LocalDate from, LocalDate to) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (units != null) {
      where.append(" and i.unit_code in (:units)");
      params.put("units", units.isEmpty() ? List.of("") : units);
    }
    if (from != null) {
      where.append(" and i.period_to >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.append(" and i.period_from <= :to");
      params.put("to", to);
    }
    return jdbc.sql(ROW_SELECT + where + " order by i.visit_date desc, i.id desc")
        .params(params)
        .query((rs, n) -> row(rs))
        .list();
  }

  public List<String> members(long id) {
    return jdbc.sql(
            "select username from inspection_member where inspection_id = ? order by position")
        .param(id)
        .query(String.class)
        .list();
  }

  public List<InspectionView.LateTask> lateTasks(long id) {
    return jdbc.sql(
            "select * from inspection_late_task where inspection_id = ? order by assigned_on, task_id")
        .param(id)
        .query(
            (rs, n) -> {
              StatusClass c = StatusClass.valueOf(rs.getString("status_class"));
              return new InspectionView.LateTask(
                  rs.getString("register_number"),
                  rs.getString("content"),
                  date(rs, "assigned_on"),
                  date(rs, "deadline"),
                  date(rs, "completed_on"),
                  c,
                  c.label(),
                  rs.getString("register_explanation"),
                  rs.getString("unit_explanation"));
            })
        .list();
  }

  /** Findings as (member, finding, recorded at). */
  public List<Object[]> findings(long id) {
    return jdbc.sql(
            "select member_username, finding, recorded_at from inspection_finding where inspection_id = ? order by id")
        .param(id)
        .query(
            (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), instant(rs, "recorded_at")})
        .list();
  }

  public List<InspectionView.Requirement> requirements(long id) {
    record Stored(int position, String content, LocalDate deadline, long taskId) {}
    List<Stored> stored =
        jdbc.sql(
                "select position, content, deadline, task_id from inspection_requirement where inspection_id = ?"
                    + " order by position")
            .param(id)
            .query(
                (rs, n) ->
                    new Stored(
                        rs.getInt("position"),
                        rs.getString("content"),
                        date(rs, "deadline"),
                        rs.getLong("task_id")))
            .list();
    Map<Long, RegisterLookup.TaskRef> tasks =
        register.byIds(stored.stream().map(Stored::taskId).toList());
    return stored.stream()
        .filter(r -> tasks.containsKey(r.taskId()))
        .map(
            r -> {
              RegisterLookup.TaskRef task = tasks.get(r.taskId());
              TaskStatus status = task.status();
              return new InspectionView.Requirement(
                  r.position(),
                  r.content(),
                  r.deadline(),
                  task.registerNumber(),
                  status.name(),
                  status.label(),
                  status == TaskStatus.COMPLETED);
            })
        .toList();
  }

  public List<String> requirementNumbers(long id) {
    List<Long> taskIds =
        jdbc.sql(
                "select task_id from inspection_requirement where inspection_id = ? order by position")
            .param(id)
            .query(Long.class)
            .list();
    Map<Long, RegisterLookup.TaskRef> tasks = register.byIds(taskIds);
    return taskIds.stream()
        .filter(tasks::containsKey)
        .map(t -> tasks.get(t).registerNumber())
        .toList();
  }

  private static Row row(ResultSet rs) throws SQLException {
    ReportStatus reportStatus = ReportStatus.valueOf(rs.getString("report_status"));
    InspectionFigures.Counts counts =
        rs.getObject("total_tasks") == null
            ? null
            : new InspectionFigures.Counts(
                rs.getInt("total_tasks"),
                rs.getInt("completed_on_time"),
                rs.getInt("completed_before_deadline"),
                rs.getInt("completed_late"),
                rs.getInt("completed_no_deadline"),
                rs.getInt("open_within_deadline"),
                rs.getInt("open_overdue"),
                rs.getInt("open_no_deadline"),
                rs.getInt("withdrawn"));
    return new Row(
        rs.getLong("id"),
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        date(rs, "period_from"),
        date(rs, "period_to"),
        date(rs, "visit_date"),
        date(rs, "report_due_on"),
        rs.getString("leader_username"),
        rs.getString("content"),
        InspectionStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"),
        new InspectionView.Plan(
            rs.getString("planned_by"),
            instant(rs, "planned_at"),
            rs.getString("plan_decided_by"),
            instant(rs, "plan_decided_at"),
            rs.getBoolean("plan_amended"),
            rs.getString("plan_comment")),
        date(rs, "figures_reference_date"),
        instant(rs, "figures_computed_at"),
        counts,
        new InspectionView.Report(
            reportStatus,
            reportStatus.label(),
            rs.getString("report_submitted_by"),
            instant(rs, "report_submitted_at"),
            rs.getString("key_results"),
            rs.getString("difficulties"),
            rs.getString("causes")),
        rs.getString("conclusion_number"),
        date(rs, "concluded_on"),
        rs.getString("concluded_by"),
        rs.getString("assessment"));
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
