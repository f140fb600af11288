package vn.gov.tasktracking.inspection.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;
import vn.gov.tasktracking.system.InputRules;
import vn.gov.tasktracking.system.InvalidInputException.Problem;

/**
 * The rules of an inspection plan and of the leader's amendment, as plain rules: what was sent, the
 * directory, the working-day calendar and today in, one {@link Problem} per wrong field out. No
 * Spring, no engine: {@link InspectionService} asks here before it writes anything.
 */
public final class InspectionPlanRules {

  /** Working days before the visit the unit's report is due, when the plan names no date. */
  public static final int REPORT_DAYS_BEFORE_VISIT = 3;

  private final Function<String, Optional<Unit>> units;
  private final Function<String, Optional<Person>> people;
  private final WorkingDayCalendar calendar;

  /**
   * @param units a unit of the directory by its code
   * @param people a person of the directory by username
   */
  public InspectionPlanRules(
      Function<String, Optional<Unit>> units,
      Function<String, Optional<Person>> people,
      WorkingDayCalendar calendar) {
    this.units = units;
    this.people = people;
    this.calendar = calendar;
  }

  /**
   * A plan: an active unit, a period that ends after it starts and starts before the visit, a
   * leader and members of the working group, a content, and dates still ahead ({@link
   * #checkDates}).
   *
   * @return the report's due date; meaningful only when {@code problems} stayed empty
   */
  public LocalDate checkPlan(
      InspectionRequests.Plan request, LocalDate today, List<Problem> problems) {
    if (blank(request.unit())) {
      problems.add(new Problem("unit", "Cần chọn đơn vị được kiểm tra."));
    } else if (InputRules.text(
        request.unit(), InputRules.CODE, "unit", "Mã đơn vị được kiểm tra", problems)) {
      Optional<Unit> unit = units.apply(request.unit().trim());
      if (unit.isEmpty()) {
        problems.add(
            new Problem(
                "unit", "Đơn vị '" + request.unit().trim() + "' không có trong danh mục đơn vị."));
      } else if (!unit.get().active()) {
        problems.add(
            new Problem(
                "unit",
                "Đơn vị '" + request.unit().trim() + "' đã giải thể, không kiểm tra được."));
      }
    }
    if (request.periodFrom() == null) {
      problems.add(new Problem("periodFrom", "Thiếu ngày bắt đầu kỳ kiểm tra."));
    }
    InputRules.date(request.periodFrom(), "periodFrom", "Ngày bắt đầu kỳ kiểm tra", problems);
    InputRules.date(request.periodTo(), "periodTo", "Ngày kết thúc kỳ kiểm tra", problems);
    if (request.periodTo() == null) {
      problems.add(new Problem("periodTo", "Thiếu ngày kết thúc kỳ kiểm tra."));
    }
    if (request.periodFrom() != null
        && request.periodTo() != null
        && request.periodTo().isBefore(request.periodFrom())) {
      problems.add(
          new Problem(
              "periodTo",
              "Kỳ kiểm tra kết thúc ("
                  + InspectionService.date(request.periodTo())
                  + ") trước khi bắt đầu ("
                  + InspectionService.date(request.periodFrom())
                  + ")."));
    }
    if (request.periodFrom() != null
        && request.visitDate() != null
        && request.periodFrom().isAfter(request.visitDate())) {
      problems.add(new Problem("periodFrom", "Kỳ kiểm tra phải bắt đầu trước ngày kiểm tra."));
    }
    if (blank(request.leader())) {
      problems.add(new Problem("leader", "Cần chọn Tổ trưởng Tổ công tác."));
    } else if (InputRules.text(
        request.leader(), InputRules.SHORT, "leader", "Tổ trưởng Tổ công tác", problems)) {
      Optional<Person> leader = people.apply(request.leader().trim());
      if (leader.isEmpty()
          || !leader.get().active()
          || !leader.get().roles().contains(Role.WORKING_GROUP_MEMBER)) {
        problems.add(
            new Problem(
                "leader",
                "'"
                    + request.leader().trim()
                    + "' không phải thành viên Tổ công tác trong danh mục."));
      }
    }
    checkMembers(request.members(), request.leader(), problems);
    if (blank(request.content())) {
      problems.add(new Problem("content", "Cần nêu nội dung kiểm tra."));
    }
    InputRules.text(
        request.content(), InputRules.LONG_TEXT, "content", "Nội dung kiểm tra", problems);
    return checkDates(request.visitDate(), request.reportDueOn(), today, problems);
  }

