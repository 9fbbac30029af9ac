package dev.assay.risk.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which headings each party has traded: remembered per party, within a bound. */
class TradedHeadingsTest {

  @Test
  void a_heading_is_traded_by_both_parties_of_the_lot_that_declared_it() {
    TradedHeadings traded = new TradedHeadings(10, 10);

    traded.learn("E1", 7, "6907");

    assertThat(traded.ofExporter("E1").contains("6907")).isTrue();
    assertThat(traded.ofExporter("E1").size()).isEqualTo(1);
    assertThat(traded.ofConsignee(7).contains("6907")).isTrue();
    assertThat(traded.ofConsignee(7).contains("6908")).isFalse();
  }

  @Test
  void a_consignee_never_seen_differs_from_one_seen_without_the_heading() {
    TradedHeadings traded = new TradedHeadings(10, 10);
    traded.learn("E1", 7, "7601");

    assertThat(traded.ofConsignee(7)).isNotNull();
    assertThat(traded.ofConsignee(7).contains("6907")).isFalse();
    assertThat(traded.ofConsignee(8)).isNull();
    assertThat(traded.ofExporter("E2").size()).isZero();
  }

  @Test
  void a_controlled_line_marks_both_parties_without_counting_as_a_heading() {
    TradedHeadings traded = new TradedHeadings(10, 10);
    traded.learn("E1", 7, "6109");
    TradedHeadings.Headings before = traded.ofConsignee(7);

    traded.learn("E1", 7, "8110", true);
    traded.learn("E2", 8, "8110", false);

    assertThat(before.listed()).isFalse();
    assertThat(traded.ofExporter("E1").listed()).isTrue();
    assertThat(traded.ofConsignee(7).listed()).isTrue();
    assertThat(traded.ofConsignee(7).size()).isEqualTo(2);
    assertThat(traded.ofConsignee(7).contains("8110")).isTrue();
    // the same heading on a line the list does not name (another grade): no mark
    assertThat(traded.ofExporter("E2").listed()).isFalse();
    assertThat(traded.ofConsignee(8).listed()).isFalse();
  }

  @Test
  void what_was_returned_stays_as_it_was_when_the_party_learns_more() {
    TradedHeadings traded = new TradedHeadings(10, 10);
    traded.learn("E1", 7, "7601");
    TradedHeadings.Headings before = traded.ofExporter("E1");

    traded.learn("E1", 7, "6907");
    traded.learn("E1", 7, "0101");

    assertThat(before.contains("6907")).isFalse();
    assertThat(traded.ofExporter("E1").size()).isEqualTo(3);
    assertThat(traded.ofExporter("E1").contains("0101")).isTrue();
    assertThat(traded.ofExporter("E1").contains("7601")).isTrue();
  }

  @Test
  void consignees_past_the_bound_forget_the_one_used_longest_ago() {
    TradedHeadings traded = new TradedHeadings(10, 100);
    for (int i = 0; i < 1_000; i++) {
      traded.learn("E1", i, "6907");
      traded.learn("E1", -1, "6907"); // a regular buyer: never the eldest
    }

    assertThat(traded.consignees()).isEqualTo(100);
    assertThat(traded.ofConsignee(-1)).isNotNull();
    assertThat(traded.ofConsignee(999)).isNotNull();
    assertThat(traded.ofConsignee(0)).isNull();
  }

  @Test
  void exporters_past_the_bound_forget_the_one_used_longest_ago() {
    TradedHeadings traded = new TradedHeadings(50, 100);
    for (int i = 0; i < 500; i++) {
      traded.learn("E" + i, 1, "6907");
    }

    assertThat(traded.exporters()).isEqualTo(50);
    assertThat(traded.ofExporter("E499").contains("6907")).isTrue();
    assertThat(traded.ofExporter("E0").size()).isZero();
  }
}
