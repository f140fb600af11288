package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.security.internal.EngineApiAllowList;
import vn.gov.tasktracking.security.internal.EngineApiGate;

class EngineApiAllowListTest {

  @Test
  void bothSurfacesAndNamedEnginesLeadToTheSamePath() {
    assertThat(EngineApiGate.target("/engine-rest/job/5/execute", "/engine-rest", true))
        .isEqualTo(new EngineApiGate.Target("default", "/job/5/execute"));
    assertThat(
            EngineApiGate.target(
                "/engine-rest/engine/default/job/5/execute/", "/engine-rest", true))
        .isEqualTo(new EngineApiGate.Target("default", "/job/5/execute"));
    assertThat(
            EngineApiGate.target(
                "/camunda/api/engine/engine/default/job/5/execute", "/camunda/api/engine", false))
        .isEqualTo(new EngineApiGate.Target("default", "/job/5/execute"));
    // The list of engines names none.
    assertThat(EngineApiGate.target("/engine-rest/engine", "/engine-rest", true).engine()).isNull();
    assertThat(
            EngineApiGate.target("/camunda/api/engine/engine/", "/camunda/api/engine", false)
                .engine())
        .isNull();
  }

  @Test
  void theTasklistJourneyIsAllowed() {
    assertThat(EngineApiAllowList.permits("GET", "/task/7/form-variables", "a")).isTrue();
    assertThat(EngineApiAllowList.permits("POST", "/filter/f1/list", "a")).isTrue();
    assertThat(EngineApiAllowList.permits("POST", "/task/7/claim", "a")).isTrue();
    assertThat(EngineApiAllowList.permits("POST", "/task/7/submit-form", "a")).isTrue();
    assertThat(EngineApiAllowList.permits("POST", "/task/7/complete", "a")).isTrue();
    assertThat(
            EngineApiAllowList.permits(
                "POST", "/process-definition/key/task-assignment/submit-form", "a"))
        .isTrue();
    assertThat(EngineApiAllowList.permits("POST", "/history/task/count", "a")).isTrue();
    assertThat(EngineApiAllowList.permits("PUT", "/user/a/credentials", "a")).isTrue();
  }

  @Test
  void engineResourcesForAdministratorsAreNot() {
    assertThat(EngineApiAllowList.permits("POST", "/job/5/execute", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("PUT", "/job/5/retries", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("POST", "/deployment/create", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("GET", "/authorization", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("PUT", "/user/b/credentials", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("PUT", "/task/7/variables/dueDate", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("PUT", "/task/7", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("POST", "/task/create", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("POST", "/history/cleanup", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("POST", "/history/process-instance/delete", "a"))
        .isFalse();
    assertThat(EngineApiAllowList.permits("DELETE", "/process-instance/1", "a")).isFalse();
    assertThat(EngineApiAllowList.permits("PATCH", "/task/7", "a")).isFalse();
  }
}
