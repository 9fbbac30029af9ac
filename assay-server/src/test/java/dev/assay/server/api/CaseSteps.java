package dev.assay.server.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Steps of a case through the API that several specifications take. */
final class CaseSteps {
  private CaseSteps() {}

  /** Opens a case on a screened declaration as {@code user}; its id. */
  static long open(MockMvc mvc, RequestPostProcessor user, String declarationId) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/cases")
                    .with(user)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"declarationId\":\"" + declarationId + "\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }
}
