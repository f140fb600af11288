package vn.gov.tasktracking.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic sends the password with every call: checking it against the identity service and
 * reading the caller's groups and tenants cost three queries per call. A pair of username and
 * password that was verified is remembered for a short time, as a keyed digest (HMAC-SHA-256 under
 * a random key made at start, never written anywhere): the password itself is not kept, a memory
 * dump does not give a digest usable elsewhere, and a different password for the same account never
 * matches, so it is checked and counted by the login throttle as before. Only successes are kept;
 * a password changed or an account removed or blocked stops working once the entry expires
 * ({@code tasktracking.security.verified-credentials-seconds}, 0 to verify every call).
 */
final class VerifiedCredentials<T> {

  private static final int MAX_ENTRIES = 10_000;

  private record Entry<T>(byte[] digest, T caller, long expiresAt) {}

  private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final long ttlNanos;
  private final LongSupplier nanoTime;

  VerifiedCredentials(Duration ttl, LongSupplier nanoTime) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = nanoTime;
  }

  /** The caller remembered for exactly this username and password, or null. */
  T find(String username, String password) {
    if (ttlNanos <= 0) {
      return null;
    }
    Entry<T> entry = entries.get(username);
    if (entry == null) {
      return null;
    }
    if (nanoTime.getAsLong() - entry.expiresAt() >= 0) {
      entries.remove(username, entry);
      return null;
    }
    return MessageDigest.isEqual(entry.digest(), digest(username, password)) ? entry.caller() : null;
  }

  /** Remembers a pair the identity service has just accepted. */
  void remember(String username, String password, T caller) {
    if (ttlNanos <= 0) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(username, new Entry<>(digest(username, password), caller, nanoTime.getAsLong() + ttlNanos));
  }

  /** Every account verifies again at its next call (after a change of the directory). */
  void forgetAll() {
    entries.clear();
  }

  private byte[] digest(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
