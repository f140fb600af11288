package vn.gov.tasktracking.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.inspection.internal.InspectionPlanRules;
import vn.gov.tasktracking.system.InvalidInputException.Problem;

/** The rules of an inspection plan and its amendment, as plain rules: no Spring, no engine. */
class InspectionPlanRulesTest {

  private static final Map<String, Unit> UNITS =
      Map.of(
          "SXD", new Unit("SXD", "Sở Xây dựng", UnitKind.DEPARTMENT, null, true, null, null),
          "HCU",
              new Unit(
                  "HCU",
                  "UBND huyện Cũ",
                  UnitKind.DISTRICT_COMMITTEE,
                  null,
                  false,
                  LocalDate.of(2025, 7, 1),
                  "HMOI"));
  private static final Map<String, Person> PEOPLE =
      Map.of(
          "tct.truong", person("tct.truong", Role.WORKING_GROUP_MEMBER),
          "tct.tv1", person("tct.tv1", Role.WORKING_GROUP_MEMBER),
          "tct.tv2", person("tct.tv2", Role.WORKING_GROUP_MEMBER),
          "cv.sxd", person("cv.sxd", Role.OFFICER));

  private static Person person(String username, Role role) {
    return new Person(username, username, null, null, null, "VPUBND", Set.of(role), true);
  }

  private final InspectionPlanRules rules =
      new InspectionPlanRules(
          code -> Optional.ofNullable(UNITS.get(code)),
          username -> Optional.ofNullable(PEOPLE.get(username)),
          WorkingDayCalendar.withShippedExceptions());

