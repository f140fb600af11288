package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private final AtomicLong now = new AtomicLong(1_000);

  @Test
  void aVerifiedPairIsKnownUntilItExpiresAndOnlyWithTheSamePassword() {
    VerifiedCredentials<String> verified = new VerifiedCredentials<>(Duration.ofSeconds(30), now::get);
    assertThat(verified.find("vp.chuyenvien", "Mat-khau-1")).isNull();
    verified.remember("vp.chuyenvien", "Mat-khau-1", "caller");

    assertThat(verified.find("vp.chuyenvien", "Mat-khau-1")).isEqualTo("caller");
    // Another password, or the same password for another account, is verified by the identity service again.
    assertThat(verified.find("vp.chuyenvien", "Mat-khau-2")).isNull();
    assertThat(verified.find("vp.chuyenvien", "")).isNull();
    assertThat(verified.find("sxd.chuyenvien", "Mat-khau-1")).isNull();

    now.addAndGet(Duration.ofSeconds(30).toNanos() - 1);
    assertThat(verified.find("vp.chuyenvien", "Mat-khau-1")).isEqualTo("caller");
    now.addAndGet(1);
    assertThat(verified.find("vp.chuyenvien", "Mat-khau-1")).isNull();
  }

  @Test
  void aNewPasswordReplacesTheOldOneAndForgetAllForgetsEveryPair() {
    VerifiedCredentials<String> verified = new VerifiedCredentials<>(Duration.ofSeconds(30), now::get);
    verified.remember("vp.chuyenvien", "Mat-khau-1", "caller");
    verified.remember("vp.chuyenvien", "Mat-khau-2", "caller");
    assertThat(verified.find("vp.chuyenvien", "Mat-khau-1")).isNull();
    assertThat(verified.find("vp.chuyenvien", "Mat-khau-2")).isEqualTo("caller");

    verified.forgetAll();
    assertThat(verified.find("vp.chuyenvien", "Mat-khau-2")).isNull();
  }

  @Test
  void withoutATimeNothingIsRemembered() {
    VerifiedCredentials<String> verified = new VerifiedCredentials<>(Duration.ZERO, now::get);
    verified.remember("vp.chuyenvien", "Mat-khau-1", "caller");
    assertThat(verified.find("vp.chuyenvien", "Mat-khau-1")).isNull();
  }
}
