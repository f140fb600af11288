package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.tasktracking.security.internal.LoginThrottle;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private final LoginThrottle throttle =
      new LoginThrottle(
          new LoginThrottle.Policy(
              3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 100));

  @Test
  void freeFailuresThenDelaysDoublingUpToTheCeiling() {
    Instant now = T0;
    for (int i = 0; i < 3; i++) {
      throttle.failed("address:10.0.0.1", now);
      assertThat(throttle.waitFor("address:10.0.0.1", now)).isZero();
    }
    long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
    for (long seconds : expected) {
      throttle.failed("address:10.0.0.1", now);
      assertThat(throttle.waitFor("address:10.0.0.1", now)).isEqualTo(Duration.ofSeconds(seconds));
      now = now.plusSeconds(seconds);
      assertThat(throttle.waitFor("address:10.0.0.1", now)).isZero();
    }
  }

  @Test
  void otherKeysAreNotSlowed() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("account:chutich", T0);
    }
    assertThat(throttle.waitFor("account:chutich", T0)).isPositive();
    assertThat(throttle.waitFor("account:phochutich", T0)).isZero();
  }

  @Test
  void failuresWearOffAfterTheForgettingTime() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("account:chutich", T0);
    }
    Instant later = T0.plus(Duration.ofMinutes(16));
    assertThat(throttle.waitFor("account:chutich", later)).isZero();
    // Counted from nothing again: three more failures are free.
    for (int i = 0; i < 3; i++) {
      throttle.failed("account:chutich", later);
    }
    assertThat(throttle.waitFor("account:chutich", later)).isZero();
  }

  @Test
  void successClearsTheAccount() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("account:chutich", T0);
    }
    throttle.succeeded("account:chutich");
    assertThat(throttle.waitFor("account:chutich", T0)).isZero();
  }

  @Test
  void memoryIsBoundedByTheCapacity() {
    for (int i = 0; i < 1_000; i++) {
      throttle.failed("address:10.0." + (i / 250) + "." + (i % 250), T0);
    }
    assertThat(throttle.size()).isEqualTo(100);
  }

  @Test
  void aDelayNeverOverflowsHoweverManyFailures() {
    for (int i = 0; i < 10_000; i++) {
      throttle.failed("account:chutich", T0);
    }
    assertThat(throttle.waitFor("account:chutich", T0)).isEqualTo(Duration.ofSeconds(60));
  }
}
