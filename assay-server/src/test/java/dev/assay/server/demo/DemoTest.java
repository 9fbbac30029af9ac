package dev.assay.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.license.Application;
import dev.assay.license.ApplicationState;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.store.Database;
import dev.assay.store.JdbcApplicationRepository;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo fill on a database of its own (a second Spring context: the fill must not mix with the
 * other tests' data), smaller than the real one.
 */
@SpringBootTest(
    properties = {
      "assay.db.url=jdbc:h2:mem:assay-demo-test;DB_CLOSE_DELAY=-1",
      "spring.main.banner-mode=off",
      "logging.level.root=WARN"
    })
class DemoTest {
  @Autowired DemoLoader demo;
  @Autowired JdbcClient jdbc;
  @Autowired UserStore users;
  @Autowired Database database;

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void fillsEveryKindOfDataScreenedThroughTheNormalPathWithOneUserPerRole() {
    LocalDate today = LocalDate.of(2026, 6, 30);
    DemoLoader.Filled filled = demo.fill(today, 600);

    assertThat(count("SELECT COUNT(*) FROM assessment")).isEqualTo(600);
    // Eighteen months of trade: some declarations are more than a year old.
    assertThat(count("SELECT COUNT(*) FROM assessment WHERE declared_at < DATE '2025-06-30'"))
        .isPositive();
    assertThat(count("SELECT COUNT(DISTINCT lane) FROM assessment")).isGreaterThanOrEqualTo(3);
    assertThat(filled.licenses()).isPositive();
    assertThat(count("SELECT COUNT(*) FROM drawdown")).isPositive();
    // Applications in every state.
    assertThat(
            new JdbcApplicationRepository(database)
                .list().stream().map(Application::state).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ApplicationState.values());
    assertThat(filled.cases()).isPositive();
    assertThat(count("SELECT COUNT(*) FROM case_file WHERE outcome IS NOT NULL")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM case_file WHERE outcome = 'SEIZED'")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM case_file WHERE status = 'REFERRED'")).isPositive();
    for (Role role : Role.values()) {
      assertThat(users.all()).anyMatch(u -> u.role() == role);
    }
    assertThat(users.find("demo-exporter").orElseThrow().exporterId())
        .contains(filled.exporterId());
    assertThat(users.find("demo-risk").orElseThrow().offices()).isEqualTo(filled.offices());
    // Passwords only as hashes.
    assertThat(jdbc.sql("SELECT password_hash FROM app_user").query(String.class).list())
        .allMatch(h -> h.startsWith("{bcrypt}"));
  }
}
