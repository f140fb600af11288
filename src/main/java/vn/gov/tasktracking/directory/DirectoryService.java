package vn.gov.tasktracking.directory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.tasktracking.directory.internal.DirectoryFile;
import vn.gov.tasktracking.directory.internal.DirectoryFile.PersonRow;
import vn.gov.tasktracking.directory.internal.DirectoryRepository;
import vn.gov.tasktracking.directory.internal.DirectoryValidator;
import vn.gov.tasktracking.directory.internal.IdentitySync;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.NotFoundException;
import vn.gov.tasktracking.system.RequestJson;

/**
 * The unit directory: what other capabilities read (units, people, who holds a role) and the one
 * way it changes ({@link #apply}), checked as a whole and stored together with Camunda's identity
 * tables, in one transaction.
 */
@Service
public class DirectoryService {

  /** What an accepted document changed. */
  public record ImportResult(String source, String version, int units, int people) {}

  private static final ObjectMapper YAML =
      RequestJson.apply(
          new ObjectMapper(new YAMLFactory())
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .findAndRegisterModules());

  /**
   * Every step of every task reads units and people; they change a few times a year. Reads are
   * served from memory for a short while: this node forgets them when it applies a change, other
   * nodes of a cluster at the latest after {@link #CACHE_TTL}.
   */
  static final Duration CACHE_TTL = Duration.ofSeconds(60);

  private record Cached<T>(T value, long loadedAt) {}

  private final DirectoryRepository repository;
  private final IdentitySync identitySync;
  private final Map<String, Cached<Optional<Unit>>> unitCache = new ConcurrentHashMap<>();
  private final Map<String, Cached<List<Person>>> peopleCache = new ConcurrentHashMap<>();

  DirectoryService(DirectoryRepository repository, IdentitySync identitySync) {
    this.repository = repository;
    this.identitySync = identitySync;
  }

  @Transactional(readOnly = true)
  public List<Unit> units() {
    return repository.units();
  }

  public Optional<Unit> unit(String code) {
    return cached(unitCache, code, () -> repository.unit(code));
  }

  /**
   * @throws NotFoundException with a Vietnamese message when there is no such unit
   */
  @Transactional(readOnly = true)
  public Unit requireUnit(String code) {
    return repository
        .unit(code)
        .orElseThrow(
            () -> new NotFoundException("Không có đơn vị mã '" + code + "' trong danh mục."));
  }

  /**
   * @param unitCode null for everyone
   */
  public List<Person> people(String unitCode) {
    return unitCode == null
        ? repository.people(null)
        : cached(peopleCache, unitCode, () -> repository.people(unitCode));
  }

  @Transactional(readOnly = true)
  public Optional<Person> person(String username) {
    return repository.person(username);
  }

  /**
   * Usernames of the active people of a unit (of every unit when null) who hold any of the roles:
   * the recipients of a notification, the candidates of a step.
   */
  public List<String> usernamesWithRoles(String unitCode, Role... roles) {
    return people(unitCode).stream()
        .filter(p -> p.active() && java.util.Arrays.stream(roles).anyMatch(p.roles()::contains))
        .map(Person::username)
        .toList();
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return repository.isEmpty();
  }

  /** Every accepted directory document, newest first. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> imports() {
    return repository.imports();
  }

  /**
   * Merges a directory document into the directory: all of it, or nothing when any row is wrong.
   *
   * @throws InvalidInputException naming every wrong row and field
   */
  @Transactional
  public ImportResult apply(DirectoryFile file, String source, String appliedBy) {
    DirectoryValidator.Result valid = DirectoryValidator.validate(file, repository.unitsByCode());
    repository.saveUnits(valid.units());
    repository.savePeople(valid.people());
    valid.units().forEach(identitySync::syncUnit);
    Map<String, String> passwords = new HashMap<>();
    for (PersonRow row : file.people()) {
      passwords.put(row.username(), row.password());
    }
    valid.people().forEach(p -> identitySync.syncPerson(p, passwords.get(p.username())));
    repository.recordImport(
        source, file.version(), valid.units().size(), valid.people().size(), appliedBy);
    forgetCachedReads();
    return new ImportResult(source, file.version(), valid.units().size(), valid.people().size());
  }

