package dev.assay.simulator.population;

import dev.assay.simulator.Draws;
import java.util.HashSet;
import java.util.Set;

/**
 * Chinese company names as registered (城市 + 字号 + 行业 + 有限公司) and as the same companies write them in
 * English (city and trade name in pinyin, industry translated, "Co., Ltd."). The trade names are
 * two characters from a pool of the auspicious characters such names favour.
 */
final class CompanyNames {
  private static final String[][] TRADE_CHARACTERS = {
    {"华", "Hua"}, {"鑫", "Xin"}, {"盛", "Sheng"}, {"达", "Da"}, {"金", "Jin"}, {"利", "Li"},
    {"恒", "Heng"}, {"泰", "Tai"}, {"宏", "Hong"}, {"源", "Yuan"}, {"丰", "Feng"}, {"瑞", "Rui"},
    {"隆", "Long"}, {"兴", "Xing"}, {"昌", "Chang"}, {"海", "Hai"}, {"天", "Tian"}, {"正", "Zheng"},
    {"通", "Tong"}, {"嘉", "Jia"}, {"博", "Bo"}, {"创", "Chuang"}, {"中", "Zhong"}, {"凯", "Kai"},
    {"永", "Yong"}, {"汇", "Hui"}, {"众", "Zhong"}, {"广", "Guang"}, {"新", "Xin"}, {"明", "Ming"},
    {"峰", "Feng"}, {"诚", "Cheng"}, {"信", "Xin"}, {"德", "De"}, {"安", "An"}, {"康", "Kang"},
    {"远", "Yuan"}, {"晟", "Sheng"}, {"辉", "Hui"}, {"锦", "Jin"}, {"宇", "Yu"}, {"腾", "Teng"}
  };

  private final Set<String> used = new HashSet<>();

  /** A Chinese and an English name, unique in the population. */
  String[] next(String cityZh, String cityEn, Industry industry, Draws draws) {
    for (int attempt = 0; ; attempt++) {
      String[] first = draws.pick(TRADE_CHARACTERS);
      String[] second = draws.pick(TRADE_CHARACTERS);
      // Two-character trade names run short in a busy city: then three, as many firms have.
      String[] third = attempt >= 30 ? draws.pick(TRADE_CHARACTERS) : new String[] {"", ""};
      if (first == second) {
        continue;
      }
      String zh = cityZh + first[0] + second[0] + third[0] + industry.wordZh() + "有限公司";
      if (!used.add(zh)) {
        continue;
      }
      String pinyin = first[1] + (second[1] + third[1]).toLowerCase(java.util.Locale.ROOT);
      String city = cityEn.contains(" ") ? cityEn.substring(0, cityEn.indexOf(' ')) : cityEn;
      String en = city + " " + pinyin + " " + industry.wordEn() + " Co., Ltd.";
      return new String[] {zh, en};
    }
  }
}
