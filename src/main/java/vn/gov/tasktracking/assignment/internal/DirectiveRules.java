package vn.gov.tasktracking.assignment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.assignment.IssuerKind;
import vn.gov.tasktracking.calendar.Deadline;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException.Problem;

/**
 * The rules of registering a directive and its tasks, as plain rules: what was sent, the directory
 * and the working-day calendar in, one {@link Problem} per wrong field out (in the order a person
 * reads the form). No Spring, no engine: {@link AssignmentService} asks here before it writes
 * anything.
 */
public final class DirectiveRules {

  /** Who gave the directive, as the register records it. */
  public record Issuer(IssuerKind kind, String key, String name) {}

  /** A directive found right: its issuer and each task's deadline (null when the task has none). */
  public record Checked(DirectiveRequest request, Issuer issuer, List<Deadline> deadlines) {}

  private final Function<String, Optional<Unit>> units;
  private final Function<String, Optional<Person>> people;
  private final WorkingDayCalendar calendar;

  /**
   * @param units a unit of the directory by its code
   * @param people a person of the directory by username
   */
  public DirectiveRules(
      Function<String, Optional<Unit>> units,
      Function<String, Optional<Person>> people,
      WorkingDayCalendar calendar) {
    this.units = units;
    this.people = people;
    this.calendar = calendar;
  }

