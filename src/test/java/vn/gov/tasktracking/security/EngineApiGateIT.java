package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;

/**
 * An officer of another unit tries, on both REST surfaces of the engine, every resource that is not
 * for people: each is refused with 403 in Vietnamese before the engine sees it, and nothing changes
 * (a timer's retries stay at 3, no row appears or goes). The Tasklist journey still works.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // The REST surfaces find engines by name in a registry of the whole JVM, where other tests'
    // contexts register engines named "default" too: this test addresses an engine of its own.
    properties = "camunda.bpm.process-engine-name=" + EngineApiGateIT.ENGINE)
class EngineApiGateIT {

  static final String ENGINE = "gateit";
  static final String PROCESS = "it-engine-gate";
  static final String ENGINE_REST = "/engine-rest/engine/" + ENGINE;
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/" + ENGINE;

  /** Tables a refused call could change. */
  private static final List<String> TABLES =
      List.of(
          "ACT_RE_DEPLOYMENT",
          "ACT_RE_PROCDEF",
          "ACT_RU_AUTHORIZATION",
          "ACT_ID_USER",
          "ACT_ID_GROUP",
          "ACT_ID_MEMBERSHIP",
          "ACT_RU_VARIABLE",
          "ACT_RU_EXECUTION",
          "ACT_RU_INCIDENT",
          "ACT_RU_JOB",
          "ACT_RU_TASK",
          "ACT_RU_IDENTITYLINK",
          "ACT_RU_EVENT_SUBSCR",
          "ACT_RU_FILTER",
          "ACT_HI_COMMENT");

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;

  private String instance;
  private String task;
  private Job timer;

  /** A task of the Construction Department with a reminder timer on it. */
  @BeforeEach
  void sxdTaskWithATimer() {
    TestPeople.ensure(directory);
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      BpmnModelInstance model =
          Bpmn.createExecutableProcess(PROCESS)
              .camundaHistoryTimeToLive(1)
              .startEvent()
              .userTask("Task_Work")
              .name("Xử lý")
              .camundaCandidateGroups("${unit}")
              .boundaryEvent("Timer_Remind")
              .cancelActivity(false)
              .timerWithDuration("P10D")
              .endEvent("End_Reminded")
              .moveToActivity("Task_Work")
              .endEvent()
              .done();
      repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
    }
    instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("unit", "SXD")).getId();
    task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    timer = management.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(timer.getRetries()).isEqualTo(3);
  }

  @Test
  void officerOfAnotherUnitReachesNoEngineResourceOffTheAllowListAndNothingChanges()
      throws Exception {
    Client basic = Client.basic(port, TestPeople.CAOLOC_OFFICER, TestPeople.PASSWORD);
    Client session =
        Client.webappSession(port, ENGINE, TestPeople.CAOLOC_OFFICER, TestPeople.PASSWORD);
    Map<String, Long> before = rowCounts();
    String deployment =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS)
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    String jobDefinition = timer.getJobDefinitionId();

    for (String surface : List.of(ENGINE_REST, WEBAPP_ENGINE)) {
      Client client = surface.equals(ENGINE_REST) ? basic : session;
      for (Attempt attempt : forbiddenAttempts(deployment, jobDefinition)) {
        // Three times each: a refusal the engine counted would take the timer's retries to 0.
        for (int i = 0; i < 3; i++) {
          HttpResponse<String> answer =
              client.send(
                  attempt.method(), surface + attempt.path(), attempt.type(), attempt.body());
          assertThat(answer.statusCode()).as(surface + " " + attempt).isEqualTo(403);
          assertThat(answer.body()).as(surface + " " + attempt).contains("Bạn không có quyền");
        }
      }
    }

    Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(3);
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(after.isSuspended()).isFalse();
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(runtime.getVariables(instance)).isEqualTo(Map.of("unit", "SXD"));
  }

  @Test
  void readsOfAnotherUnitReturnNothingOfIt() throws Exception {
    Client basic = Client.basic(port, TestPeople.CAOLOC_OFFICER, TestPeople.PASSWORD);
    Client session =
        Client.webappSession(port, ENGINE, TestPeople.CAOLOC_OFFICER, TestPeople.PASSWORD);
    for (Client client : List.of(basic, session)) {
      String surface = client == basic ? ENGINE_REST : WEBAPP_ENGINE;
      assertThat(
              client
                  .send("GET", surface + "/task?processInstanceId=" + instance, null, null)
                  .body())
          .isEqualTo("[]");
      assertThat(
              client.send("GET", surface + "/job?processInstanceId=" + instance, null, null).body())
          .isEqualTo("[]");
      assertThat(
              client
                  .send(
                      "GET",
                      surface + "/process-instance?processInstanceIds=" + instance,
                      null,
                      null)
                  .body())
          .isEqualTo("[]");
      assertThat(client.send("GET", surface + "/task/" + task, null, null).statusCode())
          .isIn(403, 404);
    }
  }

  @Test
  void theTasklistJourneyOfTheUnitStillWorksOnBothSurfaces() throws Exception {
    Client session =
        Client.webappSession(port, ENGINE, TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
    String json = "application/json";
    assertThat(
            session
                .send(
                    "POST",
                    WEBAPP_ENGINE + "/task/count",
                    json,
                    "{\"processInstanceId\":\"" + instance + "\"}")
                .body())
        .contains("\"count\":1");
    assertThat(
            session
                .send("GET", WEBAPP_ENGINE + "/task/" + task + "/form-variables", null, null)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            session
                .send("GET", WEBAPP_ENGINE + "/task/" + task + "/identity-links", null, null)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            session
                .send(
                    "POST",
                    WEBAPP_ENGINE + "/task/" + task + "/claim",
                    json,
                    "{\"userId\":\"" + TestPeople.SXD_OFFICER + "\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            session
                .send("POST", WEBAPP_ENGINE + "/task/" + task + "/unclaim", json, "{}")
                .statusCode())
        .isEqualTo(204);

    Client basic = Client.basic(port, TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
    assertThat(
            basic
                .send(
                    "POST",
                    ENGINE_REST + "/task/" + task + "/claim",
                    json,
                    "{\"userId\":\"" + TestPeople.SXD_OFFICER + "\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            basic
                .send("POST", ENGINE_REST + "/task/" + task + "/complete", json, "{}")
                .statusCode())
        .isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
  }

  @Test
  void administratorsReachEverything() throws Exception {
    Client admin = Client.basic(port, TestPeople.ADMIN, TestPeople.PASSWORD);
    assertThat(admin.send("GET", ENGINE_REST + "/authorization/count", null, null).statusCode())
        .isEqualTo(200);
    assertThat(
            admin
                .send(
                    "PUT",
                    ENGINE_REST + "/job/" + timer.getId() + "/retries",
                    "application/json",
                    "{\"retries\":5}")
                .statusCode())
        .isEqualTo(204);
    assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries())
        .isEqualTo(5);
    Client officer = Client.basic(port, TestPeople.SXD_OFFICER, TestPeople.PASSWORD);
    assertThat(officer.send("GET", ENGINE_REST + "/authorization/count", null, null).statusCode())
        .isEqualTo(403);
  }

  record Attempt(String method, String path, String type, String body) {
    static Attempt json(String method, String path, String body) {
      return new Attempt(method, path, "application/json", body);
    }
  }

  private List<Attempt> forbiddenAttempts(String deployment, String jobDefinition) {
    String job = timer.getId();
    String multipart =
        "--gate\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nforged\r\n"
            + "--gate\r\nContent-Disposition: form-data; name=\"data\"; filename=\"forged.bpmn\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + Bpmn.convertToString(
                Bpmn.createExecutableProcess("forged")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .endEvent()
                    .done())
            + "\r\n--gate--\r\n";
    return List.of(
        Attempt.json("POST", "/job/" + job + "/execute", ""),
        Attempt.json("PUT", "/job/" + job + "/retries", "{\"retries\":0}"),
        Attempt.json(
            "PUT", "/job/" + job + "/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0700\"}"),
        Attempt.json("PUT", "/job/" + job + "/suspended", "{\"suspended\":true}"),
        Attempt.json("DELETE", "/job/" + job, ""),
        Attempt.json("POST", "/job/retries", "{\"jobIds\":[\"" + job + "\"],\"retries\":0}"),
        Attempt.json("PUT", "/job-definition/" + jobDefinition + "/retries", "{\"retries\":0}"),
        Attempt.json(
            "PUT", "/job-definition/" + jobDefinition + "/suspended", "{\"suspended\":true}"),
        new Attempt("POST", "/deployment/create", "multipart/form-data; boundary=gate", multipart),
        Attempt.json("DELETE", "/deployment/" + deployment + "?cascade=true", ""),
        Attempt.json("POST", "/deployment/" + deployment + "/redeploy", "{}"),
        Attempt.json(
            "POST",
            "/authorization/create",
            "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\""
                + TestPeople.CAOLOC_OFFICER
                + "\",\"resourceType\":0,\"resourceId\":\"*\"}"),
        Attempt.json("GET", "/authorization", ""),
        Attempt.json(
            "POST",
            "/user/create",
            "{\"profile\":{\"id\":\"it.gia.mao\",\"firstName\":\"Giả\",\"lastName\":\"Mạo\"},\"credentials\":{\"password\":\"Gia-mao-123456\"}}"),
        Attempt.json(
            "PUT",
            "/user/" + TestPeople.CAOLOC_OFFICER + "/profile",
            "{\"id\":\""
                + TestPeople.CAOLOC_OFFICER
                + "\",\"firstName\":\"Đổi\",\"lastName\":\"Tên\",\"email\":\"x@evil.example\"}"),
        Attempt.json(
            "POST",
            "/group/create",
            "{\"id\":\"forged\",\"name\":\"Giả mạo\",\"type\":\"WORKFLOW\"}"),
        Attempt.json("PUT", "/group/camunda-admin/members/" + TestPeople.CAOLOC_OFFICER, ""),
        Attempt.json(
            "POST",
            "/identity/verify",
            "{\"username\":\"" + TestPeople.ADMIN + "\",\"password\":\"doan-thu\"}"),
        Attempt.json(
            "PUT",
            "/process-instance/" + instance + "/variables/unit",
            "{\"value\":\"CAOLOC\",\"type\":\"String\"}"),
        Attempt.json(
            "POST",
            "/process-instance/" + instance + "/variables",
            "{\"modifications\":{\"x\":{\"value\":1}}}"),
        Attempt.json("DELETE", "/process-instance/" + instance + "/variables/unit", ""),
        Attempt.json(
            "PUT",
            "/execution/" + instance + "/localVariables/x",
            "{\"value\":1,\"type\":\"Integer\"}"),
        Attempt.json("PUT", "/task/" + task + "/variables/x", "{\"value\":1,\"type\":\"Integer\"}"),
        Attempt.json(
            "POST",
            "/task/" + task + "/localVariables",
            "{\"modifications\":{\"x\":{\"value\":1}}}"),
        Attempt.json(
            "PUT",
            "/task/" + task,
            "{\"name\":\"Xử lý\",\"due\":\"2030-01-01T00:00:00.000+0700\"}"),
        Attempt.json(
            "POST",
            "/task/" + task + "/identity-links",
            "{\"groupId\":\"CAOLOC\",\"type\":\"candidate\"}"),
        Attempt.json(
            "POST",
            "/task/" + task + "/delegate",
            "{\"userId\":\"" + TestPeople.CAOLOC_OFFICER + "\"}"),
        Attempt.json("POST", "/task/" + task + "/bpmnError", "{\"errorCode\":\"x\"}"),
        Attempt.json("DELETE", "/task/" + task, ""),
        Attempt.json("POST", "/task/create", "{\"id\":\"forged-task\",\"name\":\"Giả mạo\"}"),
        Attempt.json(
            "POST",
            "/message",
            "{\"messageName\":\"anything\",\"processInstanceId\":\"" + instance + "\"}"),
        Attempt.json("POST", "/signal", "{\"name\":\"anything\"}"),
        Attempt.json("DELETE", "/process-instance/" + instance, ""),
        Attempt.json(
            "POST", "/process-instance/delete", "{\"processInstanceIds\":[\"" + instance + "\"]}"),
        Attempt.json(
            "POST",
            "/process-instance/" + instance + "/modification",
            "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_Work\"}]}"),
        Attempt.json("PUT", "/process-instance/" + instance + "/suspended", "{\"suspended\":true}"),
        Attempt.json(
            "POST",
            "/process-instance/job-retries",
            "{\"processInstances\":[\"" + instance + "\"],\"retries\":0}"),
        Attempt.json(
            "POST",
            "/execution/" + instance + "/create-incident",
            "{\"incidentType\":\"forged\",\"message\":\"x\"}"),
        Attempt.json("POST", "/migration/execute", "{}"),
        Attempt.json("POST", "/modification/execute", "{}"),
        Attempt.json(
            "POST",
            "/filter/create",
            "{\"resourceType\":\"Task\",\"name\":\"Giả mạo\",\"query\":{}}"),
        Attempt.json("POST", "/history/cleanup", ""),
        Attempt.json(
            "POST",
            "/history/process-instance/delete",
            "{\"historicProcessInstanceIds\":[\"" + instance + "\"]}"),
        Attempt.json(
            "PUT", "/process-definition/key/" + PROCESS + "/suspended", "{\"suspended\":true}"),
        Attempt.json("DELETE", "/process-definition/key/" + PROCESS + "/delete?cascade=true", ""),
        Attempt.json("GET", "/metrics", ""),
        new Attempt("POST", "/job/" + job + "/execute", null, null));
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    return counts;
  }

  /** A caller of the REST surfaces: HTTP Basic, or the session of someone signed in to Tasklist. */
  static final class Client {

    private final int port;
    private final HttpClient http;
    private final CookieManager cookies;
    private final String authorization;

    private Client(int port, CookieManager cookies, String authorization) {
      this.port = port;
      this.cookies = cookies;
      this.authorization = authorization;
      HttpClient.Builder builder =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
      this.http = cookies == null ? builder.build() : builder.cookieHandler(cookies).build();
    }

    static Client basic(int port, String user, String password) {
      String token =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      return new Client(port, null, "Basic " + token);
    }

    static Client anonymous(int port) {
      return new Client(port, new CookieManager(), null);
    }

    /**
     * Signs in with Tasklist's login form, as the browser does, and keeps the session and its CSRF
     * token.
     */
    static Client webappSession(int port, String engine, String user, String password)
        throws IOException, InterruptedException {
      Client client = anonymous(port);
      assertThat(client.login(engine, user, password).statusCode()).isEqualTo(200);
      // The session changed at login: its CSRF token comes with the next read, as in the browser.
      client.send("GET", "/camunda/api/admin/auth/user/" + engine, null, null);
      return client;
    }

    HttpResponse<String> login(String user, String password)
        throws IOException, InterruptedException {
      return login("default", user, password);
    }

    HttpResponse<String> login(String engine, String user, String password)
        throws IOException, InterruptedException {
      if (csrfToken() == null) {
        send("GET", "/camunda/app/tasklist/" + engine + "/", null, null);
      }
      String form =
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8);
      return send(
          "POST",
          "/camunda/api/admin/auth/user/" + engine + "/login/tasklist",
          "application/x-www-form-urlencoded",
          form);
    }

    String csrfToken() {
      if (cookies == null) {
        return null;
      }
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElse(null);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body)
        throws IOException, InterruptedException {
      return send(method, path, contentType, body, Map.of());
    }

    HttpResponse<String> send(
        String method, String path, String contentType, String body, Map<String, String> headers)
        throws IOException, InterruptedException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .method(
                  method,
                  body == null || body.isEmpty()
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (contentType != null && body != null && !body.isEmpty()) {
        request.header("Content-Type", contentType);
      }
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      String token = csrfToken();
      if (token != null) {
        request.header("X-XSRF-TOKEN", token);
      }
      headers.forEach(request::header);
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
