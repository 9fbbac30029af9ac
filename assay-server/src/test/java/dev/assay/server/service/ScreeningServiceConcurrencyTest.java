package dev.assay.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.declaration.Declaration;
import dev.assay.server.api.ApiException;
import dev.assay.simulator.SimulatedDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The guarantees of synchronous screening under concurrency, now that only the engine's step is
 * serialised: an id is screened once, its licenses drawn once, other content for it refused, and
 * every distinct declaration stored before it is answered.
 */
class ScreeningServiceConcurrencyTest {
  private static final int THREADS = 16;

  private ScreeningStack stack;
  private ScreeningStack.Trade trade;
  private ExecutorService pool;

  @BeforeEach
  void setUp() {
    stack = new ScreeningStack("concurrency-" + System.nanoTime(), 0);
    trade = ScreeningStack.trade(7, 400);
    stack.storeLicenses(trade.licenses());
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    pool.shutdownNow();
    stack.close();
  }

  /** Runs the tasks all at once (released together) and returns their futures. */
  private <T> List<Future<T>> together(List<Callable<T>> tasks) {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    return futures;
  }

  /** A declaration with a license line that draws on its license. */
  private Declaration licensed() {
    for (SimulatedDeclaration s : trade.declarations()) {
      Declaration d = s.unlabelled();
      if (d.lines().stream().anyMatch(l -> l.licenseNo().isPresent())) {
        return d;
      }
    }
    throw new AssertionError("the simulation has no licensed declaration");
  }

  private long drawdownsOf(String id) {
    return stack
        .jdbc
        .sql("SELECT COUNT(*) FROM drawdown WHERE declaration_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  @Test
  void manyThreadsPostingTheSameNewIdScreenItOnceAndDrawItsLicensesOnce() throws Exception {
    Declaration d = licensed();
    // What one screening draws, on a database of its own.
    long drawnAlone;
    try (ScreeningStack alone = new ScreeningStack("alone-" + System.nanoTime(), 0)) {
      alone.storeLicenses(trade.licenses());
      alone.service.screen(d, null);
      drawnAlone =
          alone
              .jdbc
              .sql("SELECT COUNT(*) FROM drawdown WHERE declaration_id = ?")
              .param(d.id())
              .query(Long.class)
              .single();
    }
    assertThat(drawnAlone).as("the chosen declaration draws on a license").isPositive();

    List<Callable<ScreeningService.Screened>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS * 4; i++) {
      tasks.add(() -> stack.service.screen(d, null));
    }
    List<ScreeningService.Screened> results = new ArrayList<>();
    for (Future<ScreeningService.Screened> f : together(tasks)) {
      results.add(f.get());
    }
    assertThat(results.stream().filter(r -> !r.replayed()).count())
        .as("screened by exactly one request")
        .isEqualTo(1);
    assertThat(stack.screenings.get()).as("engine screenings").isEqualTo(1);
    assertThat(results.stream().map(r -> r.stored().resultJson()).distinct()).hasSize(1);
    assertThat(drawdownsOf(d.id())).isEqualTo(drawnAlone);
    assertThat(stack.count("assessment")).isEqualTo(1);
  }

  @Test
  void theSameIdWithOtherContentAtTheSameMomentIsRefusedAndOneVersionIsKept() throws Exception {
    Declaration d = licensed();
    Declaration o = trade.declarations().get(5).unlabelled();
    Declaration other =
        new Declaration(
            d.id(),
            o.declaredAt(),
            o.customsOffice(),
            o.exporter(),
            o.consignee(),
            o.endUser(),
            o.destination(),
            o.transitCountries(),
            o.transport(),
            o.endUse(),
            o.lines(),
            o.label());
    List<Callable<Object>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS * 2; i++) {
      Declaration sent = i % 2 == 0 ? d : other;
      tasks.add(
          () -> {
            try {
              return stack.service.screen(sent, null);
            } catch (ApiException e) {
              return e;
            }
          });
    }
    int screened = 0;
    int replayed = 0;
    int conflicts = 0;
    for (Future<Object> f : together(tasks)) {
      Object r = f.get();
      if (r instanceof ApiException e) {
        assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
        conflicts++;
      } else if (((ScreeningService.Screened) r).replayed()) {
        replayed++;
      } else {
        screened++;
      }
    }
    assertThat(screened).isEqualTo(1);
    assertThat(stack.screenings.get()).as("engine screenings").isEqualTo(1);
    // Half the requests carried the version that won: the rest of those replay it, and every
    // request with the other version is refused.
    assertThat(replayed).isEqualTo(THREADS - 1);
    assertThat(conflicts).isEqualTo(THREADS);
    assertThat(stack.count("assessment")).isEqualTo(1);
  }

  @Test
  void differentIdsAtTheSameTimeAreAllScreenedAndStoredBeforeTheyAreAnswered() throws Exception {
    List<Declaration> declarations =
        trade.declarations().stream().limit(300).map(SimulatedDeclaration::unlabelled).toList();
    List<Callable<ScreeningService.Screened>> tasks = new ArrayList<>();
    for (Declaration d : declarations) {
      tasks.add(
          () -> {
            ScreeningService.Screened s = stack.service.screen(d, null);
            // Answered only once committed: the row is there for any other connection.
            assertThat(stack.store.find(d.id())).isPresent();
            return s;
          });
    }
    List<String> ids = new ArrayList<>();
    for (Future<ScreeningService.Screened> f : together(tasks)) {
      ScreeningService.Screened s = f.get();
      assertThat(s.replayed()).isFalse();
      ids.add(s.stored().declarationId());
    }
    assertThat(ids)
        .containsExactlyInAnyOrderElementsOf(declarations.stream().map(Declaration::id).toList());
    assertThat(stack.count("assessment")).isEqualTo(declarations.size());
    // Stored in the order the engine screened them: the time stamps are all distinct.
    assertThat(
            stack
                .jdbc
                .sql("SELECT COUNT(DISTINCT screened_at) FROM assessment")
                .query(Long.class)
                .single())
        .isEqualTo(declarations.size());
  }
}
