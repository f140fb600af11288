package vn.gov.tasktracking.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.assignment.DirectiveRequest.TaskRequest;
import vn.gov.tasktracking.assignment.internal.DirectiveRules;
import vn.gov.tasktracking.calendar.Deadline;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.system.InvalidInputException.Problem;

/**
 * The rules of registering a directive, as plain rules: a request in, the problems out; no Spring,
 * no engine.
 */
class DirectiveRulesTest {

  private static final Map<String, Unit> UNITS =
      Map.of(
          "SXD", new Unit("SXD", "Sở Xây dựng", UnitKind.DEPARTMENT, null, true, null, null),
          "STC", new Unit("STC", "Sở Tài chính", UnitKind.DEPARTMENT, null, true, null, null),
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
          "pct.a",
              new Person(
                  "pct.a",
                  "Trần Văn A",
                  null,
                  null,
                  null,
                  "VPUBND",
                  Set.of(Role.VICE_CHAIRMAN),
                  true),
          "cv.sxd",
              new Person(
                  "cv.sxd", "Lê Thị B", null, null, null, "SXD", Set.of(Role.OFFICER), true));

  private final DirectiveRules rules =
      new DirectiveRules(
          code -> Optional.ofNullable(UNITS.get(code)),
          username -> Optional.ofNullable(PEOPLE.get(username)),
          WorkingDayCalendar.withShippedExceptions());

  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);

  private static TaskRequest task(String content, String lead, LocalDate deadline) {
    return new TaskRequest(content, lead, null, deadline, null, false);
  }

  private static DirectiveRequest directive(
      String issuerKind, String issuerUsername, TaskRequest... tasks) {
    return new DirectiveRequest(
        "162/QĐ-UBND",
        ISSUED,
        issuerKind,
        issuerUsername,
        "Về việc triển khai",
        null,
        Arrays.asList(tasks));
  }

  private List<Problem> check(DirectiveRequest request) {
    List<Problem> problems = new ArrayList<>();
    rules.check(request, id -> false, problems);
    return problems;
  }

  private static List<String> messages(List<Problem> problems) {
    return problems.stream().map(Problem::message).toList();
  }

  @Test
  void acceptsADirectiveOfTheCommitteeWithATaskDueOnAWorkingDay() {
    List<Problem> problems = new ArrayList<>();
    DirectiveRules.Checked checked =
        rules.check(
            directive(
                "COMMITTEE", null, task("Rà soát quy hoạch", "SXD", LocalDate.of(2026, 12, 15))),
            id -> false,
            problems);
    assertThat(problems).isEmpty();
    assertThat(checked.issuer())
        .isEqualTo(
            new DirectiveRules.Issuer(
                IssuerKind.COMMITTEE, AssignmentService.COMMITTEE_KEY, "UBND tỉnh"));
    assertThat(checked.deadlines())
        .extracting(Deadline::due)
        .containsExactly(LocalDate.of(2026, 12, 15));
  }

  @Test
  void namesEveryMissingFieldOfTheDirective() {
    List<Problem> problems =
        check(new DirectiveRequest(" ", null, "COMMITTEE", null, "", null, List.of()));
    assertThat(problems)
        .extracting(Problem::field)
        .containsExactly("number", "issuedOn", "excerpt", "tasks");
    assertThat(messages(problems))
        .containsExactly(
            "Thiếu số, ký hiệu văn bản.",
            "Thiếu ngày ban hành văn bản.",
            "Thiếu trích yếu văn bản.",
            "Văn bản phải giao ít nhất một nhiệm vụ.");
  }

  @Test
  void theIssuerIsTheCommitteeTheChairmanOrAViceChairmanOfTheDirectory() {
    assertThat(messages(check(directive("MAYOR", null, task("Việc", "SXD", null)))))
        .containsExactly(
            "Người/cơ quan giao (issuerKind) phải là COMMITTEE (UBND tỉnh), CHAIRMAN (Chủ tịch) hoặc VICE_CHAIRMAN (Phó Chủ tịch).");
    assertThat(messages(check(directive("VICE_CHAIRMAN", "cv.sxd", task("Việc", "SXD", null)))))
        .containsExactly(
            "Cần chỉ rõ Phó Chủ tịch giao việc (issuerUsername): 'cv.sxd' không phải Phó Chủ tịch UBND tỉnh trong danh mục.");
    List<Problem> problems = new ArrayList<>();
    DirectiveRules.Checked vice =
        rules.check(
            directive("vice_chairman", "pct.a", task("Việc", "SXD", null)), id -> false, problems);
    assertThat(problems).isEmpty();
    assertThat(vice.issuer())
        .isEqualTo(
            new DirectiveRules.Issuer(
                IssuerKind.VICE_CHAIRMAN, "pct.a", "Phó Chủ tịch UBND tỉnh Trần Văn A"));
    assertThat(check(directive("CHAIRMAN", null, task("Việc", "SXD", null)))).isEmpty();
  }

  @Test
  void aTaskNeedsContentAndAnActiveLeadUnitOfTheDirectory() {
    assertThat(
            messages(
                check(
                    directive(
                        "COMMITTEE", null, task(" ", "SXD", null), task("Việc", null, null)))))
        .containsExactly(
            "Nhiệm vụ thứ 1: thiếu nội dung nhiệm vụ.", "Nhiệm vụ thứ 2: thiếu đơn vị chủ trì.");
    assertThat(messages(check(directive("COMMITTEE", null, task("Việc", "KHONGCO", null)))))
        .containsExactly(
            "Nhiệm vụ thứ 1: đơn vị chủ trì 'KHONGCO' không có trong danh mục đơn vị.");
    assertThat(messages(check(directive("COMMITTEE", null, task("Việc", "HCU", null)))))
        .containsExactly(
            "Nhiệm vụ thứ 1: đơn vị chủ trì 'HCU' đã giải thể; hãy giao cho đơn vị kế thừa 'HMOI'.");
    List<Problem> problems = check(directive("COMMITTEE", null, (TaskRequest) null));
    assertThat(problems).extracting(Problem::field).containsExactly("tasks[1]");
    assertThat(messages(problems)).containsExactly("Nhiệm vụ thứ 1: trống.");
  }

  @Test
  void coordinatingUnitsAreOtherActiveUnits() {
    TaskRequest task =
        new TaskRequest("Việc", "SXD", List.of("STC", "SXD", " ", "KHONGCO"), null, null, false);
    List<Problem> problems = check(directive("COMMITTEE", null, task));
    assertThat(problems)
        .extracting(Problem::field)
        .containsExactly(
            "tasks[1].coordinatingUnits[2]",
            "tasks[1].coordinatingUnits[3]",
            "tasks[1].coordinatingUnits[4]");
    assertThat(messages(problems))
        .containsExactly(
            "Nhiệm vụ thứ 1: đơn vị chủ trì 'SXD' không đồng thời là đơn vị phối hợp.",
            "Nhiệm vụ thứ 1: mã đơn vị phối hợp trống.",
            "Nhiệm vụ thứ 1: đơn vị phối hợp 'KHONGCO' không có trong danh mục đơn vị.");
  }

  @Test
  void aDeadlineIsADateNotBeforeTheDirectiveOrSomeWorkingDays() {
    assertThat(
            messages(
                check(
                    directive("COMMITTEE", null, task("Việc", "SXD", LocalDate.of(2026, 10, 30))))))
        .containsExactly(
            "Nhiệm vụ thứ 1: hạn xử lý 30/10/2026 trước ngày ban hành văn bản 02/11/2026.");
    assertThat(
            messages(
                check(
                    directive(
                        "COMMITTEE",
                        null,
                        new TaskRequest(
                            "Việc", "SXD", null, LocalDate.of(2026, 12, 1), 10, false)))))
        .containsExactly(
            "Nhiệm vụ thứ 1: chỉ ghi hạn xử lý theo ngày hoặc theo số ngày làm việc, không ghi cả hai.");
    List<Problem> zero =
        check(directive("COMMITTEE", null, new TaskRequest("Việc", "SXD", null, null, 0, false)));
    assertThat(zero).extracting(Problem::field).containsExactly("tasks[1].deadlineWorkingDays");
    assertThat(messages(zero))
        .containsExactly("Nhiệm vụ thứ 1: số ngày làm việc phải từ 1 đến 1000.");
  }

  @Test
  void aDeadlineOnADayOffIsDueTheNextWorkingDayAndWorkingDaysCountFromAssignment() {
    List<Problem> problems = new ArrayList<>();
    // 08/11/2026 is a Sunday; ten working days from Monday 02/11/2026 end on Monday 16/11/2026.
    DirectiveRules.Checked checked =
        rules.check(
            directive(
                "COMMITTEE",
                null,
                task("Việc", "SXD", LocalDate.of(2026, 11, 8)),
                new TaskRequest("Việc", "STC", null, null, 10, false)),
            id -> false,
            problems);
    assertThat(problems).isEmpty();
    assertThat(checked.deadlines().get(0).asWritten()).isEqualTo(LocalDate.of(2026, 11, 8));
    assertThat(checked.deadlines().get(0).due()).isEqualTo(LocalDate.of(2026, 11, 9));
    assertThat(checked.deadlines().get(1).due()).isEqualTo(LocalDate.of(2026, 11, 16));
  }

  @Test
  void attachesOnlyADocumentTheCallerMayAttach() {
    DirectiveRequest withDocument =
        new DirectiveRequest(
            "162/QĐ-UBND",
            ISSUED,
            "COMMITTEE",
            null,
            "Về việc",
            77L,
            List.of(task("Việc", "SXD", null)));
    List<Problem> refused = new ArrayList<>();
    rules.check(withDocument, id -> false, refused);
    assertThat(messages(refused))
        .containsExactly(
            "Không có tệp văn bản mã 77 do bạn tải lên; chỉ đính kèm được tệp chính mình đã tải lên (POST /api/documents).");
    List<Problem> accepted = new ArrayList<>();
    rules.check(withDocument, id -> id == 77L, accepted);
    assertThat(accepted).isEmpty();
  }

  @Test
  void anAddendumAddsAtLeastOneTaskUnderTheSameRules() {
    List<Problem> empty = new ArrayList<>();
    rules.checkAddendum(List.of(), ISSUED, LocalDate.of(2026, 11, 20), empty);
    assertThat(messages(empty)).containsExactly("Cần ít nhất một nhiệm vụ để giao thêm.");
    List<Problem> early = new ArrayList<>();
    rules.checkAddendum(
        List.of(task("Việc", "SXD", LocalDate.of(2026, 11, 1))),
        ISSUED,
        LocalDate.of(2026, 11, 20),
        early);
    assertThat(early).extracting(Problem::field).containsExactly("tasks[1].deadline");
    List<Problem> none = new ArrayList<>();
    List<Deadline> deadlines =
        rules.checkAddendum(
            List.of(new TaskRequest("Việc", "SXD", null, null, 1, false)),
            ISSUED,
            LocalDate.of(2026, 11, 20),
            none);
    assertThat(none).isEmpty();
    assertThat(deadlines).extracting(Deadline::due).containsExactly(LocalDate.of(2026, 11, 23));
  }

  @Test
  void aReturnedTaskGoesToAnotherActiveUnit() {
    List<Problem> same = new ArrayList<>();
    rules.checkNewLeadUnit("SXD", "SXD", "Sở Xây dựng", same);
    assertThat(messages(same)).containsExactly("Cần chọn đơn vị chủ trì mới, khác Sở Xây dựng.");
    List<Problem> dissolved = new ArrayList<>();
    rules.checkNewLeadUnit("HCU", "SXD", "Sở Xây dựng", dissolved);
    assertThat(messages(dissolved))
        .containsExactly(
            "Đơn vị chủ trì mới 'HCU' đã giải thể; hãy giao cho đơn vị kế thừa 'HMOI'.");
    List<Problem> other = new ArrayList<>();
    rules.checkNewLeadUnit("STC", "SXD", "Sở Xây dựng", other);
    assertThat(other).isEmpty();
  }
}
