package dev.assay.screening.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.screening.ListedParty;
import dev.assay.screening.PartyKind;
import dev.assay.screening.PartyName;
import dev.assay.screening.ScreenedParty;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names written in one script found from their common Latin spellings, and back. */
class CrossScriptTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final NameNormalizer N = NameNormalizer.standard();

  /** The best score of the listed name for the screened one, through retrieval and scoring. */
  static double score(String listed, String screened) {
    ListedParty e =
        new ListedParty(
            "e",
            "wl",
            PartyKind.PERSON,
            List.of(PartyName.primary(listed, "")),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "");
    PartyMatcher m = new PartyMatcher(List.of(e), N, MatchSettings.bundled());
    return m.candidates(ScreenedParty.named(screened), DAY).stream()
        .mapToDouble(x -> x.score())
        .max()
        .orElse(0);
  }

  @Test
  void arabic_names_match_their_latin_spellings_by_consonants() {
    assertThat(score("محمد حسين", "Muhammad Hussein")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Saddam Hussein", "صدام حسين")).isGreaterThanOrEqualTo(0.8);
    // Near miss: other consonants.
    assertThat(score("محمد حسين", "Khalid Rashid")).isLessThan(0.8);
    assertThat(score("محمد حسين", "Muhammad Rashid")).isLessThan(0.8);
    // A known limit: names with the same consonants (Muhammad, Mahmoud) are not told apart; a
    // consonant match stays below the block threshold.
    assertThat(score("محمد حسين", "Mahmoud Hassan")).isLessThan(0.92);
  }

  @Test
  void arabic_articles_and_abd_compounds_are_read_as_latin_documents_write_them() {
    // الحسيني is al-Husseini; عبد الرحمن is "Abdulrahman" or "Abd al-Rahman".
    assertThat(score("عبد الله محمود الحسيني", "Abdullah Mahmoud Al-Husseini"))
        .isGreaterThanOrEqualTo(0.8);
    assertThat(score("عبد الرحمن يوسف", "Abdulrahman Yousef")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Mohammed Abdul Karim Hussein", "Mohamed Abdelkarim Hussain"))
        .isGreaterThanOrEqualTo(0.8);
    // Near miss: another name after abd.
    assertThat(score("Mohammed Abdul Karim Hussein", "Mohammed Abdul Rahim Hussein"))
        .isLessThan(0.92);
    assertThat(score("عبد الرحمن يوسف", "Abdulaziz Yousef")).isLessThan(0.8);
  }

  @Test
  void korean_surname_lee_and_mr_spellings_of_given_names() {
    assertThat(score("이정훈", "Lee Jung-hoon")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("이정훈", "Yi Jong Hun")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("박광수", "Park Kwang-soo")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("이정훈", "Lee Jae-hoon")).isLessThan(0.8);
    assertThat(score("박광수", "Park Kwang-ho")).isLessThan(0.8);
  }

  @Test
  void thai_names_match_their_rtgs_spellings_by_consonant_classes() {
    // ส is s before a vowel and t after one; ศ์ and ดิ์ are silent: Wongsawat, Wongsawad.
    assertThat(score("สุรชัย วงศ์สวัสดิ์", "Surachai Wongsawat")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("สุรชัย วงศ์สวัสดิ์", "Surachai Wongsawad")).isGreaterThanOrEqualTo(0.8);
    // Thai writes a company name as one word; the legal forms บริษัท ... จำกัด are left out.
    assertThat(score("บริษัท ไทยรุ่งเรือง จำกัด", "Thai Rung Ruang Co., Ltd."))
        .isGreaterThanOrEqualTo(0.8);
    // Near misses: another given name, another final syllable.
    assertThat(score("สุรชัย วงศ์สวัสดิ์", "Somchai Wongsawat")).isLessThan(0.8);
    assertThat(score("สุรชัย วงศ์สวัสดิ์", "Surachai Wongsawang")).isLessThan(0.8);
    assertThat(score("บริษัท ไทยรุ่งเรือง จำกัด", "Thai Rung Charoen Co., Ltd.")).isLessThan(0.8);
  }

  @Test
  void hebrew_vav_can_be_the_consonant_v() {
    // לוי is Levi: ו is v here, a vowel in יוסף.
    assertThat(score("אברהם לוי", "Abraham Levy")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("אברהם לוי", "Yitzhak Levi")).isLessThan(0.8);
  }

  @Test
  void hebrew_names_match_their_latin_spellings_by_consonants() {
    assertThat(score("משה כהן", "Moshe Cohen")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("Benjamin Netanyahu", "בנימין נתניהו")).isLessThan(0.92);
    assertThat(score("משה כהן", "Moshe Levi")).isLessThan(0.8);
    // Unpointed Hebrew writes p and f, b and v with one letter each.
    assertThat(score("יוסף כהן", "Yosef Cohen")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("יעקב כהן", "Yaakov Cohen")).isGreaterThanOrEqualTo(0.8);
    assertThat(score("יוסף כהן", "Yosef Levi")).isLessThan(0.8);
  }

  @Test
  void the_skeleton_keeps_consonants_only() {
    assertThat(NameToken.skeleton("husayn")).isEqualTo("sn");
    assertThat(NameToken.skeleton("hussein")).isEqualTo("sn");
    assertThat(NameToken.skeleton("cohen")).isEqualTo("kn");
    // The two m of Muhammad stand apart (vowel and h between): two consonants, as in محمد, mhmd.
    assertThat(NameToken.skeleton("muhammad")).isEqualTo("mmd");
    assertThat(NameToken.skeleton("mhmd")).isEqualTo("mmd");
  }

  @Test
  void chinese_names_with_other_characters_of_the_same_sound_are_not_the_same_name() {
    // 王伟 and 王玮: one character of a two-character name, same pinyin (wang wei).
    assertThat(score("王伟", "王玮")).isLessThan(0.8);
    assertThat(score("王小明", "王晓明")).isLessThan(0.8);
    // Traditional and Simplified of the same characters, and pinyin, still match fully.
    assertThat(score("王偉", "王伟")).isEqualTo(1.0);
    assertThat(score("王伟", "Wang Wei")).isGreaterThanOrEqualTo(0.92);
  }
}
