package dev.assay.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.ingest.Format;
import dev.assay.server.ServerTest;
import dev.assay.server.TestUsers;
import dev.assay.server.security.AssayUser;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import dev.assay.server.service.BatchService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The batch page: an upload becomes a job, its progress fragment ends with errors and a download.
 */
@ServerTest
class BatchPagesTest {
  @Autowired MockMvc mvc;
  @Autowired UserStore users;
  @Autowired BatchService batches;

  private AssayUser officer(String name) {
    if (!users.exists(name)) {
      users.create(name, TestUsers.PASSWORD, Role.RISK_OFFICER, Set.of("4900", "5316"), null);
    }
    return users.find(name).orElseThrow().withoutPassword();
  }

  @Test
  void anUploadIsScreenedAndItsPageShowsProgressErrorsAndTheDownload() throws Exception {
    AssayUser officer = officer("batch-page-officer");
    String first = TestUsers.exampleDeclarations().get(0);
    String good = first.replace("\"D-2025-0001\"", "\"BATCHPAGE-1\"");
    String bad =
        first
            .replace("\"D-2025-0001\"", "\"BATCHPAGE-2\"")
            .replaceFirst("\"hs_code\": \"[0-9]+\"", "\"hs_code\": \"81101\"");
    assertThat(bad).contains("81101");
    byte[] file = (good + "\n" + bad + "\n").getBytes(StandardCharsets.UTF_8);
    String location =
        mvc.perform(
                multipart("/risk/batches")
                    .file(
                        new MockMultipartFile(
                            "file", "today.ndjson", "application/octet-stream", file))
                    .with(SecurityMockMvcRequestPostProcessors.user(officer))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/risk/batches/");
    String id = location.substring("/risk/batches/".length());

    // While it runs the fragment polls itself; once done it stops polling.
    for (int i = 0; i < 300 && !batches.find(id).orElseThrow().status().equals("DONE"); i++) {
      Thread.sleep(100);
    }
    BatchService.Job job = batches.find(id).orElseThrow();
    assertThat(job.status()).isEqualTo("DONE");
    assertThat(job.processed()).isEqualTo(2);
    assertThat(job.failed()).isEqualTo(1);
    mvc.perform(
            get(location + "/progress").with(SecurityMockMvcRequestPostProcessors.user(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"job-status\">DONE")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("hx-get"))))
        .andExpect(content().string(Matchers.containsString("/api/v1/batches/" + id + "/results")))
        .andExpect(content().string(Matchers.containsString("hs_code")));
    mvc.perform(get(location).with(SecurityMockMvcRequestPostProcessors.user(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("batch-errors")));
    mvc.perform(get("/risk/batches").with(SecurityMockMvcRequestPostProcessors.user(officer)))
        .andExpect(content().string(Matchers.containsString(id)));

    // The same file again is the same job; another officer does not see it.
    mvc.perform(
            multipart("/risk/batches")
                .file(
                    new MockMultipartFile("file", "again.ndjson", "application/octet-stream", file))
                .with(SecurityMockMvcRequestPostProcessors.user(officer))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                location));
    mvc.perform(
            get(location)
                .with(SecurityMockMvcRequestPostProcessors.user(officer("batch-page-other"))))
        .andExpect(status().isNotFound());
  }

  @Test
  void anEmptyUploadIsRefusedWithAReason() throws Exception {
    mvc.perform(
            multipart("/risk/batches")
                .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                .with(SecurityMockMvcRequestPostProcessors.user(officer("batch-page-officer")))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("error", Matchers.containsString("Choose a file")));
  }

  @Test
  void theFormatIsTakenFromTheNameOrElseTheContent() {
    byte[] json = "\n {\"declaration_id\": 1}".getBytes(StandardCharsets.UTF_8);
    byte[] csv = "declaration_id,line_no\n".getBytes(StandardCharsets.UTF_8);
    assertThat(BatchPages.format("a.csv", json)).isEqualTo(Format.CSV);
    assertThat(BatchPages.format("a.jsonl", csv)).isEqualTo(Format.NDJSON);
    assertThat(List.of(BatchPages.format("upload", json), BatchPages.format(null, csv)))
        .containsExactly(Format.NDJSON, Format.CSV);
  }
}
