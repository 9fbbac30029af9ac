package dev.assay.bench;

import dev.assay.declaration.Declaration;
import dev.assay.ingest.DeclarationJsonWriter;
import dev.assay.risk.Screener;
import dev.assay.simulator.SimulationSettings;
import dev.assay.simulator.Simulator;
import dev.assay.store.Database;
import dev.assay.store.DatabaseScreening;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Synchronous screening over HTTP ({@code POST /api/v1/screen}) at fixed request rates, against the
 * same engine screening in-process in the same run.
 *
 * <p>The load is an open model: request i is due at {@code start + i / rate} whatever the server is
 * doing, and its latency is measured from when it was due (not from when it was sent), so a server
 * that falls behind shows it in the percentiles instead of slowing the client down with it (no
 * coordinated omission). Every request carries a declaration screened for the first time (ids are
 * made unique per run): a repeated one would measure the replay lookup, not screening.
 *
 * <p>The default client is {@link SocketLoad} (plain keep-alive sockets, one selector thread,
 * {@code --connections} of them, 64 by default); {@code --client jdk} uses {@code
 * java.net.http.HttpClient} instead, which costs about as much CPU per request as the server on a
 * 2-core machine and so inflates the tail it measures (kept to compare). {@code --server-pid} adds
 * the server's CPU per request (from /proc), steadier than latency on a shared machine.
 *
 * <pre>
 * java -cp assay-bench/target/benchmarks.jar dev.assay.bench.HttpScreeningBench \
 *     --url http://localhost:8080 --token assay_... [--rates 500,1000] [--seconds 20] [--warmup 5]
 *     [--warmup-rate 200] [--client socket|jdk] [--connections 64] [--server-pid PID] [--seed 4242]
 * </pre>
 *
 * Prints one line per rate (achieved rate, p50, p90, p99, p99.9, max, errors, p99 from the actual
 * send, server and client CPU per request, load average) and the in-process throughput of the
 * engine on the same declarations.
 */
public final class HttpScreeningBench {
  private HttpScreeningBench() {}

  public static void main(String[] args) throws Exception {
    String url = "http://localhost:8080";
    String token = null;
    int[] rates = {500, 1000};
    int seconds = 20;
    int warmup = 5;
    int warmupRate = 200;
    String client = "socket";
    int connections = 64;
    long serverPid = -1;
    long seed = 4242;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--url" -> url = args[++i];
        case "--token" -> token = args[++i];
        case "--rates" ->
            rates = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--warmup-rate" -> warmupRate = Integer.parseInt(args[++i]);
        case "--client" -> client = args[++i];
        case "--connections" -> connections = Integer.parseInt(args[++i]);
        case "--server-pid" -> serverPid = Long.parseLong(args[++i]);
        // Another seed, other declarations: a training run (the server's AOT cache) is not
        // trained on the declarations that are measured afterwards.
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    if (token == null) {
      System.err.println(
          "--token TOKEN is required (an API token of a risk officer, analyst or admin)");
      System.exit(2);
    }
    if (!client.equals("socket") && !client.equals("jdk")) {
      System.err.println("--client socket|jdk, not " + client);
      System.exit(2);
    }
    int needed = warmup * warmupRate;
    for (int rate : rates) {
      needed += rate * seconds;
    }
    String runId =
        Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    List<Declaration> declarations = declarations(needed, seed);
    List<String> bodies = new ArrayList<>(declarations.size());
    for (Declaration d : declarations) {
      bodies.add(json(d).replace("\"declaration_id\":\"", "\"declaration_id\":\"H" + runId + "-"));
    }
    System.out.printf(
        Locale.ROOT, "%,d distinct declarations prepared (run %s)%n", bodies.size(), runId);

    double inProcess = inProcess(declarations);
    declarations = null; // the client keeps only what it sends

    URI screen = URI.create(url + "/api/v1/screen");
    Load load =
        client.equals("jdk")
            ? new JdkLoad(screen, token, bodies)
            : new SocketHttpLoad(screen, token, bodies, connections);
    System.out.printf(
        Locale.ROOT,
        "client: %s%s%n",
        client,
        client.equals("socket") ? " (" + connections + " keep-alive connections)" : "");
    // Warm-up, not measured: the server's JIT compiles the path before anything is measured. The
    // default (5 s at 200/s) leaves much of the compiling to the first measured rate; --warmup 30
    // --warmup-rate 500 measures the server warm.
    System.out.printf(Locale.ROOT, "warm-up: %d s at %d/s%n", warmup, warmupRate);
    int next = load.run(0, warmupRate, warmup, null);
    System.out.printf(
        Locale.ROOT,
        "%-9s %8s %7s %7s %7s %8s %8s %7s %9s %9s %6s %9s %s%n",
        "rate",
        "achieved",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "p99.9 ms",
        "max ms",
        "errors",
        "svc p99",
        "server ms",
        "jit %",
        "client ms",
        "load");
    for (int rate : rates) {
      Histogram latency = histogram();
      Histogram service = histogram();
      Outcome outcome = new Outcome();
      long serverCpu = serverCpuNanos(serverPid);
      long compilerCpu = compilerCpuNanos(serverPid);
      long clientCpu = clientCpuNanos();
      long started = System.nanoTime();
      next = load.run(next, rate, seconds, new Sink(latency, service, outcome));
      double elapsed = (System.nanoTime() - started) / 1e9;
      long serverUsed = serverPid > 0 ? serverCpuNanos(serverPid) - serverCpu : -1;
      long compilerUsed = compilerCpu < 0 ? -1 : compilerCpuNanos(serverPid) - compilerCpu;
      long clientUsed = clientCpuNanos() - clientCpu;
      long answered = Math.max(1, latency.getTotalCount());
      System.out.printf(
          Locale.ROOT,
          "%-9s %8.0f %7.2f %7.2f %7.2f %8.2f %8.2f %7d %9s %9s %6s %9.3f %s%n",
          rate + "/s",
          latency.getTotalCount() / elapsed,
          ms(latency, 50),
          ms(latency, 90),
          ms(latency, 99),
          ms(latency, 99.9),
          latency.getMaxValue() / 1e6,
          outcome.errors + outcome.timedOut,
          service.getTotalCount() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", ms(service, 99)),
          serverUsed < 0 ? "-" : String.format(Locale.ROOT, "%.3f", serverUsed / 1e6 / answered),
          serverUsed <= 0 || compilerUsed < 0
              ? "-"
              : String.format(Locale.ROOT, "%.0f", 100.0 * compilerUsed / serverUsed),
          clientUsed / 1e6 / answered,
          loadAverage());
    }
    System.out.println(
        "latency from each request's due time; svc p99 from its actual send; server/client ms:"
            + " CPU per answered request; jit %: the server's compiler threads' share of its CPU");
    System.out.printf(
        Locale.ROOT,
        "in-process: %,.0f declarations/s (the same engine, one thread, no HTTP, no storage)%n",
        inProcess);
  }