  /** What the leader's decision on the plan may be. */
  public record Amended(LocalDate visitDate, LocalDate reportDueOn, String content) {}

  /**
   * The leader approves the plan as it stands (its dates must still lie ahead, else every report
   * timer would fire at once), or amends it: a new visit date (the report's due date then counts
   * from it unless given), a new report date, members, content, and a comment saying what changed.
   *
   * @return the plan as decided; meaningful only when {@code problems} stayed empty
   */
  public Amended checkDecision(
      InspectionRequests.PlanDecision decision,
      boolean amend,
      LocalDate visitDate,
      LocalDate reportDueOn,
      String content,
      String leader,
      LocalDate today,
      List<Problem> problems) {
    if (!amend) {
      return new Amended(visitDate, checkDates(visitDate, reportDueOn, today, problems), content);
    }
    LocalDate newVisit = decision.visitDate() != null ? decision.visitDate() : visitDate;
    LocalDate newDue =
        checkDates(
            newVisit,
            decision.reportDueOn() != null
                ? decision.reportDueOn()
                : decision.visitDate() != null ? null : reportDueOn,
            today,
            problems);
    if (decision.members() != null) {
      checkMembers(decision.members(), leader, problems);
    }
    InputRules.text(
        decision.content(), InputRules.LONG_TEXT, "content", "Nội dung kiểm tra", problems);
    String newContent = blank(decision.content()) ? content : decision.content().trim();
    if (blank(decision.comment())) {
      problems.add(new Problem("planComment", "Cần nêu nội dung điều chỉnh kế hoạch."));
    }
    return new Amended(newVisit, newDue, newContent);
  }

  /** At least one member besides the leader, each active in the directory and named once. */
  void checkMembers(List<String> members, String leader, List<Problem> problems) {
    if (members == null || members.stream().allMatch(InspectionPlanRules::blank)) {
      problems.add(
          new Problem("members", "Tổ công tác cần ít nhất một thành viên ngoài Tổ trưởng."));
      return;
    }
    if (!InputRules.elements(members, InputRules.SHORT, "members", "Thành viên", problems)) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String member : members) {
      if (blank(member)) {
        continue;
      }
      String username = member.trim();
      Optional<Person> person = people.apply(username);
      if (person.isEmpty() || !person.get().active()) {
        problems.add(
            new Problem("members", "Thành viên '" + username + "' không có trong danh mục."));
      } else if (username.equals(leader == null ? null : leader.trim()) || !seen.add(username)) {
        problems.add(
            new Problem("members", "'" + username + "' được ghi hai lần trong Tổ công tác."));
      }
    }
  }

  /**
   * The visit ahead of today, and the report due before it and not yet passed.
   *
   * @return the report's due date: the one given, or some working days before the visit
   */
  public LocalDate checkDates(
      LocalDate visitDate, LocalDate reportDueOn, LocalDate today, List<Problem> problems) {
    if (visitDate == null) {
      problems.add(new Problem("visitDate", "Thiếu ngày kiểm tra."));
      return null;
    }
    boolean visitInRange = InputRules.date(visitDate, "visitDate", "Ngày kiểm tra", problems);
    if (!InputRules.date(reportDueOn, "reportDueOn", "Hạn gửi báo cáo", problems)
        || !visitInRange) {
      return null;
    }
    if (visitDate.isBefore(today)) {
      problems.add(
          new Problem(
              "visitDate", "Ngày kiểm tra " + InspectionService.date(visitDate) + " đã qua."));
    }
    LocalDate due =
        reportDueOn != null
            ? reportDueOn
            : calendar.subtractWorkingDays(visitDate, REPORT_DAYS_BEFORE_VISIT);
    if (due.isBefore(today)) {
      problems.add(
          new Problem(
              "reportDueOn",
              "Hạn đơn vị gửi báo cáo "
                  + InspectionService.date(due)
                  + " đã qua; hãy chọn ngày kiểm tra muộn hơn hoặc ghi hạn báo cáo."));
    } else if (!due.isBefore(visitDate)) {
      problems.add(
          new Problem(
              "reportDueOn",
              "Hạn gửi báo cáo "
                  + InspectionService.date(due)
                  + " phải trước ngày kiểm tra "
                  + InspectionService.date(visitDate)
                  + "."));
    }
    return due;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
