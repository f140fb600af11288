package vn.gov.tasktracking.system;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * How a refusal of the product reaches a person who calls the engine directly ({@code /engine-rest}
 * or the webapps' engine API under {@code /camunda/api/engine}, which Tasklist uses).
 *
 * <p>The engine wraps an exception of a step's listener ("ENGINE-03051 There was an exception while
 * invoking the TaskListener"); Camunda's REST answers it with 500 and the engine logs it as an
 * error with its stack trace. Camunda's task resources (complete, submit-form, ...) pass only an
 * {@link AuthorizationException} on as it is; every other engine exception becomes a 500 or a 400
 * whose message starts with "Cannot complete task ...". So a refusal is raised as an {@link
 * AuthorizationException} whose message is the Vietnamese sentence alone: Camunda's REST answers
 * 403 with it on every resource, and the engine logs it at debug level, without a stack trace. The
 * product's refusal stays its cause, so the product's own API still answers 400 for bad input and
 * 403 for who asks ({@code ApiExceptionHandler}).
 */
public final class ProductRefusals {

  private ProductRefusals() {}

  /** A refusal of what was sent. */
  public static AuthorizationException invalid(String message) {
    return refusal(InvalidInputException.of("variables", message));
  }

  /** A refusal of who asks. */
  public static AuthorizationException forbidden(String message) {
    return refusal(new ForbiddenException(message));
  }

  /**
   * The refusal for Camunda's REST for a product refusal anywhere in the causes of {@code failure},
   * or {@code failure} itself when it holds none.
   */
  public static RuntimeException forEngineClients(RuntimeException failure) {
    RuntimeException product = productCause(failure);
    if (product == null
        || (failure instanceof AuthorizationException && failure.getCause() == product)) {
      return failure;
    }
    return refusal(product);
  }

  /** The product refusal held in {@code failure} or its causes, if any. */
  public static RuntimeException productCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException || cause instanceof ForbiddenException) {
        return (RuntimeException) cause;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private static AuthorizationException refusal(RuntimeException product) {
    AuthorizationException refusal = new AuthorizationException(product.getMessage());
    refusal.initCause(product);
    return refusal;
  }
}
