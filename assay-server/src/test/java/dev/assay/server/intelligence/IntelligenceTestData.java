package dev.assay.server.intelligence;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.assay.server.TestUsers;
import dev.assay.server.security.ApiTokens;
import dev.assay.server.security.Role;
import dev.assay.server.security.UserStore;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Declarations with a known answer, screened through the API into the shared test database once:
 * antimony around MOFCOM-GAC 2024 No. 33 (effective 2024-09-15; windows 2024-03..08 and
 * 2024-10..2025-03). Before: 7 lines a month to the US. After: 4 a month to the US, 4 a month to
 * Thailand (a hub: share 0 to about 40%, z about 6, 24 lines), and 9 lines to Viet Nam in one month
 * (a near miss: z below 3.09 and fewer than 10 lines). Beside them, {@link #COPPER_LINES} lines of
 * copper cathodes (7403110000, not on the shipped list) for the announcement backtest.
 */
final class IntelligenceTestData {
  static final int COPPER_LINES = 5;
  static final String COPPER_HS = "7403110000";
  private static boolean made;

  private IntelligenceTestData() {}

  static synchronized void make(MockMvc mvc, UserStore users, ApiTokens tokens) throws Exception {
    if (made) {
      return;
    }
    TestUsers.ensure(users, "intelligence-feed", Role.RISK_OFFICER);
    String token = "Bearer " + tokens.create("intelligence-feed", "intelligence", null).secret();
    int n = 0;
    for (int m = 3; m <= 8; m++) {
      for (int i = 0; i < 7; i++) {
        screen(
            mvc, token, ++n, LocalDate.of(2024, m, 2 + i), "US", "8110101000", "antimony ingots");
      }
    }
    for (int k = 0; k < 6; k++) {
      LocalDate month = LocalDate.of(2024, 10, 1).plusMonths(k);
      for (int i = 0; i < 4; i++) {
        screen(mvc, token, ++n, month.plusDays(2 + i), "US", "8110101000", "antimony ingots");
        screen(mvc, token, ++n, month.plusDays(8 + i), "TH", "8110101000", "antimony ingots");
      }
    }
    for (int i = 0; i < 9; i++) {
      screen(
          mvc, token, ++n, LocalDate.of(2024, 11, 12 + i), "VN", "8110101000", "antimony ingots");
    }
    for (int i = 0; i < COPPER_LINES; i++) {
      screen(mvc, token, ++n, LocalDate.of(2025, 2, 3 + i), "TH", COPPER_HS, "copper cathodes");
    }
    made = true;
  }

  private static void screen(
      MockMvc mvc, String token, int n, LocalDate date, String country, String hs, String what)
      throws Exception {
    String json =
        String.format(
            Locale.ROOT,
            "{\"declaration_id\": \"D-INT-%04d\", \"declared_at\": \"%s\", \"customs_office\":"
                + " \"4900\", \"exporter\": {\"id\": \"91431300MA4L2K7P3P\", \"name\":"
                + " \"Lengshuijiang Xikuangshan Antimony Trading Co., Ltd.\"}, \"consignee\":"
                + " {\"name\": \"Buyer %s %d\", \"country\": \"%s\", \"address\": \"1 Harbour"
                + " Road\"}, \"destination_country\": \"%s\", \"transit_countries\": [],"
                + " \"transport\": {\"mode\": \"SEA\", \"container_count\": 1,"
                + " \"gross_weight_kg\": 1100}, \"items\": [{\"line_no\": 1, \"hs_code\":"
                + " \"%s\", \"description\": \"%s\", \"quantity\": 1000, \"unit\": \"kg\","
                + " \"net_weight_kg\": 1000.0, \"value_usd\": 12000.0}]}",
            n,
            date,
            country,
            n,
            country,
            country,
            hs,
            what);
    mvc.perform(
            post("/api/v1/screen")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isOk());
  }
}