  /**
   * Reads a directory document written in YAML (or JSON, which YAML includes).
   *
   * @throws InvalidInputException saying where the text cannot be read
   */
  public static DirectoryFile parse(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("file", "Tệp danh mục trống.");
    }
    try {
      checkPlainYaml(text);
      DirectoryFile file = YAML.readValue(text, DirectoryFile.class);
      if (file == null) {
        throw InvalidInputException.of("file", "Tệp danh mục trống.");
      }
      return file;
    } catch (UnrecognizedPropertyException e) {
      throw InvalidInputException.of(
          e.getPropertyName(),
          "Tệp danh mục có trường không được hỗ trợ '" + e.getPropertyName() + "'" + at(e) + ".");
    } catch (JsonMappingException e) {
      if (e instanceof InvalidNullException) {
        throw InvalidInputException.of(
            "file", "Tệp danh mục có dòng trống (null) trong danh sách" + at(e) + ".");
      }
      if (e.getClass() == JsonMappingException.class) {
        throw InvalidInputException.of(
            "file", "Tệp danh mục" + at(e) + ": " + e.getOriginalMessage());
      }
      throw unreadable(e);
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InvalidInputException unreadable(JsonProcessingException e) {
    return InvalidInputException.of(
        "file",
        "Không đọc được tệp danh mục" + at(e) + ": sai cú pháp YAML hoặc sai kiểu dữ liệu.");
  }

  /**
   * A directory file is plain data. Explicit tags ({@code !!java.lang.Runtime}, {@code !thing}) ask
   * a YAML reader to build objects and are refused, never acted on; a key given twice in one row
   * would silently keep one of the values and is refused too.
   */
  private static void checkPlainYaml(String text) throws IOException {
    try (JsonParser parser = YAML.getFactory().createParser(text)) {
      Deque<Set<String>> keys = new ArrayDeque<>();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        Object tag = parser.getTypeId();
        if (tag != null) {
          throw InvalidInputException.of(
              "file",
              "Tệp danh mục có thẻ kiểu YAML '"
                  + tag
                  + "'"
                  + at(parser)
                  + ": tệp danh mục chỉ chứa dữ liệu, không được dùng thẻ (tag).");
        }
        if (token == JsonToken.START_OBJECT) {
          keys.push(new HashSet<>());
        } else if (token == JsonToken.END_OBJECT) {
          keys.pop();
        } else if (token == JsonToken.FIELD_NAME && !keys.peek().add(parser.currentName())) {
          throw InvalidInputException.of(
              parser.currentName(),
              "Tệp danh mục ghi trường '"
                  + parser.currentName()
                  + "' hai lần trong cùng một dòng"
                  + at(parser)
                  + ".");
        }
      }
    }
  }

  private static String at(JsonParser parser) {
    JsonLocation location = parser.currentLocation();
    return location == null
        ? ""
        : " ở dòng " + location.getLineNr() + ", cột " + location.getColumnNr();
  }

  private void forgetCachedReads() {
    unitCache.clear();
    peopleCache.clear();
    // A rolled-back change must not leave this node reading what was never stored.
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              unitCache.clear();
              peopleCache.clear();
            }
          });
    }
  }

  private static <T> T cached(Map<String, Cached<T>> cache, String key, Supplier<T> load) {
    long now = System.nanoTime();
    Cached<T> hit = cache.get(key);
    if (hit != null && now - hit.loadedAt() < CACHE_TTL.toNanos()) {
      return hit.value();
    }
    T value = load.get();
    cache.put(key, new Cached<>(value, now));
    return value;
  }

  /** Makes sure the role groups exist in Camunda; run at every start. */
  @Transactional
  public void ensureRoleGroups() {
    identitySync.ensureRoleGroups();
  }

  private static String at(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " ở dòng " + e.getLocation().getLineNr() + ", cột " + e.getLocation().getColumnNr();
  }
}
