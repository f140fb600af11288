package vn.gov.tasktracking.system;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * How a refusal of the product reaches a person who called the engine directly ({@code /engine-rest}
 * or the webapps' engine API under {@code /camunda/api/engine}): the engine wraps an exception of a
 * step's listener ("ENGINE-03051 There was an exception while invoking the TaskListener"), which
 * Camunda's REST answers with 500 and logs as an error. Turned into the engine's own client
 * errors, Camunda's REST answers 400 ({@link BadUserRequestException}) or 403
 * ({@link AuthorizationException}) with the Vietnamese sentence alone as message, and the engine
 * logs it at debug level, without a stack trace at error level. The product's own API finds the
 * original refusal as the cause ({@code ApiExceptionHandler}).
 */
public final class ProductRefusals {

  private ProductRefusals() {}

  /** A refusal for bad input: 400 on Camunda's REST. */
  public static BadUserRequestException invalid(String message) {
    return new BadUserRequestException(message, InvalidInputException.of("variables", message));
  }

  /** A refusal for who asks: 403 on Camunda's REST. */
  public static AuthorizationException forbidden(String message) {
    AuthorizationException refusal = new AuthorizationException(message);
    refusal.initCause(new ForbiddenException(message));
    return refusal;
  }

  /**
   * The engine's client error for a product refusal anywhere in the causes of {@code failure}, or
   * {@code failure} itself when it holds none.
   */
  public static RuntimeException forEngineClients(RuntimeException failure) {
    if (failure instanceof BadUserRequestException || failure instanceof AuthorizationException) {
      return failure;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return new BadUserRequestException(invalid.getMessage(), invalid);
      }
      if (cause instanceof ForbiddenException forbidden) {
        AuthorizationException refusal = new AuthorizationException(forbidden.getMessage());
        refusal.initCause(forbidden);
        return refusal;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return failure;
  }

  /** The product refusal held in {@code failure}'s causes, if any. */
  static RuntimeException productCause(Throwable failure) {
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
}