  /** Nanosecond latencies up to ten minutes, three significant digits. */
  private static Histogram histogram() {
    return new Histogram(TimeUnit.MINUTES.toNanos(10), 3);
  }

  private static double ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
  }

  /** Errors (non-2xx, broken connections) and requests unanswered in time, of one run. */
  private static final class Outcome {
    long errors;
    long timedOut;
  }

  private record Sink(Histogram latency, Histogram service, Outcome outcome) {}

  /** A client that sends {@code rate * seconds} of the bodies from {@code from} on schedule. */
  private interface Load {
    /** Returns the index of the first body not used. */
    int run(int from, int rate, int seconds, Sink sink) throws Exception;
  }

  /** The plain-socket client ({@link SocketLoad}): what the figures are measured with. */
  private static final class SocketHttpLoad implements Load {
    private final SocketLoad load;
    private final List<byte[]> requests;

    SocketHttpLoad(URI screen, String token, List<String> bodies, int connections)
        throws java.io.IOException {
      int port = screen.getPort() < 0 ? 80 : screen.getPort();
      requests = new ArrayList<>(bodies.size());
      for (String body : bodies) {
        requests.add(SocketLoad.post(screen.getHost(), port, screen.getRawPath(), token, body));
      }
      load = new SocketLoad(screen.getHost(), port, connections);
    }

    @Override
    public int run(int from, int rate, int seconds, Sink sink) throws Exception {
      SocketLoad.Result result =
          load.run(
              requests,
              from,
              rate,
              seconds,
              30,
              sink == null ? null : sink.latency(),
              sink == null ? null : sink.service());
      if (sink != null) {
        sink.outcome().errors = result.errors();
        sink.outcome().timedOut = result.timedOut();
      }
      return from + rate * seconds;
    }
  }

  /**
   * The JDK {@code HttpClient}, kept to compare clients: on a 2-core machine its own CPU per
   * request (about 1 ms) competes with the server's and inflates the tail it reports.
   */
  private static final class JdkLoad implements Load {
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI screen;
    private final String token;
    private final List<String> bodies;

    JdkLoad(URI screen, String token, List<String> bodies) {
      this.screen = screen;
      this.token = token;
      this.bodies = bodies;
    }

    @Override
    public int run(int from, int rate, int seconds, Sink sink) throws Exception {
      int count = rate * seconds;
      long[] latencies = new long[count];
      boolean[] answered = new boolean[count];
      AtomicInteger errors = new AtomicInteger();
      HttpScreeningBench.run(
          client, screen, token, bodies, from, rate, seconds, latencies, answered, errors);
      if (sink != null) {
        for (int i = 0; i < count; i++) {
          if (answered[i]) {
            sink.latency().recordValue(latencies[i]);
          } else {
            sink.outcome().timedOut++;
          }
        }
        sink.outcome().errors = errors.get();
      }
      return from + count;
    }
  }

  private static long clientCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * CPU time (user + system, all threads) of another process on Linux, from /proc/PID/stat, in
   * nanoseconds; its resolution is the clock tick (10 ms), ample over thousands of requests.
   */
  static long serverCpuNanos(long pid) {
    if (pid <= 0) {
      return -1;
    }
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
      // Fields after the command name (which may hold spaces) start at field 3 (state); utime and
      // stime are fields 14 and 15.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * (1_000_000_000L / CLOCK_TICKS);
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * CPU time of the server's JIT compiler threads (C1 and C2), from /proc/PID/task/TID/stat; -1
   * when unknown. On 2 cores the JVM keeps one of each for its whole life, so none exits between
   * samples.
   */
  static long compilerCpuNanos(long pid) {
    if (pid <= 0) {
      return -1;
    }
    long ticks = 0;
    try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/" + pid + "/task"))) {
      for (var task : (Iterable<java.nio.file.Path>) tasks::iterator) {
        String stat;
        try {
          stat = java.nio.file.Files.readString(task.resolve("stat"));
        } catch (java.io.IOException gone) {
          continue; // a thread that ended meanwhile
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
      }
      return ticks * (1_000_000_000L / CLOCK_TICKS);
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  /** USER_HZ: 100 on every Linux this runs on (the kernel reports times to user space in it). */
  private static final long CLOCK_TICKS = 100;

  private static String loadAverage() {
    try {
      String[] parts =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  /** Sends {@code rate * seconds} requests on schedule with the JDK client and waits for all. */
  private static void run(
      HttpClient client,
      URI screen,
      String token,
      List<String> bodies,
      int from,
      int rate,
      int seconds,
      long[] latencies,
      boolean[] answered,
      AtomicInteger errors)
      throws Exception {
    int count = rate * seconds;
    List<CompletableFuture<?>> pending = new ArrayList<>(count);
    long start = System.nanoTime() + 50_000_000L;
    double interval = 1e9 / rate;
    for (int i = 0; i < count; i++) {
      long due = start + (long) (i * interval);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      HttpRequest request =
          HttpRequest.newBuilder(screen)
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(bodies.get(from + i)))
              .build();
      int index = i;
      pending.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .handle(
                  (response, failure) -> {
                    latencies[index] = System.nanoTime() - due;
                    answered[index] = true;
                    if (failure != null || response.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                    return null;
                  }));
    }
    try {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      // The unanswered count as timed out.
    }
  }

  /** Declarations per second of the engine alone, after a warm-up, on an in-memory database. */
  private static double inProcess(List<Declaration> declarations) {
    Database db = Database.open("jdbc:h2:mem:http-bench;DB_CLOSE_DELAY=-1", null, null);
    Screener screener = DatabaseScreening.build(db).screener();
    int n = Math.min(declarations.size(), 20_000);
    for (int i = 0; i < Math.min(n, 5_000); i++) {
      screener.screen(declarations.get(i));
    }
    long started = System.nanoTime();
    for (int i = 0; i < n; i++) {
      screener.screen(declarations.get(i));
    }
    return n / ((System.nanoTime() - started) / 1e9);
  }

  private static List<Declaration> declarations(int n, long seed) {
    List<Declaration> out = new ArrayList<>(n);
    new Simulator(
            SimulationSettings.defaults()
                .withDeclarations(n)
                .withSeed(seed)
                .withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .withExporters(500))
        .run(s -> out.add(s.unlabelled()), l -> {});
    return out;
  }

  private static String json(Declaration d) {
    StringWriter out = new StringWriter(1024);
    try (DeclarationJsonWriter writer = new DeclarationJsonWriter(out, false)) {
      writer.write(d);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString().strip();
  }
}