  /** Monday 2 March 2026. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static final LocalDate VISIT = LocalDate.of(2026, 3, 20);

  private static InspectionRequests.Plan plan(
      String unit,
      LocalDate from,
      LocalDate to,
      LocalDate visit,
      LocalDate due,
      String leader,
      List<String> members,
      String content) {
    return new InspectionRequests.Plan(unit, from, to, visit, due, leader, members, content);
  }

  private static InspectionRequests.Plan plan() {
    return plan(
        "SXD",
        LocalDate.of(2025, 7, 1),
        LocalDate.of(2025, 12, 31),
        VISIT,
        null,
        "tct.truong",
        List.of("tct.tv1"),
        "Kiểm tra việc thực hiện nhiệm vụ");
  }

  private List<Problem> check(InspectionRequests.Plan plan) {
    List<Problem> problems = new ArrayList<>();
    rules.checkPlan(plan, TODAY, problems);
    return problems;
  }

  private static List<String> messages(List<Problem> problems) {
    return problems.stream().map(Problem::message).toList();
  }

  @Test
  void acceptsAPlanAndDuesTheReportThreeWorkingDaysBeforeTheVisit() {
    List<Problem> problems = new ArrayList<>();
    LocalDate due = rules.checkPlan(plan(), TODAY, problems);
    assertThat(problems).isEmpty();
    // Friday 20 March: three working days before is Tuesday 17 March.
    assertThat(due).isEqualTo(LocalDate.of(2026, 3, 17));
  }

  @Test
  void namesEveryMissingPartOfThePlan() {
    List<Problem> problems = check(plan(" ", null, null, null, null, null, null, ""));
    assertThat(problems)
        .extracting(Problem::field)
        .containsExactly(
            "unit", "periodFrom", "periodTo", "leader", "members", "content", "visitDate");
    assertThat(messages(problems))
        .containsExactly(
            "Cần chọn đơn vị được kiểm tra.",
            "Thiếu ngày bắt đầu kỳ kiểm tra.",
            "Thiếu ngày kết thúc kỳ kiểm tra.",
            "Cần chọn Tổ trưởng Tổ công tác.",
            "Tổ công tác cần ít nhất một thành viên ngoài Tổ trưởng.",
            "Cần nêu nội dung kiểm tra.",
            "Thiếu ngày kiểm tra.");
  }

  @Test
  void theUnitIsAnActiveUnitOfTheDirectory() {
    InspectionRequests.Plan p = plan();
    assertThat(
            messages(
                check(
                    plan(
                        "KHONGCO",
                        p.periodFrom(),
                        p.periodTo(),
                        VISIT,
                        null,
                        "tct.truong",
                        List.of("tct.tv1"),
                        "Nội dung"))))
        .containsExactly("Đơn vị 'KHONGCO' không có trong danh mục đơn vị.");
    assertThat(
            messages(
                check(
                    plan(
                        "HCU",
                        p.periodFrom(),
                        p.periodTo(),
                        VISIT,
                        null,
                        "tct.truong",
                        List.of("tct.tv1"),
                        "Nội dung"))))
        .containsExactly("Đơn vị 'HCU' đã giải thể, không kiểm tra được.");
  }

  @Test
  void thePeriodEndsAfterItStartsAndStartsBeforeTheVisit() {
    assertThat(
            messages(
                check(
                    plan(
                        "SXD",
                        LocalDate.of(2025, 6, 30),
                        LocalDate.of(2025, 1, 1),
                        VISIT,
                        null,
                        "tct.truong",
                        List.of("tct.tv1"),
                        "Nội dung"))))
        .containsExactly("Kỳ kiểm tra kết thúc (01/01/2025) trước khi bắt đầu (30/06/2025).");
    assertThat(
            messages(
                check(
                    plan(
                        "SXD",
                        LocalDate.of(2026, 3, 25),
                        LocalDate.of(2026, 3, 31),
                        VISIT,
                        null,
                        "tct.truong",
                        List.of("tct.tv1"),
                        "Nội dung"))))
        .containsExactly("Kỳ kiểm tra phải bắt đầu trước ngày kiểm tra.");
  }

  @Test
  void theLeaderAndMembersAreTheWorkingGroupEachNamedOnce() {
    InspectionRequests.Plan p = plan();
    assertThat(
            messages(
                check(
                    plan(
                        "SXD",
                        p.periodFrom(),
                        p.periodTo(),
                        VISIT,
                        null,
                        "cv.sxd",
                        List.of("tct.tv1"),
                        "Nội dung"))))
        .containsExactly("'cv.sxd' không phải thành viên Tổ công tác trong danh mục.");
    assertThat(
            messages(
                check(
                    plan(
                        "SXD",
                        p.periodFrom(),
                        p.periodTo(),
                        VISIT,
                        null,
                        "tct.truong",
                        List.of("tct.tv1", "tct.truong", "tct.tv1", "ai.do"),
                        "Nội dung"))))
        .containsExactly(
            "'tct.truong' được ghi hai lần trong Tổ công tác.",
            "'tct.tv1' được ghi hai lần trong Tổ công tác.",
            "Thành viên 'ai.do' không có trong danh mục.");
  }

  @Test
  void theVisitAndTheReportDateLieAheadTheReportBeforeTheVisit() {
    List<Problem> past = new ArrayList<>();
    rules.checkDates(LocalDate.of(2026, 2, 20), null, TODAY, past);
    // Three working days before 20/02/2026 reach back over the Tết holiday.
    assertThat(messages(past))
        .containsExactly(
            "Ngày kiểm tra 20/02/2026 đã qua.",
            "Hạn đơn vị gửi báo cáo 11/02/2026 đã qua; hãy chọn ngày kiểm tra muộn hơn hoặc ghi hạn báo cáo.");
    List<Problem> after = new ArrayList<>();
    rules.checkDates(VISIT, LocalDate.of(2026, 3, 20), TODAY, after);
    assertThat(after).extracting(Problem::field).containsExactly("reportDueOn");
    assertThat(messages(after))
        .containsExactly("Hạn gửi báo cáo 20/03/2026 phải trước ngày kiểm tra 20/03/2026.");
    List<Problem> given = new ArrayList<>();
    assertThat(rules.checkDates(VISIT, LocalDate.of(2026, 3, 10), TODAY, given))
        .isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(given).isEmpty();
  }

  @Test
  void anAmendmentSaysWhatChangedAndKeepsTheRules() {
    InspectionRequests.PlanDecision noComment =
        new InspectionRequests.PlanDecision(
            "AMEND", LocalDate.of(2026, 3, 27), null, List.of("tct.tv2"), "Nội dung mới", " ");
    List<Problem> problems = new ArrayList<>();
    rules.checkDecision(
        noComment,
        true,
        VISIT,
        LocalDate.of(2026, 3, 17),
        "Nội dung",
        "tct.truong",
        TODAY,
        problems);
    assertThat(messages(problems)).containsExactly("Cần nêu nội dung điều chỉnh kế hoạch.");

    InspectionRequests.PlanDecision moved =
        new InspectionRequests.PlanDecision(
            "AMEND", LocalDate.of(2026, 3, 27), null, null, " ", "Lùi ngày kiểm tra");
    List<Problem> none = new ArrayList<>();
    InspectionPlanRules.Amended amended =
        rules.checkDecision(
            moved, true, VISIT, LocalDate.of(2026, 3, 17), "Nội dung", "tct.truong", TODAY, none);
    assertThat(none).isEmpty();
    // A new visit date without a report date: the report is due three working days before it again.
    assertThat(amended)
        .isEqualTo(
            new InspectionPlanRules.Amended(
                LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 24), "Nội dung"));

    InspectionRequests.PlanDecision pastVisit =
        new InspectionRequests.PlanDecision(
            "AMEND", LocalDate.of(2026, 2, 20), null, null, null, "Đổi ngày");
    List<Problem> refused = new ArrayList<>();
    rules.checkDecision(
        pastVisit,
        true,
        VISIT,
        LocalDate.of(2026, 3, 17),
        "Nội dung",
        "tct.truong",
        TODAY,
        refused);
    assertThat(messages(refused)).first().asString().contains("đã qua");
  }

  @Test
  void anApprovalAsItStandsStillLiesAhead() {
    InspectionRequests.PlanDecision approve =
        new InspectionRequests.PlanDecision("APPROVE", null, null, null, null, null);
    List<Problem> late = new ArrayList<>();
    rules.checkDecision(
        approve,
        false,
        VISIT,
        LocalDate.of(2026, 3, 17),
        "Nội dung",
        "tct.truong",
        LocalDate.of(2026, 3, 18),
        late);
    assertThat(messages(late))
        .containsExactly(
            "Hạn đơn vị gửi báo cáo 17/03/2026 đã qua; hãy chọn ngày kiểm tra muộn hơn hoặc ghi hạn báo cáo.");
    List<Problem> none = new ArrayList<>();
    assertThat(
            rules.checkDecision(
                approve,
                false,
                VISIT,
                LocalDate.of(2026, 3, 17),
                "Nội dung",
                "tct.truong",
                TODAY,
                none))
        .isEqualTo(new InspectionPlanRules.Amended(VISIT, LocalDate.of(2026, 3, 17), "Nội dung"));
    assertThat(none).isEmpty();
  }
}
