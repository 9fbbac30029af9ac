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
 * <pre>
 * java -cp assay-bench/target/benchmarks.jar dev.assay.bench.HttpScreeningBench \
 *     --url http://localhost:8080 --token assay_... [--rates 500,1000] [--seconds 20] [--warmup 5]
 * </pre>
 *
 * Prints one line per rate (achieved rate, p50, p90, p99, p99.9, max, errors) and the in-process
 * throughput of the engine on the same declarations.
 */
public final class HttpScreeningBench {
  private HttpScreeningBench() {}

  public static void main(String[] args) throws Exception {
    String url = "http://localhost:8080";
    String token = null;
    int[] rates = {500, 1000};
    int seconds = 20;
    int warmup = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--url" -> url = args[++i];
        case "--token" -> token = args[++i];
        case "--rates" ->
            rates = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
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
    int needed = warmup * 200;
    for (int rate : rates) {
      needed += rate * seconds;
    }
    String runId =
        Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    List<Declaration> declarations = declarations(needed);
    List<String> bodies = new ArrayList<>(declarations.size());
    for (Declaration d : declarations) {
      bodies.add(json(d).replace("\"declaration_id\":\"", "\"declaration_id\":\"H" + runId + "-"));
    }
    System.out.printf(
        Locale.ROOT, "%,d distinct declarations prepared (run %s)%n", bodies.size(), runId);

    double inProcess = inProcess(declarations);

    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    URI screen = URI.create(url + "/api/v1/screen");
    int next = 0;
    // Warm-up at a modest rate: the server's JIT compiles the path before anything is measured.
    next = run(client, screen, token, bodies, next, 200, warmup, null);
    System.out.printf(
        Locale.ROOT,
        "%-10s %10s %8s %8s %8s %8s %8s %7s%n",
        "rate",
        "achieved",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "p99.9 ms",
        "max ms",
        "errors");
    for (int rate : rates) {
      long[] latencies = new long[rate * seconds];
      AtomicInteger errors = new AtomicInteger();
      long started = System.nanoTime();
      next = run(client, screen, token, bodies, next, rate, seconds, new Sink(latencies, errors));
      double elapsed = (System.nanoTime() - started) / 1e9;
      Arrays.sort(latencies);
      System.out.printf(
          Locale.ROOT,
          "%-10s %10.0f %8.2f %8.2f %8.2f %8.2f %8.2f %7d%n",
          rate + "/s",
          latencies.length / elapsed,
          ms(latencies, 0.50),
          ms(latencies, 0.90),
          ms(latencies, 0.99),
          ms(latencies, 0.999),
          latencies[latencies.length - 1] / 1e6,
          errors.get());
    }
    System.out.printf(
        Locale.ROOT,
        "in-process: %,.0f declarations/s (the same engine, one thread, no HTTP, no storage)%n",
        inProcess);
  }

  private record Sink(long[] latencies, AtomicInteger errors) {}

  /** Sends {@code rate * seconds} requests on schedule and waits for all of them. */
  private static int run(
      HttpClient client,
      URI screen,
      String token,
      List<String> bodies,
      int from,
      int rate,
      int seconds,
      Sink sink)
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
                    long latency = System.nanoTime() - due;
                    if (sink != null) {
                      sink.latencies()[index] = latency;
                      if (failure != null || response.statusCode() != 200) {
                        sink.errors().incrementAndGet();
                      }
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    return from + count;
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

  private static List<Declaration> declarations(int n) {
    List<Declaration> out = new ArrayList<>(n);
    new Simulator(
            SimulationSettings.defaults()
                .withDeclarations(n)
                .withSeed(4242)
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

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }
}
