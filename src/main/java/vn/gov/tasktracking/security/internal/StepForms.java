package vn.gov.tasktracking.security.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The fields of the Camunda Form a step or a start event shows, read from the deployed {@code
 * .form} itself (as Tasklist renders it), so a field a designer adds in Camunda Modeler is accepted
 * at once. Parsed once per deployed form definition.
 */
public final class StepForms {

  /**
   * The keys of a form: those a person fills in, and those it only shows (disabled or read-only).
   */
  public record Fields(String formKey, Set<String> editable, Set<String> shown) {
    public boolean has(String name) {
      return editable.contains(name) || shown.contains(name);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Fields> byDefinitionId = new ConcurrentHashMap<>();

  /** The form of a user task, or null when the step has no Camunda Form. */
  public Fields ofTask(TaskEntity task, CommandContext context) {
    if (task.getProcessDefinitionId() == null) {
      return null;
    }
    task.initializeFormKey();
    CamundaFormRef ref = task.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      return null;
    }
    ProcessDefinitionEntity definition =
        context
            .getProcessEngineConfiguration()
            .getDeploymentCache()
            .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
    return of(ref, definition.getDeploymentId(), context);
  }

  /** The start form of a process definition, or null when it has no Camunda Form. */
  public Fields ofStart(String processDefinitionId, CommandContext context) {
    StartFormData data =
        context.runWithoutAuthorization(
            () -> new GetStartFormCmd(processDefinitionId).execute(context));
    CamundaFormRef ref = data == null ? null : data.getCamundaFormRef();
    if (ref == null || ref.getKey() == null) {
      return null;
    }
    return of(ref, data.getDeploymentId(), context);
  }

  private Fields of(CamundaFormRef ref, String deploymentId, CommandContext context) {
    CamundaFormDefinition definition =
        context.runWithoutAuthorization(
            () -> new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(context));
    if (definition == null) {
      return null;
    }
    return byDefinitionId.computeIfAbsent(
        definition.getId(),
        id -> {
          ResourceEntity resource =
              context
                  .getResourceManager()
                  .findResourceByDeploymentIdAndResourceName(
                      definition.getDeploymentId(), definition.getResourceName());
          return parse(ref.getKey(), resource.getBytes());
        });
  }

  public static Fields parse(String formKey, byte[] json) {
    Set<String> editable = new LinkedHashSet<>();
    Set<String> shown = new LinkedHashSet<>();
    try {
      collect(JSON.readTree(json), editable, shown);
    } catch (IOException e) {
      throw new IllegalStateException("form " + formKey + " is no JSON", e);
    }
    shown.removeAll(editable);
    return new Fields(formKey, Set.copyOf(editable), Set.copyOf(shown));
  }

  private static void collect(JsonNode node, Set<String> editable, Set<String> shown) {
    JsonNode components = node.path("components");
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && !key.isBlank()) {
        if (isTrue(component.get("disabled")) || isTrue(component.get("readonly"))) {
          shown.add(key);
        } else {
          editable.add(key);
        }
      }
      collect(component, editable, shown);
    }
  }

  /**
   * Only a plain {@code true}: a field read-only by an expression ("=...") may be filled in when it
   * is not.
   */
  private static boolean isTrue(JsonNode flag) {
    return flag != null && flag.isBoolean() && flag.asBoolean();
  }
}