  /**
   * A directive with its tasks: its number, date, excerpt, issuer, attached document and every
   * task.
   *
   * @param attachable whether the caller may attach the document of that id
   * @return the issuer and the deadlines; meaningful only when {@code problems} stayed empty
   */
  public Checked check(DirectiveRequest request, LongPredicate attachable, List<Problem> problems) {
    Issuer issuer = issuer(request, problems);
    InputRules.text(request.number(), InputRules.SHORT, "number", "Số, ký hiệu văn bản", problems);
    InputRules.date(request.issuedOn(), "issuedOn", "Ngày ban hành", problems);
    InputRules.text(request.excerpt(), InputRules.LONG_TEXT, "excerpt", "Trích yếu", problems);
    checkAttachable(request.documentId(), attachable, problems);
    if (blank(request.number())) {
      problems.add(new Problem("number", "Thiếu số, ký hiệu văn bản."));
    }
    if (request.issuedOn() == null) {
      problems.add(new Problem("issuedOn", "Thiếu ngày ban hành văn bản."));
    }
    if (blank(request.excerpt())) {
      problems.add(new Problem("excerpt", "Thiếu trích yếu văn bản."));
    }
    List<TaskRequest> tasks = request.tasks() == null ? List.of() : request.tasks();
    if (tasks.isEmpty()) {
      problems.add(new Problem("tasks", "Văn bản phải giao ít nhất một nhiệm vụ."));
    }
    List<Deadline> deadlines = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      deadlines.add(
          checkTask(i + 1, tasks.get(i), request.issuedOn(), request.issuedOn(), problems));
    }
    return new Checked(request, issuer, deadlines);
  }

  /**
   * The tasks a directive's addendum adds: at least one, each under the rules of the first tasks;
   * they are assigned {@code today}, no deadline before the directive's date.
   *
   * @return each task's deadline, in order
   */
  public List<Deadline> checkAddendum(
      List<TaskRequest> tasks, LocalDate issuedOn, LocalDate today, List<Problem> problems) {
    List<TaskRequest> requested = tasks == null ? List.of() : tasks;
    if (requested.isEmpty()) {
      problems.add(new Problem("tasks", "Cần ít nhất một nhiệm vụ để giao thêm."));
    }
    List<Deadline> deadlines = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      deadlines.add(checkTask(i + 1, requested.get(i), issuedOn, today, problems));
    }
    return deadlines;
  }

  /**
   * A person attaches a document they uploaded themselves, or one that already belongs to the task
   * (its directive's text, an earlier result); any other id is refused as if it did not exist.
   */
  public static void checkAttachable(
      Long documentId, LongPredicate attachable, List<Problem> problems) {
    if (documentId != null && !attachable.test(documentId)) {
      problems.add(
          new Problem(
              "documentId",
              "Không có tệp văn bản mã "
                  + documentId
                  + " do bạn tải lên; chỉ đính kèm được tệp chính mình đã tải lên (POST /api/documents)."));
    }
  }

  /** The committee, the Chairman, or a Vice-Chairman of the directory named by username. */
  public Issuer issuer(DirectiveRequest request, List<Problem> problems) {
    IssuerKind kind = null;
    for (IssuerKind k : IssuerKind.values()) {
      if (k.name()
          .equalsIgnoreCase(blank(request.issuerKind()) ? "" : request.issuerKind().trim())) {
        kind = k;
      }
    }
    if (kind == null) {
      problems.add(
          new Problem(
              "issuerKind",
              "Người/cơ quan giao (issuerKind) phải là COMMITTEE (UBND tỉnh), CHAIRMAN (Chủ tịch) hoặc VICE_CHAIRMAN (Phó Chủ tịch)."));
      return null;
    }
    return switch (kind) {
      case COMMITTEE -> new Issuer(kind, AssignmentService.COMMITTEE_KEY, kind.label());
      case CHAIRMAN -> new Issuer(kind, AssignmentService.CHAIRMAN_KEY, kind.label());
      case VICE_CHAIRMAN -> {
        if (!InputRules.text(
            request.issuerUsername(),
            InputRules.SHORT,
            "issuerUsername",
            "Tên đăng nhập của Phó Chủ tịch",
            problems)) {
          yield null;
        }
        Optional<Person> leader =
            blank(request.issuerUsername())
                ? Optional.empty()
                : people.apply(request.issuerUsername().trim());
        if (leader.isEmpty() || !leader.get().roles().contains(Role.VICE_CHAIRMAN)) {
          problems.add(
              new Problem(
                  "issuerUsername",
                  "Cần chỉ rõ Phó Chủ tịch giao việc (issuerUsername): '"
                      + (request.issuerUsername() == null ? "" : request.issuerUsername())
                      + "' không phải Phó Chủ tịch UBND tỉnh trong danh mục."));
          yield null;
        }
        yield new Issuer(
            kind, leader.get().username(), kind.label() + " " + leader.get().fullName());
      }
    };
  }

  /**
   * The task's deadline: a date as written (due the next working day when it is a day off), or
   * counted in working days from the day it is assigned ({@code assignedOn}).
   */
  public Deadline checkTask(
      int row, TaskRequest task, LocalDate issuedOn, LocalDate assignedOn, List<Problem> problems) {
    String field = "tasks[" + row + "].";
    String where = "Nhiệm vụ thứ " + row + ": ";
    if (task == null) {
      problems.add(new Problem("tasks[" + row + "]", where + "trống."));
      return null;
    }
    if (blank(task.content())) {
      problems.add(new Problem(field + "content", where + "thiếu nội dung nhiệm vụ."));
    }
    InputRules.text(
        task.content(), InputRules.LONG_TEXT, field + "content", where + "nội dung", problems);
    if (!InputRules.date(task.deadline(), field + "deadline", where + "hạn xử lý", problems)) {
      return null;
    }
    if (blank(task.leadUnit())) {
      problems.add(new Problem(field + "leadUnit", where + "thiếu đơn vị chủ trì."));
    } else {
      checkActiveUnit(task.leadUnit(), field + "leadUnit", where + "đơn vị chủ trì", problems);
    }
    if (task.coordinatingUnits() != null) {
      for (int j = 0; j < task.coordinatingUnits().size(); j++) {
        String unit = task.coordinatingUnits().get(j);
        String f = field + "coordinatingUnits[" + (j + 1) + "]";
        if (!InputRules.text(unit, InputRules.CODE, f, where + "mã đơn vị phối hợp", problems)) {
          continue;
        }
        if (blank(unit)) {
          problems.add(new Problem(f, where + "mã đơn vị phối hợp trống."));
        } else if (unit.equals(task.leadUnit())) {
          problems.add(
              new Problem(
                  f, where + "đơn vị chủ trì '" + unit + "' không đồng thời là đơn vị phối hợp."));
        } else {
          checkActiveUnit(unit, f, where + "đơn vị phối hợp", problems);
        }
      }
    }
    if (task.deadline() != null && task.deadlineWorkingDays() != null) {
      problems.add(
          new Problem(
              field + "deadline",
              where + "chỉ ghi hạn xử lý theo ngày hoặc theo số ngày làm việc, không ghi cả hai."));
      return null;
    }
    if (task.deadline() != null) {
      if (issuedOn != null && task.deadline().isBefore(issuedOn)) {
        problems.add(
            new Problem(
                field + "deadline",
                where
                    + "hạn xử lý "
                    + AssignmentService.vietnameseDate(task.deadline())
                    + " trước ngày ban hành văn bản "
                    + AssignmentService.vietnameseDate(issuedOn)
                    + "."));
      }
      return calendar.deadline(task.deadline());
    }
    if (task.deadlineWorkingDays() != null) {
      if (task.deadlineWorkingDays() < 1 || task.deadlineWorkingDays() > 1000) {
        problems.add(
            new Problem(
                field + "deadlineWorkingDays", where + "số ngày làm việc phải từ 1 đến 1000."));
        return null;
      }
      return assignedOn == null
          ? null
          : calendar.deadline(calendar.addWorkingDays(assignedOn, task.deadlineWorkingDays()));
    }
    return null;
  }

  /**
   * A unit a task is given to: in the directory and not dissolved (then its successor is named).
   */
  public void checkActiveUnit(String code, String field, String what, List<Problem> problems) {
    if (!InputRules.text(code, InputRules.CODE, field, what, problems)) {
      return;
    }
    Optional<Unit> unit = units.apply(code);
    if (unit.isEmpty()) {
      problems.add(new Problem(field, what + " '" + code + "' không có trong danh mục đơn vị."));
    } else if (!unit.get().active()) {
      String successor = unit.get().successorCode();
      problems.add(
          new Problem(
              field,
              what
                  + " '"
                  + code
                  + "' đã giải thể"
                  + (successor == null
                      ? "."
                      : "; hãy giao cho đơn vị kế thừa '" + successor + "'.")));
    }
  }

  /** The Office gives a returned task to another unit: a different one, active. */
  public void checkNewLeadUnit(
      String newLeadUnit,
      String currentLeadUnit,
      String currentLeadUnitName,
      List<Problem> problems) {
    if (blank(newLeadUnit) || newLeadUnit.equals(currentLeadUnit)) {
      problems.add(
          new Problem(
              "newLeadUnit", "Cần chọn đơn vị chủ trì mới, khác " + currentLeadUnitName + "."));
      return;
    }
    checkActiveUnit(newLeadUnit, "newLeadUnit", "Đơn vị chủ trì mới", problems);
  }

  public static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
