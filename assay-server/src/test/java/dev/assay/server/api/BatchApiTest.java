package dev.assay.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.security.ApiTokens;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.server.service.BatchService;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ServerTest
class BatchApiTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired ApiTokens tokens;
  @Autowired BatchService batches;
  @Autowired JdbcClient jdbc;

  private String token(String user) {
    TestUsers.ensure(users, user, Role.ANALYST);
    return "Bearer " + tokens.create(user, "batch test", null).secret();
  }

  /** The four example declarations under new ids (so other tests' screening does not interfere). */
  private static String batch(String prefix) throws Exception {
    StringBuilder out = new StringBuilder();
    for (String line : ScreenApiTest.examples()) {
      out.append(line.replace("\"D-2025-", "\"" + prefix + "-")).append('\n');
    }
    return out.toString();
  }

  private BatchService.Job awaitDone(String id) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      BatchService.Job job = batches.find(id).orElseThrow();
      if (job.status().equals("DONE") || job.status().equals("FAILED")) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("batch " + id + " did not finish");
  }

  @Test
  void batchIsStoredScreenedWithPerRecordErrorsAndResultsAndResubmissionIsTheSameJob()
      throws Exception {
    String token = token("batch-user");
    String content =
        batch("B1")
            + batch("B1")
                .lines()
                .findFirst()
                .orElseThrow()
                .replace("B1-0001", "B1-BAD")
                .replace("\"SEA\"", "\"SHIP\"")
            + "\n";
    MvcResult submitted =
        mvc.perform(
                post("/api/v1/batches")
                    .header("Authorization", token)
                    .contentType("application/x-ndjson")
                    .content(content))
            .andExpect(status().isAccepted())
            .andExpect(
                header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/batches/")))
            .andReturn();
    String id = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
    BatchService.Job job = awaitDone(id);
    assertThat(job.status()).isEqualTo("DONE");
    assertThat(job.total()).isEqualTo(5);
    assertThat(job.failed()).isEqualTo(1);

    mvc.perform(get("/api/v1/batches/" + id + "/errors").header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].record").value(5))
        .andExpect(jsonPath("$.items[0].field").value(org.hamcrest.Matchers.containsString("mode")))
        .andExpect(
            jsonPath("$.items[0].reason").value(org.hamcrest.Matchers.containsString("line 5")));

    String results =
        mvc.perform(get("/api/v1/batches/" + id + "/results").header("Authorization", token))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(results.lines()).hasSize(4).allMatch(l -> l.contains("\"declaration_id\":\"B1-"));

    mvc.perform(
            post("/api/v1/batches")
                .header("Authorization", token)
                .contentType("application/x-ndjson")
                .content(content))
        .andExpect(status().isOk())
        .andExpect(header().string("Assay-Replayed", "true"))
        .andExpect(jsonPath("$.id").value(id));

    // Another user may not see this batch.
    mvc.perform(get("/api/v1/batches/" + id).with(TestUsers.as(users, Role.RISK_OFFICER)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aBatchInterruptedMidwayIsResumedWithoutDuplicates() throws Exception {
    // As a killed server leaves it: stored, RUNNING, its first record screened and recorded,
    // its second screened but not yet recorded.
    String content = batch("B2");
    String id = "00000000-0000-0000-0000-00000000b002";
    jdbc.sql(
            "INSERT INTO batch_job (id, content_hash, format, submitted_by, submitted_at, status,"
                + " total, processed, failed, content) VALUES (?, ?, 'NDJSON', 'batch-user2', ?,"
                + " 'RUNNING', -1, 1, 0, ?)")
        .params(id, "b2".repeat(32), OffsetDateTime.now(), content)
        .update();
    String first = content.lines().toList().get(0);
    String second = content.lines().toList().get(1);
    mvc.perform(
            post("/api/v1/screen")
                .header("Authorization", token("batch-user2"))
                .contentType("application/json")
                .content(first))
        .andExpect(status().isOk());
    jdbc.sql("INSERT INTO batch_record (batch_id, record_no, declaration_id) VALUES (?, 1, ?)")
        .params(id, "B2-0001")
        .update();
    mvc.perform(
            post("/api/v1/screen")
                .header("Authorization", token("batch-user2"))
                .contentType("application/json")
                .content(second))
        .andExpect(status().isOk());

    batches.resumeUnfinished();
    BatchService.Job job = awaitDone(id);

    assertThat(job.total()).isEqualTo(4);
    assertThat(job.processed()).isEqualTo(4);
    assertThat(job.failed()).isZero();
    List<String> ids = batches.declarationIds(id, 0, 100);
    assertThat(ids).containsExactly("B2-0001", "B2-0004", "B2-0013", "B2-0023");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM assessment WHERE declaration_id LIKE 'B2-%'")
                .query(Integer.class)
                .single())
        .isEqualTo(4);
  }
}
