package vn.gov.tasktracking.system;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * A process test drives the engine as the engine itself does, with no person signed in: its set-up,
 * scenarios and checks run as the system's own work ({@link SystemWork}), since the product's
 * access rules refuse a caller without a user otherwise.
 */
public class RunsAsSystemWork implements InvocationInterceptor {

  @Override
  public void interceptBeforeEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> context,
      ExtensionContext extension)
      throws Throwable {
    asSystemWork(invocation);
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> context,
      ExtensionContext extension)
      throws Throwable {
    asSystemWork(invocation);
  }

  @Override
  public void interceptAfterEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> context,
      ExtensionContext extension)
      throws Throwable {
    asSystemWork(invocation);
  }

  @Override
  public void interceptAfterAllMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> context,
      ExtensionContext extension)
      throws Throwable {
    asSystemWork(invocation);
  }

  private static void asSystemWork(Invocation<Void> invocation) throws Throwable {
    Throwable[] thrown = new Throwable[1];
    SystemWork.run(
        () -> {
          try {
            invocation.proceed();
          } catch (Throwable t) {
            thrown[0] = t;
          }
        });
    if (thrown[0] != null) {
      throw thrown[0];
    }
  }
}
