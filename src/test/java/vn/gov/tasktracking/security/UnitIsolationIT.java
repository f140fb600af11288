package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.directory.DirectoryService;

/** An officer works only on their own unit's tasks, in the engine and through both REST APIs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitIsolationIT {

  private static final String PROCESS = "it-unit-isolation";

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;

  private String sxdTask;
  private String caoLocTask;

  @BeforeEach
  void twoUnitsEachWithATask() {
    TestPeople.ensure(directory);
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      BpmnModelInstance model =
          Bpmn.createExecutableProcess(PROCESS)
              .camundaHistoryTimeToLive(1)
              .startEvent()
              .userTask("Task_Work")
              .name("Xử lý")
              .camundaCandidateGroups("${unit}")
              .endEvent()
              .done();
      repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
    }
    sxdTask = startFor("SXD");
    caoLocTask = startFor("CAOLOC");
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void officerSeesAndCompletesOnlyTasksOfOwnUnitThroughTaskService() {
    signInAs(TestPeople.SXD_OFFICER);

    List<String> visible =
        tasks.createTaskQuery().processDefinitionKey(PROCESS).list().stream()
            .map(Task::getId)
            .toList();
    assertThat(visible).contains(sxdTask).doesNotContain(caoLocTask);
    assertThatThrownBy(() -> tasks.complete(caoLocTask)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> tasks.claim(caoLocTask, TestPeople.SXD_OFFICER))
        .isInstanceOf(AuthorizationException.class);

    tasks.complete(sxdTask);
    identity.clearAuthentication();
    assertThat(tasks.createTaskQuery().taskId(caoLocTask).count()).isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskId(sxdTask).count()).isZero();
  }

  @Test
  void tasklistFiltersExistInVietnameseForEveryoneAndShowOnlyOwnUnitWork() {
    signInAs(TestPeople.SXD_OFFICER);

    List<String> names = filters.createFilterQuery().list().stream().map(Filter::getName).toList();
    assertThat(names).contains("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
    Filter unitFilter = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult();
    List<String> unitWork =
        filters.<Task>list(unitFilter.getId()).stream().map(Task::getId).toList();
    assertThat(unitWork).contains(sxdTask).doesNotContain(caoLocTask);
  }

  @Test
  void officeSpecialistSeesTasksOfEveryUnit() {
    signInAs(TestPeople.OFFICE_SPECIALIST);

    List<String> visible =
        tasks.createTaskQuery().processDefinitionKey(PROCESS).list().stream()
            .map(Task::getId)
            .toList();
    assertThat(visible).contains(sxdTask, caoLocTask);
  }

  @Test
  void officerSeesAndCompletesOnlyTasksOfOwnUnitThroughEngineRest() {
    ResponseEntity<List> list =
        rest.withBasicAuth(TestPeople.SXD_OFFICER, TestPeople.PASSWORD)
            .getForEntity("/engine-rest/task?processDefinitionKey=" + PROCESS, List.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Object> ids = list.getBody().stream().map(t -> ((Map<?, ?>) t).get("id")).toList();
    assertThat(ids).contains(sxdTask).doesNotContain(caoLocTask);

    ResponseEntity<String> foreign = complete(TestPeople.SXD_OFFICER, caoLocTask);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(caoLocTask).count()).isEqualTo(1);

    ResponseEntity<String> own = complete(TestPeople.SXD_OFFICER, sxdTask);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(sxdTask).count()).isZero();
  }

  @Test
  void bothApisRefuseUnauthenticatedCallers() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> api = rest.getForEntity("/api/directory/units", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getBody()).contains("Cần đăng nhập");
    // Camunda delays a user's next login after a wrong password: use someone no other test signs in
    // as.
    assertThat(
            rest.withBasicAuth(TestPeople.STC_OFFICER, "sai-mat-khau")
                .getForEntity("/api/directory/units", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            rest.withBasicAuth(TestPeople.STC_OFFICER, "sai-mat-khau")
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void signedInCallerReadsTheProductApi() {
    ResponseEntity<List> units =
        rest.withBasicAuth(TestPeople.SXD_OFFICER, TestPeople.PASSWORD)
            .getForEntity("/api/directory/units", List.class);
    assertThat(units.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(units.getBody()).isNotEmpty();
  }

  private ResponseEntity<String> complete(String user, String taskId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestPeople.PASSWORD)
        .exchange(
            "/engine-rest/task/" + taskId + "/complete",
            HttpMethod.POST,
            new HttpEntity<>("{}", headers),
            String.class);
  }

  private String startFor(String unit) {
    String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("unit", unit)).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private void signInAs(String username) {
    List<String> groups =
        identity.createGroupQuery().groupMember(username).list().stream()
            .map(Group::getId)
            .toList();
    identity.setAuthentication(username, groups);
  }
}
