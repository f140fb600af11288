package vn.gov.tasktracking.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.deadline.ExtensionService;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Person;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.importing.TaskImportService;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;
import vn.gov.tasktracking.system.EngineClock;
import vn.gov.tasktracking.system.StartupNote;
import vn.gov.tasktracking.system.SystemWork;
import vn.gov.tasktracking.system.VietnamTime;

/**
 * Under the {@code demo} profile only: a province in motion at the first start, so that a newcomer
 * sees the product at work. Generated from the directory with a fixed seed, dates relative to the
 * day of the first start, loaded once into an empty register, in one transaction, by the product's
 * own paths:
 *
 * <ul>
 *   <li>a year of past directives and tasks (done on time, before the deadline, late, without
 *       deadline, withdrawn, and a few still open) through the Excel import, as an Office brings
 *       its records in;
 *   <li>a few weeks of live work registered and worked step by step with the engine's clock set to
 *       the day each step happened: registration and announcement, receipt, progress updates,
 *       results waiting for the unit leader and for the Office, an extension, a withdrawal, and
 *       reminders, overdue notices and explanations asked when their timers fell due; the inbox
 *       fills as these steps notify;
 *   <li>an inspection visit of the working group, planned and approved, waiting for the unit's
 *       report.
 * </ul>
 *
 * <p>It runs before the job executor starts (which waits for the application to be ready) and with
 * no signed-in person, as the engine's own start-up work; the few service calls that need a
 * person's role (a withdrawal) are made as that person, as their request would be.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(
    name = "tasktracking.demo.province",
    havingValue = "true",
    matchIfMissing = true)
@Order(100)
public class DemoProvince implements ApplicationRunner, StartupNote {

  /**
   * Engine property that records the load; with it, or with any task in the register, nothing is
   * loaded.
   */
  public static final String LOADED_PROPERTY = "tasktracking.demo-province";

  private static final Logger LOG = LoggerFactory.getLogger(DemoProvince.class);
  private static final String FILE_NAME = "du-lieu-mau-tinh.xlsx";

  /**
   * The officer's one step "Thực hiện nhiệm vụ": progress (it opens again) or the result, by the
   * form's choice.
   */
  private static final String WORK_STEP = "Task_CarryOutWork";

  private static final List<String> TOPICS =
      List.of(
          "Rà soát, báo cáo tiến độ giải ngân vốn đầu tư công",
          "Tham mưu kế hoạch cải cách hành chính",
          "Kiểm tra, xử lý vi phạm trật tự xây dựng trên địa bàn",
          "Đề xuất giải pháp tháo gỡ khó khăn cho doanh nghiệp",
          "Tổng hợp kết quả chuyển đổi số",
          "Hoàn thiện hồ sơ điều chỉnh quy hoạch chung",
          "Đẩy nhanh công tác giải phóng mặt bằng dự án trọng điểm",
          "Báo cáo tình hình thu, chi ngân sách",
          "Triển khai các biện pháp phòng, chống dịch bệnh",
          "Rà soát cơ sở vật chất trường học xuống cấp",
          "Xây dựng phương án phòng, chống thiên tai mùa mưa bão",
          "Tăng cường kiểm tra an toàn thực phẩm",
          "Cập nhật cơ sở dữ liệu đất đai",
          "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
          "Giải quyết kiến nghị của cử tri",
          "Sắp xếp, kiện toàn tổ chức bộ máy",
          "Nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
          "Kiểm tra công tác quản lý khoáng sản",
          "Chấn chỉnh kỷ luật, kỷ cương hành chính",
          "Hỗ trợ người dân xây dựng nhà ở kiên cố",
          "Rà soát thủ tục hành chính trên Cổng dịch vụ công",
          "Phát triển du lịch cộng đồng",
          "Đôn đốc tiến độ xây dựng cửa khẩu và hạ tầng logistics",
          "Báo cáo tình hình trật tự an toàn giao thông");

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final DirectoryService directory;
  private final AssignmentService assignment;
  private final ExtensionService extensions;
  private final TaskImportService imports;
  private final InspectionService inspections;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;
  private final EngineClock clock;
  private final long seed;
  private String outcome;

  DemoProvince(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      DirectoryService directory,
      AssignmentService assignment,
      ExtensionService extensions,
      TaskImportService imports,
      InspectionService inspections,
      TaskService tasks,
      ManagementService management,
      IdentityService identity,
      WorkingDayCalendar calendar,
      EngineClock clock,
      @Value("${tasktracking.demo.seed:20260101}") long seed) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.directory = directory;
    this.assignment = assignment;
    this.extensions = extensions;
    this.imports = imports;
    this.inspections = inspections;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.calendar = calendar;
    this.clock = clock;
    this.seed = seed;
  }

  @Override
  public void run(ApplicationArguments args) {
    String loaded = management.getProperties().get(LOADED_PROPERTY);
    if (loaded != null) {
      LOG.info("Demo province already loaded ({}); nothing added", loaded);
      outcome = "Demo province: loaded at an earlier start (" + loaded + ")";
      return;
    }
    long registered = jdbc.sql("select count(*) from assigned_task").query(Long.class).single();
    if (registered > 0) {
      LOG.info(
          "The register already holds {} tasks: the demo province is not loaded into it",
          registered);
      outcome = "Demo province: not loaded, the register already holds " + registered + " tasks";
      return;
    }
    long started = System.nanoTime();
    // The demo's own loading is the system's work; the steps it takes as named people run under
    // their rules.
    String record = SystemWork.call(() -> transaction.execute(status -> load()));
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info("Demo province loaded in {} ms: {}", millis, record);
    outcome = "Demo province: loaded now in " + millis + " ms (" + record + ")";
  }

  @Override
  public List<String> startupLines() {
    return outcome == null ? List.of() : List.of(outcome);
  }

  private String load() {
    LocalDate today = clock.today();
    Random random = new Random(seed);
    Cast cast = Cast.of(directory);
    Numbers numbers = new Numbers(random);
    long t0 = System.nanoTime();
    int live;
    try {
      live = liveWeeks(today, random, cast, numbers);
    } finally {
      ClockUtil.reset();
    }
    long t1 = System.nanoTime();
    List<DemoWorkbook.PastTask> past = pastYear(today, random, cast, numbers);
    TaskImportService.ImportResult imported =
        imports.importTasks(FILE_NAME, DemoWorkbook.write(past));
    long t2 = System.nanoTime();
    String inspection = inspectionUnderWay(today, cast);
    runDueJobs();
    LOG.info(
        "Demo province: live weeks {} ms, past year {} ms, inspection {} ms",
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (System.nanoTime() - t2) / 1_000_000);
    String record =
        "ngày "
            + today
            + ", hạt giống "
            + seed
            + ": "
            + imported.imported()
            + " nhiệm vụ nhập từ "
            + FILE_NAME
            + " ("
            + imported.open()
            + " đang mở), "
            + live
            + " nhiệm vụ đăng ký và xử lý theo từng bước, kiểm tra "
            + inspection;
    management.setProperty(LOADED_PROPERTY, record);
    return record;
  }

  // ---- The people the story needs, from the directory ----------------------------------------

  /** Units, issuers and people of the directory the story is told with. */
  private record Cast(
      List<Unit> units,
      List<Unit> workingUnits,
      Map<String, String> officerOf,
      List<String> vices,
      String office,
      String groupLeader,
      List<String> groupMembers) {

    static Cast of(DirectoryService directory) {
      List<Person> people = directory.people(null).stream().filter(Person::active).toList();
      List<Unit> units =
          directory.units().stream()
              .filter(u -> u.active() && u.kind() != UnitKind.PROVINCIAL_OFFICE)
              .sorted(Comparator.comparing(Unit::code))
              .toList();
      Map<String, String> officerOf = new LinkedHashMap<>();
      for (Unit unit : units) {
        people.stream()
            .filter(p -> p.unitCode().equals(unit.code()) && p.roles().contains(Role.OFFICER))
            .map(Person::username)
            .sorted()
            .findFirst()
            .ifPresent(o -> officerOf.put(unit.code(), o));
      }
      List<Unit> working = units.stream().filter(u -> officerOf.containsKey(u.code())).toList();
      List<String> vices = usernames(people, Role.VICE_CHAIRMAN);
      List<String> offices = usernames(people, Role.OFFICE_SPECIALIST);
      List<String> group = usernames(people, Role.WORKING_GROUP_MEMBER);
      String leader =
          people.stream()
              .filter(
                  p ->
                      p.roles().contains(Role.WORKING_GROUP_MEMBER)
                          && p.roles().contains(Role.UNIT_LEADER))
              .map(Person::username)
              .sorted()
              .findFirst()
              .orElse(group.isEmpty() ? null : group.get(0));
      return new Cast(
          units,
          working,
          officerOf,
          vices,
          offices.isEmpty() ? null : offices.get(0),
          leader,
          group.stream().filter(u -> !u.equals(leader)).toList());
    }

    private static List<String> usernames(List<Person> people, Role role) {
      return people.stream()
          .filter(p -> p.roles().contains(role))
          .map(Person::username)
          .sorted()
          .toList();
    }
  }

  /** Directive numbers: each issuer's own series, never repeated, whatever the year. */
  private static final class Numbers {
    private final Map<String, Integer> next = new HashMap<>();
    private final Random random;

    Numbers(Random random) {
      this.random = random;
    }

    String next(String issuerKey, String symbol) {
      int n =
          next.merge(
              issuerKey,
              40 + random.nextInt(60),
              (current, ignored) -> current + 1 + random.nextInt(6));
      return n + "/" + symbol;
    }
  }

  private record Issuer(
      String kind, String username, String importName, String key, String symbol, String excerpt) {}

  private Issuer issuer(Random random, Cast cast) {
    int pick = random.nextInt(cast.vices().isEmpty() ? 2 : 4);
    return switch (pick) {
      case 0 ->
          new Issuer(
              "COMMITTEE", null, "UBND tỉnh", "UBND", "KH-UBND", "Kế hoạch của UBND tỉnh về việc ");
      case 1 ->
          new Issuer(
              "CHAIRMAN",
              null,
              "Chủ tịch UBND tỉnh",
              "CHU_TICH",
              "CT-UBND",
              "Chỉ thị của Chủ tịch UBND tỉnh về việc ");
      default -> {
        String vice = cast.vices().get(random.nextInt(cast.vices().size()));
        yield new Issuer(
            "VICE_CHAIRMAN",
            vice,
            vice,
            vice,
            "TB-VP",
            "Thông báo kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc về việc ");
      }
    };
  }

  private static String lower(String topic) {
    return Character.toLowerCase(topic.charAt(0)) + topic.substring(1);
  }

  // ---- A year of past work, through the import ---------------------------------------------

  /**
   * Directives from a year ago to five weeks ago, one to three tasks each. Tasks long past their
   * deadline are mostly done (before it, on the day, or late), some withdrawn, a few still open and
   * overdue; the recent ones are done early or still open within their deadline.
   */
  private List<DemoWorkbook.PastTask> pastYear(
      LocalDate today, Random random, Cast cast, Numbers numbers) {
    List<DemoWorkbook.PastTask> rows = new ArrayList<>();
    LocalDate day = calendar.nextWorkingDayOnOrAfter(today.minusDays(365));
    LocalDate last = today.minusDays(35);
    while (!day.isAfter(last)) {
      Issuer issuer = issuer(random, cast);
      String number = numbers.next(issuer.key(), issuer.symbol());
      String mainTopic = TOPICS.get(random.nextInt(TOPICS.size()));
      List<Unit> units = new ArrayList<>(cast.units());
      Collections.shuffle(units, random);
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count && i < units.size(); i++) {
        Unit unit = units.get(i);
        String topic = i == 0 ? mainTopic : TOPICS.get(random.nextInt(TOPICS.size()));
        rows.add(
            pastTask(
                today,
                random,
                cast,
                number,
                day,
                issuer,
                mainTopic,
                topic + " (" + unit.name() + ")",
                unit));
      }
      day = calendar.addWorkingDays(day, 2 + random.nextInt(4));
    }
    return rows;
  }

  private DemoWorkbook.PastTask pastTask(
      LocalDate today,
      Random random,
      Cast cast,
      String number,
      LocalDate issuedOn,
      Issuer issuer,
      String mainTopic,
      String content,
      Unit unit) {
    LocalDate assigned = calendar.addWorkingDays(issuedOn, random.nextInt(3));
    String officer = cast.officerOf().get(unit.code());
    boolean mayStayOpen = officer != null;
    LocalDate deadline =
        random.nextInt(100) < 10
            ? null
            : calendar.addWorkingDays(assigned, 10 + random.nextInt(35));
    LocalDate completed = null;
    LocalDate withdrawn = null;
    int roll = random.nextInt(100);
    if (deadline == null) {
      if (!(mayStayOpen && roll < 30)) {
        completed =
            min(calendar.addWorkingDays(assigned, 5 + random.nextInt(40)), today.minusDays(1));
      }
    } else if (!deadline.isBefore(today)) {
      if (!(mayStayOpen && roll < 60)) {
        completed =
            min(calendar.subtractWorkingDays(deadline, 1 + random.nextInt(8)), today.minusDays(1));
      }
    } else if (roll < 45) {
      completed = calendar.subtractWorkingDays(deadline, 1 + random.nextInt(6));
    } else if (roll < 58) {
      completed = deadline;
    } else if (roll < 85 || !mayStayOpen) {
      completed =
          min(calendar.addWorkingDays(deadline, 1 + random.nextInt(15)), today.minusDays(1));
    } else if (roll < 92) {
      withdrawn = calendar.addWorkingDays(assigned, 1 + random.nextInt(8));
    }
    if (completed != null && completed.isBefore(assigned)) {
      completed = assigned;
    }
    boolean open = completed == null && withdrawn == null;
    String who = open ? (random.nextInt(3) == 0 ? null : officer) : officer;
    return new DemoWorkbook.PastTask(
        number,
        issuedOn,
        issuer.importName(),
        issuer.excerpt() + lower(mainTopic),
        content,
        unit.code(),
        assigned,
        deadline,
        completed,
        withdrawn,
        who);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  // ---- The last weeks, live, step by step ----------------------------------------------------

  /**
   * One moment of the story: the engine's clock is set to it, due timers fire, then the step is
   * taken.
   */
  private record Step(Instant at, int order, Runnable action) {}

  /** A task of the story: its register number once registered. */
  private static final class Story {
    String number;
  }

  private int liveWeeks(LocalDate today, Random random, Cast cast, Numbers numbers) {
    if (cast.workingUnits().isEmpty()) {
      return 0;
    }
    List<Step> steps = new ArrayList<>();
    Timeline t = new Timeline(today, random, cast, numbers, steps);

    // Just registered, waiting for the unit to receive it (one without deadline).
    t.registered(2, t.wd(18), false);
    t.registered(1, null, false);

    // In progress with updates, within its deadline; a key task.
    Story working = t.registered(30, t.wd(12), true);
    t.accept(working, 29);
    t.progress(working, 20, 20, "Đã xây dựng đề cương, lấy ý kiến các phòng chuyên môn.");
    t.progress(working, 8, 50, "Đã tổng hợp số liệu của các xã, đang hoàn thiện dự thảo báo cáo.");
    t.progress(working, 2, 70, "Đã trình lãnh đạo đơn vị cho ý kiến dự thảo.");

    // Due in two working days: the reminder three working days before has been sent.
    Story dueSoon = t.registered(25, t.wd(2), false);
    t.accept(dueSoon, 24);
    t.progress(dueSoon, 10, 40, "Đang phối hợp các đơn vị liên quan thu thập hồ sơ.");
    t.progress(dueSoon, 3, 80, "Đã hoàn thành dự thảo, chờ ý kiến thẩm định.");

    // The officer's result waits for the unit leader's sign-off.
    Story signOff = t.registered(20, t.wd(5), false);
    t.accept(signOff, 19);
    t.progress(signOff, 10, 60, "Đã kiểm tra thực địa, đang lập báo cáo.");
    t.submit(signOff, 1);

    // Signed off by the unit leader, waiting for the Office's review.
    Story review = t.registered(28, t.wd(8), false);
    t.accept(review, 27);
    t.progress(review, 15, 50, "Đã làm việc với chủ đầu tư, thống nhất phương án.");
    t.submit(review, 4);
    t.complete(
        review,
        3,
        "Task_LeaderSignOff",
        Map.of("leaderDecision", "APPROVE", "leaderComment", "Đồng ý, trình Văn phòng."));

    // Overdue: marked at 24:00 of the deadline day, the unit asked for an explanation the next
    // working day.
    Story overdue = t.registered(40, t.wd(-12), false);
    t.accept(overdue, 39);
    t.progress(overdue, 30, 30, "Vướng mắc về nguồn vốn, đã báo cáo Sở Tài chính.");
    // Overdue, explanation given.
    Story explained = t.registered(45, t.wd(-20), false);
    t.accept(explained, 44);
    t.complete(
        explained,
        17,
        "Task_ExplainDelay",
        Map.of(
            "explanation",
            "Hồ sơ phải chờ ý kiến thẩm định của bộ, ngành trung ương; đơn vị đã có văn bản đề nghị và sẽ hoàn thành trong tháng."));

    // Extended on the unit's request before its deadline.
    Story extended = t.registered(30, t.wd(1), false);
    t.accept(extended, 29);
    t.progress(extended, 15, 40, "Khối lượng lớn, cần thêm thời gian khảo sát.");
    t.requestExtension(extended, 6, t.wd(20), "Chờ kết quả khảo sát hiện trạng của đơn vị tư vấn.");
    t.complete(
        extended,
        4,
        "Task_DecideExtension",
        Map.of("extensionDecision", "APPROVE", "extensionComment", "Đồng ý gia hạn."));

    // Done through every step, before its deadline.
    Story done = t.registered(35, t.wd(-5), false);
    t.accept(done, 34);
    t.progress(done, 20, 60, "Đã hoàn thành khảo sát, đang lập báo cáo.");
    t.submit(done, 12);
    t.complete(
        done,
        11,
        "Task_LeaderSignOff",
        Map.of("leaderDecision", "APPROVE", "leaderComment", "Đồng ý."));
    t.complete(
        done,
        10,
        "Task_ReviewResult",
        Map.of("reviewDecision", "ACCEPT", "reviewComment", "Công nhận hoàn thành."));

    // Withdrawn by the Office.
    Story withdrawn = t.registered(15, t.wd(10), false);
    t.accept(withdrawn, 14);
    t.withdraw(withdrawn, 5, "Nội dung đã được giao tại văn bản khác, không cần thực hiện riêng.");

    // No deadline, in progress.
    Story open = t.registered(50, null, false);
    t.accept(open, 48);
    t.progress(open, 5, 30, "Đã xây dựng kế hoạch triển khai.");

    steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
    for (Step step : steps) {
      advanceTo(step.at());
      step.action().run();
      runDueJobs();
    }
    advanceTo(Instant.now());
    return t.registered;
  }

  /** Builds the steps of the live stories, each at its working day and hour. */
  private final class Timeline {
    private final LocalDate today;
    private final Random random;
    private final Cast cast;
    private final Numbers numbers;
    private final List<Step> steps;
    private int registered;

    Timeline(LocalDate today, Random random, Cast cast, Numbers numbers, List<Step> steps) {
      this.today = today;
      this.random = random;
      this.cast = cast;
      this.numbers = numbers;
      this.steps = steps;
    }

    /** The working day n working days from today (negative: before). */
    LocalDate wd(int n) {
      return n >= 0 ? calendar.addWorkingDays(today, n) : calendar.subtractWorkingDays(today, -n);
    }

    /**
     * The moment of a step n working days ago, during office hours, in registration order within
     * the day.
     */
    private Instant at(int daysAgo, int hour) {
      return wd(-daysAgo)
          .atTime(LocalTime.of(hour, 5 * (steps.size() % 12)))
          .atZone(VietnamTime.ZONE)
          .toInstant();
    }

    private void add(int daysAgo, int hour, Runnable action) {
      steps.add(new Step(at(daysAgo, hour), steps.size(), action));
    }

    Story registered(int daysAgo, LocalDate deadline, boolean keyTask) {
      Story story = new Story();
      Issuer issuer = issuer(random, cast);
      String number = numbers.next(issuer.key(), issuer.symbol());
      Unit unit = cast.workingUnits().get(registered % cast.workingUnits().size());
      String topic = TOPICS.get(random.nextInt(TOPICS.size()));
      List<String> coordinating =
          keyTask && cast.units().size() > 1
              ? List.of(
                  cast.units().stream()
                      .filter(u -> !u.code().equals(unit.code()))
                      .findFirst()
                      .orElseThrow()
                      .code())
              : List.of();
      registered++;
      LocalDate issuedOn = wd(-daysAgo);
      add(
          daysAgo,
          8,
          () -> {
            AssignmentService.Registration registration =
                assignment.register(
                    new DirectiveRequest(
                        number,
                        issuedOn,
                        issuer.kind(),
                        issuer.username(),
                        issuer.excerpt() + lower(topic),
                        null,
                        List.of(
                            new DirectiveRequest.TaskRequest(
                                topic + " (" + unit.name() + ")",
                                unit.code(),
                                coordinating,
                                deadline,
                                null,
                                keyTask))));
            story.number = registration.registerNumbers().get(0);
          });
      return story;
    }

    void accept(Story story, int daysAgo) {
      add(
          daysAgo,
          9,
          () -> {
            String unit = assignment.task(story.number).leadUnit();
            completeStep(
                story,
                "Task_ReceiveTask",
                Map.of("receiveDecision", "ACCEPT", "officer", cast.officerOf().get(unit)));
          });
    }

    void progress(Story story, int daysAgo, int percent, String note) {
      complete(
          story,
          daysAgo,
          WORK_STEP,
          Map.of(
              "workAction", "PROGRESS", "progressPercent", (long) percent, "progressNote", note));
    }

    void submit(Story story, int daysAgo) {
      int report = 100 + random.nextInt(800);
      add(
          daysAgo,
          10 + random.nextInt(6),
          () ->
              completeStep(
                  story,
                  WORK_STEP,
                  Map.of(
                      "workAction", "RESULT",
                      "resultText", "Đã hoàn thành nhiệm vụ; báo cáo kết quả kèm theo.",
                      "resultDocument",
                          report + "/BC-" + assignment.task(story.number).leadUnit())));
    }

    void complete(Story story, int daysAgo, String activity, Map<String, Object> variables) {
      add(daysAgo, 10 + random.nextInt(6), () -> completeStep(story, activity, variables));
    }

    void requestExtension(Story story, int daysAgo, LocalDate proposed, String reason) {
      add(daysAgo, 9, () -> extensions.request(story.number, reason, proposed));
    }

    void withdraw(Story story, int daysAgo, String reason) {
      add(
          daysAgo,
          14,
          () ->
              asPerson(
                  cast.office(),
                  Role.OFFICE_SPECIALIST,
                  () -> assignment.requestWithdrawal(story.number, reason)));
    }
  }

  private void completeStep(Story story, String activity, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(story.number)
            .taskDefinitionKey(activity)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException(
          "Demo province: " + story.number + " does not wait at " + activity);
    }
    tasks.complete(task.getId(), variables);
  }

  /**
   * A service that checks the caller's role is called as the person whose request it stands for.
   */
  private void asPerson(String username, Role role, Runnable call) {
    identity.setAuthentication(username, List.of(role.groupId()));
    try {
      call.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Moves the engine's clock to the moment, firing each timer on the way at its own due time, as
   * the job executor would have.
   */
  private void advanceTo(Instant until) {
    runDueJobs();
    while (true) {
      List<Job> next =
          management
              .createJobQuery()
              .timers()
              .duedateLowerThan(Date.from(until.plusMillis(1)))
              .orderByJobDuedate()
              .asc()
              .listPage(0, 1);
      if (next.isEmpty()) {
        break;
      }
      Date due = next.get(0).getDuedate();
      if (due.after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(due);
      }
      runDueJobs();
    }
    ClockUtil.setCurrentTime(Date.from(until));
  }

  /**
   * Works off every job of the processes due at the engine's current time, as the job executor
   * would have.
   */
  private void runDueJobs() {
    for (int round = 0; round < 50; round++) {
      // The processes' jobs only: the engine's own (history cleanup) keep to their schedule.
      List<Job> due =
          management.createJobQuery().executable().list().stream()
              .filter(j -> j.getProcessInstanceId() != null)
              .toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
    throw new IllegalStateException("Demo province: jobs keep falling due");
  }

  // ---- An inspection under way ---------------------------------------------------------------

  private String inspectionUnderWay(LocalDate today, Cast cast) {
    if (cast.groupLeader() == null
        || cast.groupMembers().isEmpty()
        || cast.workingUnits().isEmpty()) {
      return "không có (danh mục thiếu Tổ công tác)";
    }
    Unit unit = cast.workingUnits().get(0);
    InspectionService.Planned planned =
        inspections.plan(
            new InspectionRequests.Plan(
                unit.code(),
                today.minusMonths(6).withDayOfMonth(1),
                calendar.subtractWorkingDays(today, 1),
                calendar.addWorkingDays(today, 8),
                null,
                cast.groupLeader(),
                cast.groupMembers(),
                "Kiểm tra việc thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh giao; kỷ luật, kỷ cương hành chính."));
    runDueJobs();
    Task approve =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(planned.businessKey())
            .taskDefinitionKey("Task_ApprovePlan")
            .singleResult();
    tasks.complete(approve.getId(), Map.of("planDecision", "APPROVE"));
    runDueJobs();
    return planned.businessKey() + " tại " + unit.name();
  }
}
