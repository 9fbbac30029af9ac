package dev.assay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SocketLoad against the JDK's small HTTP server: every request answered, counted and timed. */
class SocketLoadTest {
  private HttpServer server;
  private final AtomicInteger served = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/screen",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int n = served.incrementAndGet();
          String json = new String(body, StandardCharsets.UTF_8);
          // Ids ending in 7 are refused (an error to count); every 5th answer is chunked (length
          // 0 makes this server chunk) and every 4th says Connection: close, as Tomcat does
          // after 100 requests on a connection, so the client must open a new one.
          int status = json.contains("7\"") ? 422 : 200;
          if (n % 4 == 0) {
            exchange.getResponseHeaders().set("Connection", "close");
          }
          byte[] answer = ("{\"echo\":" + json + "}").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, n % 5 == 0 ? 0 : answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  @Test
  void answersEveryRequestOnScheduleAndCountsRefusals() throws Exception {
    int port = server.getAddress().getPort();
    List<byte[]> requests = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      requests.add(SocketLoad.post("127.0.0.1", port, "/screen", "t", "{\"id\":\"D-" + i + "\"}"));
    }
    Histogram latency = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
    Histogram service = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
    try (SocketLoad load = new SocketLoad("127.0.0.1", port, 8)) {
      SocketLoad.Result first = load.run(requests, 0, 200, 1, 10, latency, service);
      // A second run on the same connections (some reopened) takes the next slice.
      SocketLoad.Result second = load.run(requests, 200, 200, 1, 10, null, null);

      assertThat(first.sent()).isEqualTo(200);
      assertThat(first.completed()).isEqualTo(200);
      assertThat(first.timedOut()).isZero();
      // D-7, D-17, ..., D-197: 20 ids end in 7.
      assertThat(first.errors()).isEqualTo(20);
      assertThat(second.completed()).isEqualTo(200);
      assertThat(second.errors()).isEqualTo(20);
      // Paced at 200/s: one second of requests takes about a second, not a burst.
      assertThat(first.elapsedSeconds()).isBetween(0.95, 5.0);
    }
    assertThat(served.get()).isEqualTo(400);
    assertThat(latency.getTotalCount()).isEqualTo(200);
    assertThat(service.getTotalCount()).isEqualTo(200);
    // Latency counts from the due time, never after the actual send, so it is never the smaller.
    assertThat(latency.getMaxValue()).isGreaterThanOrEqualTo(service.getMaxValue());
    assertThat(latency.getValueAtPercentile(50))
        .isGreaterThanOrEqualTo(service.getValueAtPercentile(50));
  }
}
