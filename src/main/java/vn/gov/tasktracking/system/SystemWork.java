package vn.gov.tasktracking.system;

import java.util.function.Supplier;

/**
 * Work the product does itself says so explicitly: engine calls made inside {@link #run} or {@link
 * #call} are the product's own (it checked who asks and what is sent before), so the guard on
 * people's engine calls ({@code security.StepGuard}) lets them pass, e.g. completing the result
 * step with the uploaded document's id for {@code POST /api/tasks/{n}/result}. The caller's
 * identity stays set: Camunda's authorizations and the names the register records still apply.
 *
 * <p>Everything else a signed-in person sends to the engine, through {@code /engine-rest} or the
 * webapps' engine API, is checked.
 */
public final class SystemWork {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private SystemWork() {}

  public static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  public static <T> T call(Supplier<T> work) {
    int depth = DEPTH.get();
    DEPTH.set(depth + 1);
    try {
      return work.get();
    } finally {
      if (depth == 0) {
        DEPTH.remove();
      } else {
        DEPTH.set(depth);
      }
    }
  }

  /** Whether the current thread is inside product work. */
  public static boolean active() {
    return DEPTH.get() > 0;
  }
}
