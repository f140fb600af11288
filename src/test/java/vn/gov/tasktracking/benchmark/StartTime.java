package vn.gov.tasktracking.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-to-ready of the executable jar on the embedded database, as an operator starts it: a fresh
 * JVM in an empty folder (a new H2 database, the bundled models), timed from the launch until
 * Tasklist answers on the port the application logs. Prints figures, asserts nothing.
 *
 * <pre>
 * mvn -o -q package -DskipUnitTests=true -DskipITs
 * java -cp target/test-classes vn.gov.tasktracking.benchmark.StartTime target/task-tracking-0.1.0-SNAPSHOT.jar 3
 * java -cp target/test-classes vn.gov.tasktracking.benchmark.StartTime target/task-tracking-0.1.0-SNAPSHOT.jar 3 \
 *     --spring.profiles.active=demo --tasktracking.demo.password=ThuNghiem-2026
 * </pre>
 *
 * <p>{@code -Dstart.jvm="-XX:SharedArchiveFile=..."} passes options to the started JVM (see
 * docs/demo-and-start.md).
 */
public final class StartTime {

  private static final Pattern TASKLIST = Pattern.compile("Tasklist +(http://localhost:\\d+\\S*)");
  private static final Pattern SPRING =
      Pattern.compile("Started TaskTrackingApplication in ([\\d.]+) seconds");
  private static final Pattern DEMO = Pattern.compile("Demo province loaded in (\\d+) ms");

  private StartTime() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> appArgs =
        new ArrayList<>(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
    System.out.printf(
        "Jar %s, %d runs, JVM options [%s], arguments %s, %d processors, load average %s%n",
        jar,
        runs,
        System.getProperty("start.jvm", ""),
        appArgs,
        Runtime.getRuntime().availableProcessors(),
        loadAverage());
    List<Double> ready = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      Path folder = Files.createTempDirectory("tasktracking-start");
      double seconds = run(jar, folder, appArgs, i);
      ready.add(seconds);
    }
    ready.sort(Double::compare);
    System.out.printf(
        "Start to ready (Tasklist answers), wall time: median %.1f s, best %.1f s, worst %.1f s%n",
        ready.get(ready.size() / 2), ready.get(0), ready.get(ready.size() - 1));
  }

  private static double run(Path jar, Path folder, List<String> appArgs, int number)
      throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    String jvm = System.getProperty("start.jvm", "").trim();
    if (!jvm.isEmpty()) {
      command.addAll(Arrays.asList(jvm.split("\\s+")));
    }
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--server.port=0",
            "--camunda.bpm.admin-user.id=quantri.thu",
            "--camunda.bpm.admin-user.password=Quan-tri-thu-2026"));
    command.addAll(appArgs);
    Path log = folder.resolve("start.log");
    long launched = System.nanoTime();
    Process app =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      while (true) {
        if (!app.isAlive()) {
          throw new IllegalStateException("run " + number + " stopped; see " + log);
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Matcher tasklist = TASKLIST.matcher(text);
        if (tasklist.find() && answers(http, tasklist.group(1))) {
          double seconds = (System.nanoTime() - launched) / 1e9;
          System.out.printf(
              "Run %d: ready after %.1f s, %.1f s of CPU (Spring's \"Started\": %s s%s), load average %s%n",
              number,
              seconds,
              cpuSeconds(app.pid()),
              find(SPRING, text),
              find(DEMO, text).equals("-")
                  ? ""
                  : ", demo province loaded in " + find(DEMO, text) + " ms",
              loadAverage());
          return seconds;
        }
        Thread.sleep(100);
      }
    } finally {
      app.destroy();
      app.waitFor(60, TimeUnit.SECONDS);
      app.destroyForcibly();
    }
  }

  private static boolean answers(HttpClient http, String url) {
    try {
      return http.send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          < 400;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : "-";
  }

  /**
   * User and system CPU time the JVM used so far: on a machine shared with other work the wall time
   * says more about the others than about the start; the CPU time hardly moves.
   */
  private static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }
}
