package vn.gov.tasktracking.system;

/**
 * Work a node must have finished at start before it serves requests: the node is not ready
 * (readiness probe and API answer 503) until every step says it is done.
 */
public interface StartupStep {

  /**
   * @return what the step prepares, for the administrators' health details, e.g. "directory"
   */
  String stepName();

  /**
   * @return true once the step has run to its end at this start
   */
  boolean done();
}
