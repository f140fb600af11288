package vn.gov.tasktracking.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing for one kind of key (a client address, or an account): after a number of
 * free failures each further failure makes the key wait, twice as long each time up to a ceiling. A
 * key is forgotten a while after its last failure, and a success clears it, so nobody is locked out
 * for good. Memory is bounded: beyond {@code capacity} keys the least recently used goes.
 */
public final class LoginThrottle {

  /** How a key is slowed. */
  public record Policy(
      int freeFailures,
      Duration firstDelay,
      Duration maxDelay,
      Duration forgetAfter,
      int capacity) {}

  private static final class Failures {
    int count;
    Instant last;
    Instant blockedUntil = Instant.EPOCH;
  }

  private final Policy policy;
  private final Map<String, Failures> keys;

  public LoginThrottle(Policy policy) {
    this.policy = policy;
    this.keys =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > policy.capacity();
          }
        };
  }

  /**
   * @return how long the key must still wait before its next attempt ({@link Duration#ZERO}: go
   *     ahead)
   */
  public synchronized Duration waitFor(String key, Instant now) {
    Failures failures = keys.get(key);
    if (failures == null) {
      return Duration.ZERO;
    }
    if (forgotten(failures, now)) {
      keys.remove(key);
      return Duration.ZERO;
    }
    return failures.blockedUntil.isAfter(now)
        ? Duration.between(now, failures.blockedUntil)
        : Duration.ZERO;
  }

  public synchronized void failed(String key, Instant now) {
    Failures failures = keys.get(key);
    if (failures == null || forgotten(failures, now)) {
      failures = new Failures();
      keys.put(key, failures);
    }
    failures.count++;
    failures.last = now;
    int beyond = failures.count - policy.freeFailures();
    if (beyond > 0) {
      // 1, 2, 4, ... times the first delay; the shift is capped so it cannot overflow.
      Duration delay = policy.firstDelay().multipliedBy(1L << Math.min(beyond - 1, 30));
      failures.blockedUntil =
          now.plus(delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay);
    }
  }

  public synchronized void succeeded(String key) {
    keys.remove(key);
  }

  public synchronized int size() {
    return keys.size();
  }

  private boolean forgotten(Failures failures, Instant now) {
    return failures.last.plus(policy.forgetAfter()).isBefore(now)
        && !failures.blockedUntil.isAfter(now);
  }
}
