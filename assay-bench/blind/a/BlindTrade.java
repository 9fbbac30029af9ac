import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Independent ("blind") test-data generator A for Assay.
 *
 * Writes declarations.csv (import contract, no labels), licenses.csv and truth.csv.
 * Written without reading Assay's detectors; see README.md in this folder.
 *
 * java BlindTrade.java --declarations N --seed S --out DIR
 */
public class BlindTrade {

  // ------------------------------------------------------------------ basics

  static RandomGenerator R;
  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final LocalDate END = LocalDate.of(2026, 12, 31);
  static final int DAYS = (int) ChronoUnit.DAYS.between(START, END) + 1;

  static double u() { return R.nextDouble(); }
  static double u(double a, double b) { return a + (b - a) * R.nextDouble(); }
  static int ri(int a, int b) { return a + R.nextInt(b - a + 1); } // inclusive
  static boolean p(double prob) { return R.nextDouble() < prob; }
  static <T> T pick(T[] a) { return a[R.nextInt(a.length)]; }
  static <T> T pick(List<T> a) { return a.get(R.nextInt(a.size())); }
  static double logn(double median, double sigma) { return median * Math.exp(sigma * R.nextGaussian()); }
  static double clamp(double x, double lo, double hi) { return Math.max(lo, Math.min(hi, x)); }

  static int pickW(double[] w) {
    double s = 0; for (double x : w) s += x;
    double t = u() * s;
    for (int i = 0; i < w.length; i++) { t -= w[i]; if (t < 0) return i; }
    return w.length - 1;
  }

  /** Day weight: weekdays, Spring Festival and National Day dips. */
  static double dayWeight(LocalDate d) {
    double w = 1.0;
    DayOfWeek dw = d.getDayOfWeek();
    if (dw == DayOfWeek.SATURDAY) w = 0.25; else if (dw == DayOfWeek.SUNDAY) w = 0.1;
    if (in(d, "2025-01-27", "2025-02-05") || in(d, "2026-02-14", "2026-02-24")) w *= 0.12;
    if (in(d, "2025-10-01", "2025-10-08") || in(d, "2026-10-01", "2026-10-07")) w *= 0.2;
    if (in(d, "2025-05-01", "2025-05-05") || in(d, "2026-05-01", "2026-05-05")) w *= 0.4;
    if (d.getMonthValue() == 12 && d.getDayOfMonth() > 15) w *= 1.1; // year-end rush
    return w;
  }
  static boolean in(LocalDate d, String a, String b) { return !d.isBefore(LocalDate.parse(a)) && !d.isAfter(LocalDate.parse(b)); }
  static LocalDate D(String s) { return LocalDate.parse(s); }

  static double[] DAY_CUM;
  static void initDays() {
    DAY_CUM = new double[DAYS];
    double s = 0;
    for (int i = 0; i < DAYS; i++) { s += dayWeight(START.plusDays(i)); DAY_CUM[i] = s; }
  }
  /** A random business-weighted day in [a, b]. */
  static LocalDate day(LocalDate a, LocalDate b) {
    if (a.isBefore(START)) a = START;
    if (b.isAfter(END)) b = END;
    if (b.isBefore(a)) return a;
    int ia = (int) ChronoUnit.DAYS.between(START, a), ib = (int) ChronoUnit.DAYS.between(START, b);
    double lo = ia == 0 ? 0 : DAY_CUM[ia - 1], hi = DAY_CUM[ib];
    double t = lo + u() * (hi - lo);
    int i = Arrays.binarySearch(DAY_CUM, t);
    if (i < 0) i = -i - 1;
    if (i < ia) i = ia; if (i > ib) i = ib;
    return START.plusDays(i);
  }
  static LocalDate anyDay() { return day(START, END); }
  /** Next business day on or after d (for series). */
  static LocalDate biz(LocalDate d) {
    while (d.getDayOfWeek() == DayOfWeek.SUNDAY || (d.getDayOfWeek() == DayOfWeek.SATURDAY && p(0.7))) d = d.plusDays(1);
    return d;
  }

  static String r2(double x) { return String.format(Locale.ROOT, "%.2f", x); }
  static String r3(double x) { return String.format(Locale.ROOT, "%.3f", x); }
  static String r1(double x) { return String.format(Locale.ROOT, "%.1f", x); }
  static String money(double x) { return String.format(Locale.ROOT, "%.2f", x); }

  static String csv(String s) {
    if (s == null) return "";
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)
      return '"' + s.replace("\"", "\"\"") + '"';
    return s;
  }
  static String row(String... f) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < f.length; i++) { if (i > 0) b.append(','); b.append(csv(f[i])); }
    return b.append('\n').toString();
  }

  // ------------------------------------------------------------------ unified social credit code

  static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] USCC_W = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  static final Set<String> USED_USCC = new HashSet<>();

  static String uscc(String division) {
    while (true) {
      StringBuilder org = new StringBuilder();
      // organisation code GB 11714: 8 body chars + check
      String body = "0123456789ABCDEFGHJKLMNPQRTUWXY";
      for (int i = 0; i < 8; i++) org.append(i < 2 && p(0.6) ? "MA".charAt(i) : body.charAt(R.nextInt(i < 2 ? 31 : 10)));
      int[] ow = {3, 7, 9, 10, 5, 8, 4, 2};
      int s = 0;
      for (int i = 0; i < 8; i++) { char c = org.charAt(i); int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10; s += v * ow[i]; }
      int c9 = 11 - s % 11;
      org.append(c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9));
      String first17 = "91" + division + org;
      int t = 0;
      for (int i = 0; i < 17; i++) t += USCC_CHARS.indexOf(first17.charAt(i)) * USCC_W[i];
      int ck = 31 - t % 31; if (ck == 31) ck = 0;
      String code = first17 + USCC_CHARS.charAt(ck);
      if (USED_USCC.add(code)) return code;
    }
  }

  // ------------------------------------------------------------------ goods

  /** Packing: gross/net ratio band, fixed tare per shipment (pallets), text used in descriptions. */
  record Pack(String name, double lo, double hi, double fixedKg, String text) {}
  static final Pack INGOT_BUNDLE = new Pack("ingot bundles", 1.002, 1.012, 0, "in strapped bundles");
  static final Pack JUMBO = new Pack("jumbo bags", 1.003, 1.012, 0, "in 1 t jumbo bags");
  static final Pack BAGS25 = new Pack("25 kg bags on pallets", 1.012, 1.035, 0, "25 kg bags on pallets");
  static final Pack DRUMS = new Pack("steel drums", 1.045, 1.10, 0, "in steel drums");
  static final Pack CARTONS = new Pack("cartons", 1.05, 1.14, 0, "in cartons");
  static final Pack SMALLBOX = new Pack("inner bottles in cartons", 1.08, 1.20, 0.5, "in PE bottles, cartons");
  static final Pack WOODCASE = new Pack("wooden cases", 1.08, 1.22, 1.5, "in wooden cases");
  static final Pack PALLETS = new Pack("palletised cartons", 1.03, 1.08, 0, "palletised");
  static final Pack PARCEL = new Pack("courier box", 1.06, 1.25, 0.3, "");
  static final Pack CRATES = new Pack("crates", 1.10, 1.22, 5, "in crates");

  static final class Product {
    final String key, hs, mineral; // mineral null for uncontrolled goods
    final String[] desc;            // description variants (EN and CN)
    final LocalDate controlFrom;    // null when not controlled
    final double[][] price;         // anchors {dayIndex, usdPerKg}
    final Pack pack;
    final double lotLo, lotHi;      // typical lot in kg (log-uniform)
    final String unit;              // kg unless pieces
    final double kgPerUnit;
    final int seaShare;             // % of lots by sea (rest air, some road/rail)
    Product(String key, String hs, String mineral, LocalDate from, Pack pack, double lotLo, double lotHi, int seaShare,
            double[][] price, String... desc) {
      this.key = key; this.hs = hs; this.mineral = mineral; this.controlFrom = from; this.pack = pack;
      this.lotLo = lotLo; this.lotHi = lotHi; this.seaShare = seaShare; this.price = price; this.desc = desc;
      this.unit = "kg"; this.kgPerUnit = 1;
    }
    boolean controlled(LocalDate d) { return controlFrom != null && !d.isBefore(controlFrom); }
    double priceAt(LocalDate d) {
      int x = (int) ChronoUnit.DAYS.between(START, d);
      if (x <= price[0][0]) return price[0][1];
      for (int i = 1; i < price.length; i++)
        if (x <= price[i][0]) {
          double f = (x - price[i - 1][0]) / (price[i][0] - price[i - 1][0]);
          return price[i - 1][1] + f * (price[i][1] - price[i - 1][1]);
        }
      return price[price.length - 1][1];
    }
    String desc() { return pick(desc); }
    double lot() { return Math.exp(u(Math.log(lotLo), Math.log(lotHi))); }
  }

  /** Price anchors: pairs of (month offset from 2025-01, USD/kg). */
  static double[][] px(double... mp) {
    double[][] a = new double[mp.length / 2][];
    for (int i = 0; i < a.length; i++) a[i] = new double[] {mp[2 * i] * 30.4, mp[2 * i + 1]};
    return a;
  }

  static final Map<String, Product> P = new LinkedHashMap<>();
  static Product prod(String key) { Product x = P.get(key); if (x == null) throw new IllegalStateException(key); return x; }
  static void add(Product x) { P.put(x.key, x); }

  static final LocalDate GAGE = D("2023-08-01"), GRAPH = D("2023-12-01"), SB = D("2024-09-15"),
      W5 = D("2025-02-04"), RE = D("2025-04-04");

  static void initProducts() {
    initProducts0();
    for (Product x : P.values()) if (x.mineral != null) MIN_FROM.merge(x.mineral, x.controlFrom, (a, b) -> a.isBefore(b) ? a : b);
  }
  static void initProducts0() {
    // controlled minerals (HS codes and effective dates from the public measures)
    add(new Product("GA", "8112929010", "gallium", GAGE, SMALLBOX, 20, 1000, 25, px(0, 560, 5, 700, 11, 1100, 17, 1500, 23, 1400),
        "gallium metal 99.99%", "gallium ingot 4N", "gallium metal 6N", "高纯镓 99.9999%", "金属镓 4N", "gallium 99.999% ingots 1 kg"));
    add(new Product("GE", "8112921090", "germanium", GAGE, WOODCASE, 5, 300, 10, px(0, 2700, 8, 3600, 12, 4800, 18, 5000, 23, 4400),
        "zone-refined germanium ingot 50 ohm-cm", "germanium ingot 99.999%", "区熔锗锭", "germanium metal ingot 5N"));
    add(new Product("GEO2", "2825600002", "germanium", GAGE, DRUMS, 10, 400, 15, px(0, 1500, 8, 2000, 12, 2700, 23, 2500),
        "germanium dioxide 99.999%", "二氧化锗 5N", "GeO2 powder 99.999%"));
    add(new Product("SB", "8110101000", "antimony", SB, INGOT_BUNDLE, 3000, 40000, 92, px(0, 40, 3, 55, 8, 52, 14, 44, 23, 36),
        "antimony ingot 99.65%", "antimony ingots Sb 99.85%", "锑锭 99.65%", "antimony metal ingot"));
    add(new Product("SBO", "2825800010", "antimony", SB, BAGS25, 2000, 25000, 95, px(0, 38, 3, 52, 8, 50, 14, 42, 23, 35),
        "antimony trioxide 99.99% high purity", "三氧化二锑 99.99%", "antimony trioxide 4N"));
    add(new Product("GRF", "2504101000", "graphite", GRAPH, JUMBO, 20000, 200000, 99, px(0, 0.75, 12, 0.7, 23, 0.8),
        "natural flake graphite +100 mesh 94-95% C", "天然鳞片石墨 -195", "natural flake graphite 90% C"));
    add(new Product("GRS", "3801901000", "graphite", GRAPH, JUMBO, 10000, 100000, 98, px(0, 3.0, 12, 2.7, 23, 2.9),
        "spherical graphite SG-17 99.95%", "球形石墨 SG15", "spheroidized graphite for anode"));
    add(new Product("GRA", "3801100030", "graphite", GRAPH, WOODCASE, 1000, 20000, 90, px(0, 12, 23, 13),
        "high-purity isostatic graphite block 99.99%", "高纯等静压石墨块"));
    add(new Product("APT", "2841801000", "tungsten", W5, DRUMS, 2000, 30000, 95, px(0, 30, 4, 35, 8, 53, 14, 66, 23, 62),
        "ammonium paratungstate APT 88.5% WO3", "仲钨酸铵 APT", "APT 0-grade"));
    add(new Product("WO", "2825901200", "tungsten", W5, DRUMS, 2000, 20000, 95, px(0, 35, 4, 41, 8, 60, 14, 75, 23, 71),
        "blue tungsten oxide", "蓝色氧化钨", "tungsten trioxide yellow"));
    add(new Product("WC", "2849902000", "tungsten", W5, DRUMS, 500, 10000, 85, px(0, 45, 4, 50, 8, 75, 14, 95, 23, 90),
        "tungsten carbide powder 0.8 um", "碳化钨粉", "WC powder FSSS 1.5"));
    add(new Product("BI", "8106101091", "bismuth", W5, INGOT_BUNDLE, 1000, 20000, 90, px(0, 12, 2, 30, 8, 22, 14, 19, 23, 17),
        "bismuth ingot 99.99%", "铋锭 4N", "bismuth metal 99.997%"));
    add(new Product("TE", "2804500001", "tellurium", W5, SMALLBOX, 100, 3000, 60, px(0, 85, 10, 100, 23, 110),
        "tellurium ingot 99.99%", "碲锭 4N", "tellurium powder 5N"));
    add(new Product("MO", "8102100001", "molybdenum", W5, DRUMS, 200, 5000, 70, px(0, 58, 12, 66, 23, 70),
        "molybdenum powder 99.95% FSSS 3um", "钼粉 3N5"));
    add(new Product("INP", "2853904051", "indium", W5, WOODCASE, 1, 30, 0, px(0, 4500, 23, 5200),
        "indium phosphide polycrystal 6N", "磷化铟多晶"));
    add(new Product("DY", "2805301200", "dysprosium", RE, SMALLBOX, 10, 300, 20, px(0, 360, 3, 380, 5, 700, 10, 800, 23, 760),
        "dysprosium metal 99.9%", "金属镝 99.9%"));
    add(new Product("TB", "2805301300", "terbium", RE, SMALLBOX, 5, 150, 20, px(0, 1150, 3, 1200, 5, 2600, 23, 2400),
        "terbium metal 99.9%", "金属铽 3N"));
    add(new Product("DYO", "2846901993", "dysprosium", RE, DRUMS, 50, 2000, 40, px(0, 240, 3, 260, 5, 600, 10, 450, 23, 430),
        "dysprosium oxide 99.5%", "氧化镝 99.5%"));
    add(new Product("MAGDY", "8505111000", "dysprosium", RE, CARTONS, 200, 8000, 60, px(0, 62, 12, 70, 23, 74),
        "sintered NdFeB magnets N48H (Dy 2.5%)", "烧结钕铁硼磁钢 38UH 含镝", "NdFeB magnet 42SH, Dy 3.1% grain-boundary diffused"));
    add(new Product("SMCO", "8505111000", "samarium", RE, CARTONS, 50, 1500, 40, px(0, 95, 23, 120),
        "SmCo magnets Sm2Co17 YXG-28", "钐钴磁体 2:17"));
    add(new Product("SCO", "2846901980", "scandium", RE, SMALLBOX, 5, 200, 10, px(0, 900, 23, 1100),
        "scandium oxide 99.99%", "氧化钪 4N"));

    // ordinary goods (not controlled)
    add(new Product("ZN", "7901111000", null, null, INGOT_BUNDLE, 25000, 400000, 97, px(0, 2.95, 6, 2.7, 12, 3.0, 23, 2.9),
        "zinc ingot 99.995%", "锌锭 0#", "SHG zinc ingots"));
    add(new Product("PB", "7801100000", null, null, INGOT_BUNDLE, 25000, 300000, 97, px(0, 2.05, 12, 2.0, 23, 2.15),
        "refined lead ingot 99.994%", "电解铅锭", "lead ingots Pb 99.99"));
    add(new Product("PBSB", "7801910000", null, null, INGOT_BUNDLE, 10000, 200000, 97, px(0, 2.5, 6, 2.9, 23, 2.8),
        "lead-antimony alloy ingot Sb 2.5%", "铅锑合金锭 PbSb4", "lead antimony alloy for battery grids"));
    add(new Product("AL", "7601100000", null, null, INGOT_BUNDLE, 25000, 500000, 97, px(0, 2.55, 12, 2.6, 23, 2.7),
        "primary aluminium ingot 99.7%", "铝锭 A00", "aluminium ingots P1020"));
    add(new Product("ALA", "7601200000", null, null, INGOT_BUNDLE, 20000, 200000, 96, px(0, 2.4, 23, 2.55),
        "aluminium alloy ingot ADC12", "铝合金锭 ADC12", "aluminium alloy ingot A356"));
    add(new Product("SN", "8001100000", null, null, INGOT_BUNDLE, 1000, 25000, 80, px(0, 29, 6, 33, 12, 35, 23, 37),
        "tin ingot 99.9%", "锡锭", "refined tin ingot Sn99.95"));
    add(new Product("SOLP", "3810100000", null, null, CARTONS, 50, 2000, 30, px(0, 42, 23, 46),
        "lead-free solder paste SAC305", "无铅锡膏 SAC305", "solder paste Sn96.5Ag3Cu0.5"));
    add(new Product("SOLB", "8003000000", null, null, CARTONS, 200, 5000, 70, px(0, 24, 23, 28),
        "tin solder bar Sn99.3Cu0.7", "锡条", "solder bar Sn63Pb37"));
    add(new Product("FESI", "7202210000", null, null, JUMBO, 20000, 300000, 98, px(0, 1.2, 23, 1.25),
        "ferrosilicon FeSi75", "硅铁 75#"));
    add(new Product("FEMO", "7202700000", null, null, DRUMS, 2000, 30000, 95, px(0, 28, 8, 36, 23, 38),
        "ferromolybdenum FeMo60", "钼铁 FeMo60"));
    add(new Product("FEW", "7202800000", null, null, DRUMS, 1000, 20000, 95, px(0, 42, 8, 60, 23, 70),
        "ferrotungsten FeW80", "钨铁 FeW80"));
    add(new Product("SI", "2804690000", null, null, JUMBO, 20000, 200000, 97, px(0, 1.8, 12, 1.6, 23, 1.7),
        "silicon metal 553", "工业硅 553", "silicon metal 441"));
    add(new Product("NIP", "7504000000", null, null, DRUMS, 200, 5000, 70, px(0, 22, 23, 24),
        "nickel powder 99.8%", "镍粉", "carbonyl nickel powder"));
    add(new Product("FEX", "7202999000", null, null, BAGS25, 5000, 60000, 95, px(0, 2.2, 23, 2.4),
        "ferro-alloy", "iron alloy lumps", "铁合金", "ferro-boron alloy FeB18"));
    add(new Product("TILEADH", "3214900000", null, null, BAGS25, 10000, 60000, 98, px(0, 0.32, 23, 0.35),
        "tile adhesive cement-based C1", "瓷砖胶", "ceramic tile adhesive"));
    add(new Product("TILE", "6907210000", null, null, PALLETS, 15000, 80000, 98, px(0, 0.55, 23, 0.6),
        "porcelain floor tiles 600x600", "瓷质抛光砖", "ceramic floor tiles"));
    add(new Product("REFR", "6902100000", null, null, PALLETS, 15000, 100000, 98, px(0, 0.9, 23, 1.0),
        "magnesia-carbon refractory bricks", "镁碳砖", "refractory bricks"));
    add(new Product("MAGND", "8505111000", null, null, CARTONS, 300, 10000, 60, px(0, 40, 23, 44),
        "sintered NdFeB magnets N35", "烧结钕铁硼磁铁 N42", "NdFeB magnets N52 nickel coated"));
    add(new Product("FERR", "8505190000", null, null, PALLETS, 5000, 40000, 97, px(0, 1.8, 23, 2.0),
        "ferrite magnets Y30", "铁氧体磁铁"));
    add(new Product("ALNI", "8505119000", null, null, CARTONS, 100, 3000, 60, px(0, 30, 23, 33),
        "AlNiCo 5 cast magnets", "铝镍钴磁钢"));
    add(new Product("CARB", "8209002900", null, null, CARTONS, 50, 2000, 30, px(0, 95, 12, 120, 23, 130),
        "cemented carbide inserts", "硬质合金刀片", "carbide turning inserts CNMG"));
    add(new Product("GELEC", "8545110000", null, null, CRATES, 20000, 150000, 99, px(0, 3.2, 23, 3.0),
        "UHP graphite electrodes 450 mm", "超高功率石墨电极"));
    add(new Product("ZNO", "2817001000", null, null, BAGS25, 5000, 60000, 97, px(0, 2.9, 23, 3.1),
        "zinc oxide 99.7%", "氧化锌 99.7%"));
    add(new Product("SBO_STD", "2825800090", null, null, BAGS25, 2000, 25000, 96, px(0, 30, 3, 44, 8, 42, 14, 36, 23, 30),
        "antimony trioxide 99.5% flame retardant grade", "三氧化二锑 99.5%", "antimony trioxide 99.8% catalyst grade"));
    add(new Product("SIC", "2849200000", null, null, BAGS25, 5000, 50000, 97, px(0, 1.3, 23, 1.4),
        "black silicon carbide F36", "黑碳化硅"));
    add(new Product("FEPOW", "7205290000", null, null, DRUMS, 2000, 30000, 95, px(0, 1.4, 23, 1.5),
        "iron powder reduced", "还原铁粉"));
    add(new Product("CEO", "2846101000", null, null, DRUMS, 500, 10000, 90, px(0, 3.5, 23, 3.8),
        "cerium oxide polishing powder", "氧化铈抛光粉"));
    add(new Product("LAO", "2846901100", null, null, DRUMS, 1000, 20000, 92, px(0, 1.6, 23, 1.8),
        "lanthanum oxide 99.99%", "氧化镧 4N"));
    add(new Product("NDPR", "2846901920", null, null, DRUMS, 500, 10000, 80, px(0, 55, 6, 62, 12, 78, 23, 72),
        "praseodymium-neodymium oxide PrNd 75/25", "氧化镨钕"));
    add(new Product("FR", "3824999999", null, null, BAGS25, 2000, 25000, 95, px(0, 3.5, 23, 3.8),
        "halogen-free flame retardant masterbatch", "阻燃母粒"));
    add(new Product("ZNP", "7903100000", null, null, DRUMS, 1000, 20000, 90, px(0, 3.5, 23, 3.7),
        "zinc dust 98%", "锌粉"));
    add(new Product("STEEL", "7326909000", null, null, PALLETS, 2000, 25000, 95, px(0, 3.2, 23, 3.4),
        "steel stamping parts", "钢制冲压件", "steel brackets"));
    add(new Product("AUTO", "8708999990", null, null, PALLETS, 500, 15000, 85, px(0, 9, 23, 9.5),
        "auto parts brake components", "汽车零部件", "auto spare parts"));
    add(new Product("FAST", "7318158090", null, null, PALLETS, 3000, 25000, 97, px(0, 2.1, 23, 2.2),
        "steel hex bolts", "螺栓", "stainless fasteners"));
    add(new Product("ALPART", "7616999000", null, null, CARTONS, 200, 8000, 80, px(0, 8, 23, 8.5),
        "aluminium die-cast housings", "铝压铸件"));
    add(new Product("LED", "9405420000", null, null, CARTONS, 200, 6000, 85, px(0, 11, 23, 10),
        "LED panel lights", "LED灯具", "LED flood lights"));
    add(new Product("PHC", "3926909090", null, null, CARTONS, 50, 3000, 60, px(0, 18, 23, 17),
        "plastic phone cases", "手机壳", "plastic accessories"));
    add(new Product("TEXT", "6109100021", null, null, CARTONS, 100, 8000, 85, px(0, 14, 23, 14),
        "cotton T-shirts", "棉制T恤"));
    add(new Product("TOOLS", "8205590000", null, null, CARTONS, 100, 8000, 85, px(0, 6, 23, 6.5),
        "hand tools set", "手工具"));
  }

  // ------------------------------------------------------------------ geography

  record Office(String code, String name, String modes, String region) {}
  static final Office[] OFFICES = {
      new Office("2233", "Pudong Airport", "AIR POST", "EAST"), new Office("2248", "Yangshan", "SEA", "EAST"),
      new Office("2218", "Waigaoqiao", "SEA", "EAST"), new Office("3104", "Beilun", "SEA", "EAST"),
      new Office("3111", "Ningbo Lishe Airport", "AIR POST", "EAST"), new Office("5316", "Yantian", "SEA", "SOUTH"),
      new Office("5304", "Shekou", "SEA", "SOUTH"), new Office("5320", "Huanggang", "ROAD", "SOUTH"),
      new Office("5345", "Shenzhen Airport", "AIR POST", "SOUTH"), new Office("5141", "Baiyun Airport", "AIR POST", "SOUTH"),
      new Office("5166", "Nansha", "SEA", "SOUTH"), new Office("0202", "Tianjin Xingang", "SEA", "NORTH"),
      new Office("0101", "Beijing Capital Airport", "AIR POST", "NORTH"), new Office("4227", "Qingdao Port", "SEA", "NORTH"),
      new Office("3702", "Xiamen Haicang", "SEA", "EAST"), new Office("7201", "Nanning Wuxu Airport", "AIR POST", "SW"),
      new Office("7216", "Youyiguan", "ROAD", "SW"), new Office("7208", "Qinzhou Port", "SEA", "SW"),
      new Office("4901", "Changsha Airport", "AIR POST", "CENTRAL"), new Office("4911", "Changsha Rail Port", "RAIL", "CENTRAL"),
      new Office("8601", "Kunming Airport", "AIR POST", "SW"), new Office("8611", "Hekou", "ROAD", "SW"),
      new Office("7901", "Chengdu Shuangliu", "AIR POST", "CENTRAL"), new Office("7911", "Chengdu Rail Port", "RAIL", "CENTRAL"),
      new Office("0704", "Erenhot", "RAIL ROAD", "NORTH"), new Office("0601", "Manzhouli", "RAIL", "NORTH"),
      new Office("9401", "Alashankou", "RAIL", "NORTH")};

  static Office office(String code) { for (Office o : OFFICES) if (o.code.equals(code)) return o; throw new IllegalStateException(code); }

  /** Exporter home regions: province division codes and preferred offices. */
  record Region(String name, String division, String zone, String[] places, String py) {}
  static final Region[] REGIONS = {
      new Region("Hunan", "430100", "CENTRAL", new String[] {"Changsha", "Lengshuijiang", "Chenzhou", "Loudi", "Zhuzhou"}, "Xiang"),
      new Region("Guangxi", "450100", "SW", new String[] {"Nanning", "Hechi", "Liuzhou", "Hezhou", "Guilin"}, "Gui"),
      new Region("Jiangxi", "360700", "CENTRAL", new String[] {"Ganzhou", "Nanchang", "Jiujiang", "Dayu"}, "Gan"),
      new Region("Yunnan", "530100", "SW", new String[] {"Kunming", "Lincang", "Gejiu", "Wenshan"}, "Dian"),
      new Region("Inner Mongolia", "150200", "NORTH", new String[] {"Baotou", "Hohhot", "Chifeng"}, "Meng"),
      new Region("Heilongjiang", "230300", "NORTH", new String[] {"Jixi", "Hegang", "Luobei"}, "Hei"),
      new Region("Henan", "410300", "CENTRAL", new String[] {"Luoyang", "Zhengzhou", "Luanchuan"}, "Yu"),
      new Region("Zhejiang", "330200", "EAST", new String[] {"Ningbo", "Hangzhou", "Yuyao", "Cixi"}, "Zhe"),
      new Region("Guangdong", "440300", "SOUTH", new String[] {"Shenzhen", "Guangzhou", "Dongguan", "Foshan", "Shaoguan"}, "Yue"),
      new Region("Shanghai", "310115", "EAST", new String[] {"Shanghai"}, "Hu"),
      new Region("Beijing", "110108", "NORTH", new String[] {"Beijing"}, "Jing"),
      new Region("Tianjin", "120116", "NORTH", new String[] {"Tianjin"}, "Jin"),
      new Region("Shandong", "370200", "NORTH", new String[] {"Qingdao", "Yantai", "Zibo", "Laixi"}, "Lu"),
      new Region("Fujian", "350200", "EAST", new String[] {"Xiamen", "Longyan", "Sanming"}, "Min"),
      new Region("Sichuan", "510100", "CENTRAL", new String[] {"Chengdu", "Leshan", "Mianyang"}, "Shu"),
      new Region("Guizhou", "520100", "SW", new String[] {"Guiyang", "Zunyi", "Tongren"}, "Qian"),
      new Region("Shanxi", "140100", "NORTH", new String[] {"Taiyuan", "Yangquan", "Xiaoyi"}, "Jinzhong"),
      new Region("Jiangsu", "320500", "EAST", new String[] {"Suzhou", "Wuxi", "Changzhou", "Nanjing"}, "Su")};

  static Region region(String name) { for (Region r : REGIONS) if (r.name.equals(name)) return r; throw new IllegalStateException(name); }

  static final Map<String, String[]> ZONE_OFFICES = Map.of(
      "EAST", new String[] {"2248", "2218", "3104", "2233", "3111", "3702"},
      "SOUTH", new String[] {"5316", "5304", "5166", "5345", "5141", "5320"},
      "NORTH", new String[] {"0202", "4227", "0101", "0704", "0601", "9401"},
      "CENTRAL", new String[] {"2248", "5316", "4901", "4911", "7901", "7911", "3104"},
      "SW", new String[] {"7208", "5316", "7201", "7216", "8601", "8611"});

  /** Choose an office for a mode from an exporter's zone (falls back to the big ports/airports). */
  static String officeFor(String zone, String mode, String dest) {
    List<String> c = new ArrayList<>();
    for (String code : ZONE_OFFICES.get(zone)) {
      Office o = office(code);
      if (!o.modes.contains(mode)) continue;
      if (mode.equals("ROAD") || mode.equals("RAIL")) {
        boolean ok = switch (code) {
          case "7216", "8611" -> dest.equals("VN") || dest.equals("LA") || dest.equals("TH");
          case "5320" -> dest.equals("HK");
          case "0704" -> dest.equals("MN") || dest.equals("RU");
          case "0601" -> dest.equals("RU");
          default -> !dest.equals("HK") && !dest.equals("VN");
        };
        if (!ok) continue;
      }
      c.add(code);
    }
    if (c.isEmpty()) {
      switch (mode) {
        case "SEA" -> { return pick(new String[] {"2248", "3104", "5316", "0202"}); }
        case "AIR", "POST" -> { return pick(new String[] {"2233", "5345", "5141", "0101"}); }
        case "ROAD" -> { return dest.equals("HK") ? "5320" : dest.equals("VN") ? pick(new String[] {"7216", "8611"}) : "0704"; }
        default -> { return pick(new String[] {"9401", "0601", "4911", "7911"}); }
      }
    }
    return pick(c);
  }

  record Country(String iso, String name, double weight, boolean hub, String[] cities, String[] streets, String[] forms, String fmt) {}
  static final List<Country> COUNTRIES = new ArrayList<>();
  static final Map<String, Country> CMAP = new HashMap<>();
  static void ctry(String iso, String name, double w, boolean hub, String cities, String streets, String forms, String fmt) {
    Country c = new Country(iso, name, w, hub, cities.split("\\|"), streets.split("\\|"), forms.split("\\|"), fmt);
    COUNTRIES.add(c); CMAP.put(iso, c);
  }
  static final Set<String> HUBS = Set.of("AE", "SG", "HK", "TH", "VN", "MY", "MX", "TR", "BE", "NL");

  static void initCountries() {
    // fmt: N number, S street, C city, Z zip
    ctry("JP", "Japan", 14, false, "Tokyo 100-0005|Osaka 541-0041|Nagoya 460-0008|Yokohama 220-0012|Kitakyushu 802-0001|Kawasaki 210-0007",
        "Marunouchi|Nihonbashi Muromachi|Kitahama|Sakae|Minatomirai|Shiba Koen|Umeda", "Co., Ltd.|K.K.|Corporation|Industries Co., Ltd.", "{n}-chome {s}, {c}, Japan");
    ctry("KR", "Korea", 10, false, "Seoul 06164|Incheon 21999|Ulsan 44780|Pohang 37877|Gumi 39370|Busan 48059",
        "Teheran-ro|Gangnam-daero|Sandan-ro|Jungang-daero|Haeundae-ro", "Co., Ltd.|Corp.|Materials Co., Ltd.", "{n} {s}, {c}, Korea");
    ctry("DE", "Germany", 8, false, "Hamburg 20457|Düsseldorf 40213|Frankfurt am Main 60311|Goslar 38640|Stuttgart 70173|Hanau 63450",
        "Industriestraße|Am Sandtorkai|Königsallee|Rodenbacher Chaussee|Hafenstraße|Mainzer Landstraße", "GmbH|GmbH & Co. KG|AG", "{s} {n}, {c}, Germany");
    ctry("US", "United States", 9, false, "Houston, TX 77002|Pittsburgh, PA 15222|Cleveland, OH 44114|Newark, NJ 07102|Chicago, IL 60606|Phoenix, AZ 85004|Los Angeles, CA 90021",
        "Industrial Blvd|Main Street|Commerce Drive|Technology Parkway|W Madison St|Harbor Way", "Inc.|LLC|Corp.|Corporation", "{n} {s}, {c}, USA");
    ctry("NL", "Netherlands", 4, true, "Rotterdam 3011|Amsterdam 1012|Eindhoven 5611|Venlo 5928",
        "Waalhaven Zuidzijde|Stationsplein|Keizersgracht|Europalaan", "B.V.|Trading B.V.|Metals B.V.", "{s} {n}, {z} {c}, Netherlands");
    ctry("BE", "Belgium", 4, true, "Antwerp 2000|Brussels 1000|Olen 2250|Hoboken 2660",
        "Noorderlaan|Avenue Louise|Kasteelstraat|Meir", "NV|SA|BV", "{s} {n}, {c}, Belgium");
    ctry("IN", "India", 6, false, "Mumbai 400001|Chennai 600001|New Delhi 110001|Pune 411001|Ahmedabad 380009",
        "Nariman Point|MIDC Industrial Area|Mount Road|Okhla Phase II|GIDC Estate", "Pvt. Ltd.|Limited|Industries Pvt. Ltd.", "{n} {s}, {c}, India");
    ctry("VN", "Vietnam", 5, true, "Hanoi|Ho Chi Minh City|Hai Phong|Bac Ninh|Lang Son",
        "Tran Hung Dao|Nguyen Van Linh|KCN Que Vo|Le Loi|Hoang Quoc Viet", "Co., Ltd|Joint Stock Company|Trading Co., Ltd", "No. {n} {s}, {c}, Vietnam");
    ctry("TW", "Taiwan", 4, false, "Hsinchu 300|Taipei 104|Taoyuan 330|Kaohsiung 806",
        "Science Park Rd|Nanjing E Rd|Zhongzheng Rd|Chenggong 2nd Rd", "Co., Ltd.|Corp.|Technology Co., Ltd.", "No. {n}, {s}, {c}, Taiwan");
    ctry("TH", "Thailand", 3, true, "Bangkok 10110|Rayong 21150|Chonburi 20230|Samut Prakan 10280",
        "Sukhumvit Road|Amata City Industrial Estate|Bangna-Trad Road|Map Ta Phut", "Co., Ltd.|(Thailand) Co., Ltd.|Public Co., Ltd.", "{n} {s}, {c}, Thailand");
    ctry("MY", "Malaysia", 3, true, "Port Klang 42000|Penang 11900|Johor Bahru 81200|Kuala Lumpur 50450",
        "Jalan Perusahaan|Jalan Sultan Ismail|Lebuhraya Bayan Lepas|Jalan Kempas", "Sdn. Bhd.|Sdn Bhd|Bhd", "{n} {s}, {c}, Malaysia");
    ctry("SG", "Singapore", 3, true, "Singapore 049315|Singapore 629345|Singapore 068914|Singapore 417943",
        "Raffles Place|Jurong Port Road|Tuas Avenue|Ubi Avenue", "Pte. Ltd.|Pte Ltd|Trading Pte. Ltd.", "{n} {s}, {c}");
    ctry("AE", "United Arab Emirates", 2.5, true, "Dubai|Jebel Ali Free Zone, Dubai|Sharjah|Abu Dhabi",
        "Sheikh Zayed Road|JAFZA LOB 15|Al Qusais Industrial Area|SAIF Zone Q1", "FZE|FZCO|L.L.C|General Trading LLC|DMCC", "Office {n}, {s}, {c}, UAE");
    ctry("HK", "Hong Kong", 3, true, "Kwun Tong, Kowloon|Tsim Sha Tsui, Kowloon|Wan Chai|Kwai Chung, N.T.",
        "Hoi Yuen Road|Nathan Road|Gloucester Road|Kwai Fung Crescent", "Limited|Co., Limited|Trading Limited|International Limited", "Flat {n}, {s}, {c}, Hong Kong");
    ctry("TR", "Türkiye", 1.5, true, "Istanbul 34394|Izmir 35620|Gebze, Kocaeli 41400|Bursa 16140",
        "Büyükdere Cad.|Organize Sanayi Bölgesi|Atatürk Bulvarı|Nilüfer OSB", "A.Ş.|Ltd. Şti.|Dış Ticaret A.Ş.", "{s} No:{n}, {c}, Türkiye");
    ctry("MX", "Mexico", 1.5, true, "Monterrey, N.L. 64000|Nuevo Laredo, Tamps. 88000|Querétaro 76000|Ciudad de México 06600",
        "Av. Constitución|Parque Industrial Stiva|Av. Reforma|Blvd. Bernardo Quintana", "S.A. de C.V.|S. de R.L. de C.V.", "{s} {n}, {c}, Mexico");
    ctry("RU", "Russia", 2.5, false, "Moscow 115054|Yekaterinburg 620014|Novosibirsk 630099|Saint Petersburg 190000",
        "ul. Kosmodamianskaya|prospekt Lenina|ul. Sovetskaya|Nevsky prospekt", "LLC|OOO|JSC", "{s} {n}, {c}, Russia");
    ctry("IT", "Italy", 2, false, "Milano 20121|Torino 10121|Brescia 25121|Vicenza 36100",
        "Via Roma|Viale Europa|Via Industriale|Corso Francia", "S.r.l.|S.p.A.", "{s} {n}, {z} {c}, Italy");
    ctry("FR", "France", 2, false, "Lyon 69002|Paris 75008|Grenoble 38000|Le Havre 76600",
        "Rue de la République|Avenue des Champs|Quai de la Gironde|Rue Général Mangin", "SAS|S.A.|SARL", "{n} {s}, {c}, France");
    ctry("GB", "United Kingdom", 2, false, "Birmingham B1 1AA|Sheffield S1 2HE|Manchester M1 1AE|London EC2A 4NE",
        "Broad Street|Attercliffe Road|Trafford Park|Old Street", "Ltd|Limited|plc", "{n} {s}, {c}, United Kingdom");
    ctry("PL", "Poland", 1, false, "Katowice 40-001|Wrocław 50-001|Gdańsk 80-001", "ul. Przemysłowa|ul. Portowa|ul. Legnicka",
        "Sp. z o.o.|S.A.", "{s} {n}, {c}, Poland");
    ctry("BR", "Brazil", 1.5, false, "São Paulo 01310-100|Santos 11010-000|Joinville 89201-000", "Av. Paulista|Rua XV de Novembro|Rodovia BR-101",
        "Ltda.|S.A.", "{s} {n}, {c}, Brazil");
    ctry("ID", "Indonesia", 1.5, false, "Jakarta 10110|Surabaya 60111|Batam 29461|Cikarang 17530", "Jl. Sudirman|Jl. Rungkut Industri|Kawasan Industri Jababeka",
        "PT|Tbk", "{s} {n}, {c}, Indonesia");
    ctry("CA", "Canada", 1.2, false, "Toronto, ON M5H 2N2|Vancouver, BC V6C 3E1|Montreal, QC H3B 4W8", "Bay Street|Howe Street|Rue Sherbrooke",
        "Inc.|Ltd.|Corp.", "{n} {s}, {c}, Canada");
    ctry("AU", "Australia", 1, false, "Sydney NSW 2000|Melbourne VIC 3000|Perth WA 6000", "George Street|Collins Street|St Georges Terrace",
        "Pty Ltd|Limited", "{n} {s}, {c}, Australia");
    ctry("ES", "Spain", 1, false, "Barcelona 08001|Madrid 28001|Bilbao 48001", "Calle Mayor|Avinguda Diagonal|Polígono Industrial",
        "S.L.|S.A.", "{s} {n}, {c}, Spain");
    ctry("SA", "Saudi Arabia", 1, false, "Jeddah 21442|Dammam 32241|Riyadh 11564", "King Abdulaziz Road|2nd Industrial City|Olaya Street",
        "Co.|Trading Est.|LLC", "{s} {n}, {c}, Saudi Arabia");
    ctry("KZ", "Kazakhstan", 0.6, false, "Almaty 050000|Astana 010000", "Abay Ave|Dostyk Ave", "LLP|TOO", "{s} {n}, {c}, Kazakhstan");
    ctry("MN", "Mongolia", 0.3, false, "Ulaanbaatar 14200", "Peace Avenue|Chinggis Ave", "LLC|XXK", "{s} {n}, {c}, Mongolia");
    ctry("GR", "Greece", 0.4, false, "Piraeus 185 36|Thessaloniki 546 26|Ioannina 453 32", "Akti Miaouli|Egnatia|Dodonis", "S.A.|I.K.E.", "{s} {n}, {c}, Greece");
    ctry("PH", "Philippines", 0.8, false, "Manila 1000|Cebu 6000|Laguna 4027", "Ayala Avenue|Mactan Economic Zone|Laguna Technopark",
        "Inc.|Corporation", "{n} {s}, {c}, Philippines");
  }

  static Country country(String iso) { return CMAP.get(iso); }

  static String address(Country c) {
    String s = c.fmt.replace("{n}", c.iso.equals("JP") ? ri(1, 5) + "-" + ri(1, 20) + "-" + ri(1, 12) : String.valueOf(ri(1, 12) == 1 ? ri(100, 2999) : ri(1, 120)))
        .replace("{z}", String.valueOf(ri(1000, 9999))).replace("{s}", pick(c.streets)).replace("{c}", pick(c.cities));
    if (c.iso.equals("JP")) s = s.replace("-chome", "");
    return s;
  }

  // ------------------------------------------------------------------ parties

  static final String[] BRAND_PY = {"Jinxin", "Huayu", "Xinghe", "Hengtai", "Ruifeng", "Zhongjin", "Dingsheng", "Hongda", "Tianli",
      "Yongxing", "Shengli", "Fuxin", "Jiahe", "Longteng", "Baoxin", "Hengyuan", "Xinrui", "Kaida", "Huaxin", "Minfeng", "Dexin",
      "Jintai", "Guangyuan", "Tongda", "Lianfa", "Shunda", "Yida", "Wanfeng", "Haoyang", "Chuangxin", "Zhenghe", "Boyuan",
      "Anxin", "Chenguang", "Ruixiang", "Xiangyu", "Tianyi", "Jiuzhou", "Huamei", "Kangsheng"};
  static final String[] BRAND_CN = {"金鑫", "华宇", "星河", "恒泰", "瑞丰", "中金", "鼎盛", "宏达", "天力", "永兴", "胜利", "富鑫", "嘉禾",
      "龙腾", "宝鑫", "恒远", "鑫瑞", "凯达", "华鑫", "闽丰", "德信", "金泰", "广源", "通达", "联发", "顺达", "亿达", "万丰", "浩洋", "创新",
      "正和", "博远", "安信", "晨光", "瑞祥", "翔宇", "天一", "九洲", "华美", "康盛"};
  static final Map<String, String> PROV_CN = Map.ofEntries(Map.entry("Hunan", "湖南"), Map.entry("Guangxi", "广西"),
      Map.entry("Jiangxi", "江西"), Map.entry("Yunnan", "云南"), Map.entry("Inner Mongolia", "内蒙古"), Map.entry("Heilongjiang", "黑龙江"),
      Map.entry("Henan", "河南"), Map.entry("Zhejiang", "浙江"), Map.entry("Guangdong", "广东"), Map.entry("Shanghai", "上海"),
      Map.entry("Beijing", "北京"), Map.entry("Tianjin", "天津"), Map.entry("Shandong", "山东"), Map.entry("Fujian", "福建"),
      Map.entry("Sichuan", "四川"), Map.entry("Guizhou", "贵州"), Map.entry("Shanxi", "山西"), Map.entry("Jiangsu", "江苏"));

  static final Set<String> USED_NAMES = new HashSet<>();

  static final class Exporter {
    String id, name, kind, focus; Region region;
    List<String> products = new ArrayList<>();
    List<Rel> rels = new ArrayList<>();
    double size;
    int nextLicense;
  }
  static final class Party {
    String name, country, address;
    Party(String n, String c, String a) { name = n; country = c; address = a; }
  }
  static final class Rel {
    Exporter ex; Party cons; Party endUser; String product; double weight; double lotMedian; LocalDate start, end; String mode;
    String dest; String transit = "";
  }

  static String chineseName(Region r, String indEn, String indCn, boolean preferCn) {
    for (int tries = 0; ; tries++) {
      int b = R.nextInt(BRAND_PY.length);
      String place = p(0.55) ? r.name : pick(r.places);
      String n;
      if (preferCn || p(0.12)) {
        String pl = place.equals(r.name) ? PROV_CN.get(r.name) : PROV_CN.get(r.name) ;
        n = pl + BRAND_CN[b] + indCn + "有限公司";
      } else {
        n = place + " " + BRAND_PY[b] + " " + indEn + pick(new String[] {" Co., Ltd.", " Co., Ltd.", " Co., Ltd", " Company Limited", " Corp., Ltd."});
      }
      if (USED_NAMES.add(n) || tries > 20) return n;
    }
  }

  static final String[] EN_WORDS = {"Allied", "Apex", "Meridian", "Crescent", "Harbor", "Liberty", "Northstar", "Keystone", "Pioneer",
      "Sterling", "Evergreen", "Granite", "Beacon", "Vantage", "Orion", "Zenith", "Horizon", "Atlas", "Titan", "Pacifica", "Trident",
      "Frontier", "Cobalt Bay", "Redwood", "Ironbridge", "Blue Ridge", "Silverline", "Lakeshore", "Westfield", "Eastgate", "Crown",
      "Unity", "Prime", "Nova", "Vertex", "Centurion", "Mercury", "Polaris", "Sunrise", "Golden Bridge", "Oceanic", "Grand Asia"};
  static final String[] IND_WORDS = {"Metals", "Materials", "Alloys", "Trading", "Resources", "Chemicals", "Industries", "Components",
      "Technologies", "Supply", "Commodities", "Electronics", "Minerals", "Magnetics", "Engineering", "Solutions"};
  static final Map<String, String[]> LOCAL_WORDS = Map.ofEntries(
      Map.entry("JP", new String[] {"Tokai", "Kanto", "Sanwa", "Daiichi", "Nippon", "Chuo", "Toyo", "Hokuriku", "Kyowa", "Shinwa", "Yamato", "Asahi"}),
      Map.entry("KR", new String[] {"Hanil", "Daesung", "Samhwa", "Kumho", "Dongbang", "Sejin", "Hyosung", "Shinil", "Hanyang", "Daehan"}),
      Map.entry("DE", new String[] {"Rhein", "Nord", "Hansa", "Weser", "Harz", "Süd", "Elbe", "Main", "Ruhr", "Alb"}),
      Map.entry("VN", new String[] {"Minh Phat", "Hoang Long", "Thanh Cong", "Viet Tien", "An Phu", "Phuc Hung", "Dai Viet", "Tan Thanh"}),
      Map.entry("TH", new String[] {"Siam", "Chao Phraya", "Thai Union", "Rattana", "Sukjai", "Nakorn", "Bangpoo"}),
      Map.entry("MY", new String[] {"Perdana", "Selangor", "Sinar", "Maju", "Jaya", "Klang Valley", "Seri"}),
      Map.entry("IN", new String[] {"Shree", "Bharat", "Rajesh", "Sai", "Ganesh", "Mahalaxmi", "Vardhman", "Jindal"}),
      Map.entry("TR", new String[] {"Anadolu", "Marmara", "Ege", "Bosphorus", "Kartal", "Yıldız", "Başak"}),
      Map.entry("MX", new String[] {"Grupo Norte", "Aceros del Golfo", "Metales Regios", "Industrias Sierra", "Comercial Azteca"}),
      Map.entry("RU", new String[] {"Uralmet", "Sibtsvetmet", "Rusmetall", "Volga", "Baltika", "Promsnab"}),
      Map.entry("AE", new String[] {"Al Noor", "Gulf Star", "Al Safa", "Emirates", "Desert Rose", "Al Baraka", "Crescent Moon"}),
      Map.entry("IT", new String[] {"Metalli", "Lombarda", "Italmetal", "Padana", "Veneta"}),
      Map.entry("FR", new String[] {"Métaux", "Rhône", "Alpes", "Normandie", "Provence"}),
      Map.entry("TW", new String[] {"Formosa", "Hsin", "Chang Hong", "Tai Yuan", "Kuo Feng", "Da Tong"}),
      Map.entry("HK", new String[] {"Wing Fat", "Tak Shing", "Kam Hing", "Fook Wah", "Hong Kong Sino", "Victoria"}));

  static Party newParty(String iso) {
    Country c = country(iso);
    String[] local = LOCAL_WORDS.get(iso);
    for (int tries = 0; ; tries++) {
      String base = local != null && p(0.65) ? pick(local) : pick(EN_WORDS);
      String form = pick(c.forms);
      String ind = pick(IND_WORDS);
      String n = form.matches(".*(Trading|Metals|Materials|Industries|Technology).*") ? base + " " + form : base + " " + ind + " " + form;
      if (USED_NAMES.add(n) || tries > 30) return new Party(n, iso, address(c));
    }
  }

  static String pickCountry(boolean ordinary) {
    double[] w = new double[COUNTRIES.size()];
    for (int i = 0; i < w.length; i++) w[i] = COUNTRIES.get(i).weight();
    return COUNTRIES.get(pickW(w)).iso();
  }

  // ------------------------------------------------------------------ declarations

  static final class Line {
    String hs, desc, unit = "kg", lic = ""; double qty, net, value; Product prod; boolean needsLicense;
  }
  static final class Decl {
    LocalDate date; String office; Exporter ex; Party cons; Party endUser; String dest, transit = "", mode; int containers;
    double gross; List<Line> lines = new ArrayList<>(); String endUse = ""; String outcome = "CLEAN", typology = "", la = "";
    String level = ""; int seq; String id; Rel rel;
  }
  static final List<Decl> DECLS = new ArrayList<>();
  static int SEQ = 0;

  static Line line(Product pr, double net, double price, String desc) {
    Line l = new Line();
    l.prod = pr; l.hs = pr.hs; l.desc = desc; l.net = round3(net); l.qty = l.net; l.value = Math.round(net * price * 100) / 100.0;
    if (l.net <= 0) l.net = 0.001;
    if (l.qty <= 0) l.qty = l.net;
    return l;
  }
  static double round3(double x) { return x >= 100 ? Math.round(x) : Math.round(x * 1000) / 1000.0; }

  /** Honest price for a product on a day, with contract/grade noise. */
  static double price(Product pr, LocalDate d) { return pr.priceAt(d) * logn(1, 0.07); }

  static String modeFor(Product pr, double kg, String dest) {
    if (kg < 30) return p(0.5) ? "POST" : "AIR";
    if (kg < 300 && pr.seaShare < 50) return "AIR";
    boolean road = dest.equals("VN") || dest.equals("HK") || dest.equals("MN");
    boolean rail = dest.equals("RU") || dest.equals("KZ") || dest.equals("DE") || dest.equals("PL") || dest.equals("MN");
    if (road && p(dest.equals("HK") ? 0.35 : 0.3)) return "ROAD";
    if (rail && kg > 2000 && p(dest.equals("RU") || dest.equals("KZ") ? 0.5 : 0.12)) return "RAIL";
    if (p(pr.seaShare / 100.0) || kg > 30000) return "SEA";
    return "AIR";
  }

  static String transitFor(String mode, String dest) {
    if (mode.equals("RAIL") && Set.of("DE", "PL", "NL", "IT").contains(dest)) return pick(new String[] {"KZ;RU;BY;PL", "KZ;RU;BY", "MN;RU;BY;PL"});
    if (mode.equals("RAIL") && dest.equals("RU") && p(0.3)) return "KZ";
    if (mode.equals("SEA") && p(0.08)) {
      if (Set.of("DE", "NL", "BE", "IT", "FR", "GB", "PL", "ES", "TR").contains(dest)) return pick(new String[] {"SG", "MY", "LK"});
      if (Set.of("IN", "AE", "SA").contains(dest)) return pick(new String[] {"SG", "MY"});
      if (Set.of("US", "CA", "MX", "BR").contains(dest)) return pick(new String[] {"KR", "JP", "PA"});
    }
    if (mode.equals("AIR") && p(0.05) && !Set.of("JP", "KR", "HK", "TW").contains(dest)) return pick(new String[] {"HK", "AE", "QA", "TR"});
    return "";
  }

  /** Gross weight from lines and a packing: ratio band and fixed tare. */
  static double gross(List<Line> lines, Pack pk) {
    double net = 0; for (Line l : lines) net += l.net;
    double g = net * u(pk.lo, pk.hi) + pk.fixedKg * (1 + (net > 100 ? Math.floor(net / 800) : 0)) * u(0.8, 1.2);
    return g;
  }

  static void finish(Decl d, Pack pk) {
    if (d.gross <= 0) d.gross = gross(d.lines, pk);
    d.gross = d.gross >= 100 ? Math.round(d.gross) : Math.round(d.gross * 10) / 10.0;
    if (d.mode.equals("SEA")) d.containers = d.gross > 9000 ? (int) Math.ceil(d.gross / u(19000, 25500)) : 0;
    else if (d.mode.equals("RAIL")) d.containers = (int) Math.max(1, Math.ceil(d.gross / 24000));
    else if (d.mode.equals("ROAD")) d.containers = d.gross > 6000 ? (int) Math.ceil(d.gross / 24000) : 0;
    else d.containers = 0;
    if (d.office == null) d.office = officeFor(d.ex.region.zone, d.mode, d.dest);
    d.seq = SEQ++;
    DECLS.add(d);
  }

  static Decl decl(Exporter ex, Party cons, LocalDate date, String mode) {
    Decl d = new Decl(); d.ex = ex; d.cons = cons; d.date = date; d.mode = mode; d.dest = cons.country;
    return d;
  }

  // ------------------------------------------------------------------ world

  record Kind(String key, String[] regions, String[] products, String indEn, String indCn, double weight) {}
  static final Kind[] KINDS = {
      new Kind("PROD_SB", new String[] {"Hunan", "Guangxi", "Guizhou", "Yunnan"}, new String[] {"SB", "SBO", "SBO_STD", "PB", "PBSB", "ZN"}, "Antimony Industry", "锑业", 5),
      new Kind("PROD_GA", new String[] {"Shanxi", "Guangxi", "Guizhou", "Inner Mongolia", "Beijing"}, new String[] {"GA", "AL", "ALA"}, "Gallium Industry", "镓业", 3),
      new Kind("PROD_GE", new String[] {"Yunnan", "Guangdong", "Inner Mongolia", "Beijing"}, new String[] {"GE", "GEO2", "ZN", "ZNO", "ZNP", "PB"}, "Germanium Technology", "锗业科技", 3),
      new Kind("PROD_W", new String[] {"Jiangxi", "Hunan", "Fujian", "Henan"}, new String[] {"APT", "WO", "WC", "FEW", "CARB"}, "Tungsten Industry", "钨业", 4),
      new Kind("PROD_RE", new String[] {"Inner Mongolia", "Jiangxi", "Fujian", "Sichuan"}, new String[] {"DY", "TB", "DYO", "SCO", "CEO", "LAO", "NDPR"}, "Rare Earth New Materials", "稀土新材料", 4),
      new Kind("PROD_MAG", new String[] {"Zhejiang", "Jiangxi", "Shanxi", "Jiangsu", "Guangdong"}, new String[] {"MAGDY", "SMCO", "MAGND", "MAGND", "FERR", "ALNI"}, "Magnetics", "磁业", 6),
      new Kind("PROD_GR", new String[] {"Heilongjiang", "Shandong", "Inner Mongolia"}, new String[] {"GRF", "GRS", "GRA", "GELEC", "SIC"}, "Graphite", "石墨", 4),
      new Kind("PROD_MINOR", new String[] {"Hunan", "Henan", "Guangdong", "Sichuan", "Guangxi"}, new String[] {"BI", "TE", "MO", "INP", "SN", "SOLB", "FEMO", "PB"}, "Nonferrous Metals", "有色金属", 4),
      new Kind("TRADER", new String[] {"Shanghai", "Guangdong", "Beijing", "Tianjin", "Hunan", "Zhejiang", "Jiangsu"}, null, "Import & Export Trading", "进出口贸易", 14),
      new Kind("MFG", new String[] {"Guangdong", "Zhejiang", "Jiangsu", "Shandong", "Fujian", "Henan", "Tianjin", "Sichuan"},
          new String[] {"TILE", "TILEADH", "REFR", "STEEL", "AUTO", "FAST", "ALPART", "LED", "SOLP", "SOLB", "FESI", "SI", "NIP", "FEX", "FERR", "ZNO", "FR", "SIC", "FEPOW", "CARB", "TIN"},
          "Industrial", "实业", 38),
      new Kind("ECOM", new String[] {"Guangdong", "Zhejiang", "Fujian", "Shanghai"}, new String[] {"PHC", "LED", "TEXT", "TOOLS", "MAGND", "SOLP"}, "E-commerce", "电子商务", 8),
      new Kind("FWD", new String[] {"Shanghai", "Guangdong", "Zhejiang", "Tianjin", "Guangxi"}, null, "Supply Chain Management", "供应链管理", 7)};

  static Kind kind(String k) { for (Kind x : KINDS) if (x.key.equals(k)) return x; throw new IllegalStateException(k); }

  static final List<Exporter> EXPORTERS = new ArrayList<>();
  static final Map<String, List<Exporter>> BY_KIND = new HashMap<>();
  static final Map<String, List<Party>> POOL = new HashMap<>(); // regular foreign buyers per country

  static final String[] CONTROLLED_KEYS = {"GA", "GE", "GEO2", "SB", "SBO", "GRF", "GRS", "GRA", "APT", "WO", "WC", "BI", "TE", "MO", "INP", "DY", "TB", "DYO", "MAGDY", "SMCO", "SCO"};
  static final String[] ORDINARY_KEYS = {"ZN", "PB", "PBSB", "AL", "ALA", "SN", "SOLP", "SOLB", "FESI", "FEMO", "FEW", "SI", "NIP", "FEX", "TILEADH", "TILE", "REFR",
      "MAGND", "FERR", "ALNI", "CARB", "GELEC", "ZNO", "SBO_STD", "SIC", "FEPOW", "CEO", "LAO", "NDPR", "FR", "ZNP", "STEEL", "AUTO", "FAST", "ALPART", "LED", "TOOLS"};

  static Map<String, Double> destWeights(Product pr) {
    String m = pr.mineral == null ? "" : pr.mineral;
    String spec = switch (m) {
      case "gallium" -> "JP 40 DE 20 KR 15 TW 6 NL 5 SG 3 US 4 GB 2 FR 2";
      case "germanium" -> "BE 25 RU 15 JP 15 DE 15 TW 5 KR 5 US 5 CA 2 FR 3";
      case "antimony" -> "VN 8 JP 12 KR 10 IN 10 TH 5 MY 5 BE 6 DE 6 NL 5 US 8 TR 3 IT 3";
      case "graphite" -> "JP 20 KR 25 US 10 IN 8 DE 6 PL 4 ID 4 TR 3 BE 3 ES 2";
      case "tungsten" -> "JP 30 KR 15 DE 15 US 10 NL 6 VN 5 IN 5 GB 3 IT 3";
      case "bismuth", "tellurium", "molybdenum", "indium" -> "JP 20 KR 15 DE 12 US 12 IN 8 NL 5 TW 8 MY 5 BE 4";
      case "dysprosium", "terbium", "samarium", "scandium" -> "JP 25 KR 10 DE 15 US 15 IN 8 VN 8 TH 4 NL 5 IT 3 MX 2";
      default -> null;
    };
    Map<String, Double> w = new LinkedHashMap<>();
    if (spec == null) { for (Country c : COUNTRIES) w.put(c.iso(), c.weight()); return w; }
    String[] t = spec.split(" ");
    for (int i = 0; i < t.length; i += 2) w.put(t[i], Double.parseDouble(t[i + 1]));
    return w;
  }
  static String pickDest(Map<String, Double> w) {
    String[] k = w.keySet().toArray(new String[0]);
    double[] v = new double[k.length];
    for (int i = 0; i < k.length; i++) v[i] = w.get(k[i]);
    return k[pickW(v)];
  }

  static Party poolParty(String iso) {
    List<Party> l = POOL.computeIfAbsent(iso, k -> new ArrayList<>());
    if (l.size() < 6 || p(0.35)) { Party x = newParty(iso); l.add(x); return x; }
    return pick(l);
  }

  static Exporter newExporter(String kindKey) {
    Kind k = kind(kindKey);
    Exporter e = new Exporter();
    e.kind = kindKey;
    e.region = region(pick(k.regions));
    String indEn = k.indEn, indCn = k.indCn;
    if (kindKey.equals("TRADER")) {
      String[] v = {"Import & Export Trading", "Metals & Minerals Import and Export", "International Trade", "Nonferrous Metals Trading", "Industrial Development"};
      String[] vc = {"进出口贸易", "五矿进出口", "国际贸易", "有色金属贸易", "实业发展"};
      int i = R.nextInt(v.length); indEn = v[i]; indCn = vc[i];
    } else if (kindKey.equals("MFG")) {
      String[] v = {"Industrial", "New Material", "Ceramics", "Hardware", "Auto Parts", "Electronics", "Alloy", "Building Materials"};
      String[] vc = {"实业", "新材料", "陶瓷", "五金", "汽车零部件", "电子", "合金", "建材"};
      int i = R.nextInt(v.length); indEn = v[i]; indCn = vc[i];
    } else if (kindKey.equals("ECOM")) {
      String[] v = {"E-commerce", "Cross-border E-commerce", "Technology", "Network Technology"};
      String[] vc = {"电子商务", "跨境电子商务", "科技", "网络科技"};
      int i = R.nextInt(v.length); indEn = v[i]; indCn = vc[i];
    }
    e.name = chineseName(e.region, indEn, indCn, false);
    e.id = uscc(e.region.division.substring(0, 4) + String.format("%02d", ri(1, 30)));
    e.size = logn(1, 0.9);
    if (k.products != null) {
      for (String pkey : k.products) if (!pkey.equals("TIN") && p(kindKey.equals("MFG") ? 0.15 : 0.8)) e.products.add(pkey);
      if (e.products.isEmpty()) e.products.add(k.products[0]);
      if (kindKey.startsWith("PROD_")) { // a producer always has its controlled core product
        String core = k.products[0];
        if (!e.products.contains(core)) e.products.add(0, core);
      }
    } else {
      int nc = kindKey.equals("FWD") ? ri(0, 2) : ri(1, 4), no = ri(2, 6);
      for (int i = 0; i < nc; i++) { String x = pick(CONTROLLED_KEYS); if (!e.products.contains(x)) e.products.add(x); }
      for (int i = 0; i < no; i++) { String x = pick(ORDINARY_KEYS); if (!e.products.contains(x)) e.products.add(x); }
    }
    EXPORTERS.add(e);
    BY_KIND.computeIfAbsent(kindKey, x -> new ArrayList<>()).add(e);
    return e;
  }

  static final LocalDate US_OPEN_FROM = D("2025-11-09"), US_OPEN_TO = D("2026-11-27");
  static boolean usDenied(Product pr, LocalDate d) {
    if (pr.mineral == null) return false;
    boolean cl2 = Set.of("gallium", "germanium", "antimony").contains(pr.mineral);
    return cl2 && (d.isBefore(US_OPEN_FROM) || d.isAfter(US_OPEN_TO));
  }

  static Rel newRel(Exporter e, String pkey, Party cons) {
    Product pr = prod(pkey);
    Rel r = new Rel();
    r.ex = e; r.product = pkey;
    if (cons == null) {
      String iso = pickDest(destWeights(pr));
      cons = poolParty(iso);
    }
    r.cons = cons; r.dest = cons.country;
    r.endUser = pr.mineral != null ? (p(0.65) ? cons : poolParty(cons.country)) : null;
    r.weight = logn(1, 0.8);
    double sizeF = e.kind.equals("TRADER") || e.kind.equals("FWD") ? 0.5 : 1;
    r.lotMedian = Math.exp(u(Math.log(pr.lotLo), Math.log(pr.lotHi))) * sizeF;
    r.start = p(0.7) ? START : day(START, END.minusDays(60));
    r.end = p(0.85) ? END : day(r.start.plusDays(60), END);
    // licensing lag after a new control takes effect: the first licence takes one to three months
    return r;
  }

  static void buildWorld(int n) {
    int ne = (int) clamp(n / 250.0, 60, 2500);
    double[] w = new double[KINDS.length];
    for (int i = 0; i < KINDS.length; i++) w[i] = KINDS[i].weight;
    for (Kind k : KINDS) newExporter(k.key); // at least one of each
    while (EXPORTERS.size() < ne) newExporter(KINDS[pickW(w)].key);
    int ns = (int) clamp(n / 350.0, 20, 3000);
    for (int i = 0; i < ns; i++) { // small traders and forwarders with a handful of honest shipments
      Exporter e = newExporter(pick(new String[] {"TRADER", "FWD", "ECOM", "MFG"}));
      e.size = u(0.02, 0.08);
      SMALL.add(e);
    }
    for (Exporter e : EXPORTERS) {
      int nr = SMALL.contains(e) ? ri(1, 3) : (int) clamp(Math.round(3 + e.size * u(2, 8)), 2, 30);
      for (int i = 0; i < nr; i++) {
        String pkey = e.products.get(i < e.products.size() ? i : R.nextInt(e.products.size()));
        e.rels.add(newRel(e, pkey, null));
      }
    }
  }

  static final Map<String, LocalDate> FIRST_LICENSE = new HashMap<>(); // exporter|mineral -> first day licensed shipments may go

  static LocalDate licensedFrom(Exporter e, Product pr) {
    return FIRST_LICENSE.computeIfAbsent(e.id + "|" + pr.mineral, k -> pr.controlFrom.plusDays(ri(30, 95)));
  }

  /** True where an honest shipment of this product by this exporter to dest could go on day d. */
  static boolean honestDayOk(Exporter e, Product pr, String dest, LocalDate d) {
    if (pr.mineral == null) return true;
    if (dest.equals("US") && usDenied(pr, d)) return false;
    if (!pr.controlled(d)) return true;
    return !d.isBefore(licensedFrom(e, pr));
  }

  static Decl regular(Rel r, String la) {
    Product pr = prod(r.product);
    LocalDate d = null;
    for (int t = 0; t < 25; t++) {
      LocalDate c = day(r.start, r.end);
      if (honestDayOk(r.ex, pr, r.dest, c)) { d = c; break; }
    }
    if (d == null) return null;
    double kg = clamp(logn(r.lotMedian, 0.35), pr.lotLo * 0.3, pr.lotHi * 1.5);
    String mode = r.mode != null ? r.mode : modeFor(pr, kg, r.dest);
    Decl x = decl(r.ex, r.cons, d, mode);
    x.rel = r;
    x.transit = transitFor(mode, r.dest);
    x.lines.add(line(pr, kg, price(pr, d), pr.desc()));
    // traders and producers sometimes combine two or three goods for one buyer
    if ((r.ex.kind.equals("TRADER") || r.ex.kind.startsWith("PROD")) && p(0.12) && r.ex.products.size() > 1) {
      String k2 = pick(r.ex.products);
      Product p2 = prod(k2);
      if (!k2.equals(r.product) && honestDayOk(r.ex, p2, r.dest, d) && p2.pack == pr.pack)
        x.lines.add(line(p2, clamp(logn(kg * 0.5, 0.4), p2.lotLo * 0.2, p2.lotHi), price(p2, d), p2.desc()));
    }
    markLicensing(x);
    x.la = la == null ? "" : la;
    finish(x, pr.pack);
    return x;
  }

  /** Controlled lines after the effective date need a licence; the end user and end use are stated. */
  static void markLicensing(Decl x) {
    boolean any = false;
    for (Line l : x.lines) if (l.prod.controlled(x.date)) { l.needsLicense = true; any = true; }
    if (any) {
      if (x.endUser == null) x.endUser = x.rel != null && x.rel.endUser != null ? x.rel.endUser : x.cons;
      x.endUse = "CIVIL";
    } else if (x.endUser == null && p(0.06)) {
      x.endUser = x.cons;
    }
  }

  // ------------------------------------------------------------------ licences

  static final class LicItem { String hs, desc, control; double qty, value; }
  static final class License {
    String no, type, status = "VALID"; LocalDate issued, from, until; Exporter ex; Party cons, endUser; String endUse;
    Set<String> dests = new java.util.TreeSet<>(); List<LicItem> items = new ArrayList<>();
  }
  static final List<License> LICENSES = new ArrayList<>();
  static final Set<String> LIC_NOS = new HashSet<>();
  static final Map<String, String> MIN_CODE = Map.ofEntries(Map.entry("gallium", "GA"), Map.entry("germanium", "GE"),
      Map.entry("antimony", "SB"), Map.entry("graphite", "GR"), Map.entry("tungsten", "TU"), Map.entry("bismuth", "BI"),
      Map.entry("tellurium", "TE"), Map.entry("molybdenum", "MO"), Map.entry("indium", "IN"), Map.entry("dysprosium", "RE"),
      Map.entry("terbium", "RE"), Map.entry("samarium", "RE"), Map.entry("scandium", "RE"));
  static final Map<String, String> CONTROL_CODE = Map.ofEntries(Map.entry("APT", "1C117.d"), Map.entry("WO", "1C117.d"),
      Map.entry("WC", "1C117.d"), Map.entry("BI", "6C001.a"), Map.entry("TE", "6C002.a"), Map.entry("MO", "1C117.b"),
      Map.entry("INP", "3C004.a"), Map.entry("DY", "1C905.a"), Map.entry("TB", "1C904.a"), Map.entry("DYO", "1C905.b"),
      Map.entry("MAGDY", "1C905.a.4"), Map.entry("SMCO", "1C902.a"), Map.entry("SCO", "1C907.b"));

  static final Map<String, LocalDate> MIN_FROM = new HashMap<>();
  static String licenseNo(String mineral, LocalDate issued) {
    while (true) {
      String n = String.format("%02d%s%06d", issued.getYear() % 100, MIN_CODE.getOrDefault(mineral, "XX"), ri(1, 999999));
      if (LIC_NOS.add(n)) return n;
    }
  }

  static License newLicense(Exporter ex, Party cons, Party eu, String mineral, boolean general, LocalDate firstUse, LocalDate lastUse) {
    License L = new License();
    L.ex = ex; L.cons = cons; L.endUser = eu == null ? cons : eu;
    L.type = general ? "GENERAL" : "SINGLE";
    L.from = firstUse.minusDays(ri(2, 40));
    LocalDate eff = MIN_FROM.get(mineral);
    if (eff != null && L.from.isBefore(eff.plusDays(7))) L.from = eff.plusDays(ri(7, 20));
    if (L.from.isAfter(firstUse)) L.from = firstUse;
    L.issued = L.from.minusDays(ri(0, 3));
    long maxDays = general ? 3 * 365 : 364;
    LocalDate until = general ? L.from.plusYears(ri(1, 3)).minusDays(1) : L.from.plusDays(ri(90, 364));
    if (until.isBefore(lastUse)) until = lastUse.plusDays(ri(5, 60));
    if (ChronoUnit.DAYS.between(L.from, until) > maxDays - 1) until = L.from.plusDays(maxDays - 1);
    L.until = until;
    L.endUse = pick(new String[] {"manufacture of semiconductor devices", "production of optical components", "alloy production",
        "flame retardant production", "manufacture of permanent magnet motors", "battery anode material production", "cutting tool manufacture",
        "catalyst production", "research and development", "electronic components manufacture"});
    L.no = licenseNo(mineral, L.issued);
    LICENSES.add(L);
    return L;
  }

  static void addItem(License L, Line l, double qtyFactor, double valFactor) {
    for (LicItem it : L.items) if (it.hs.equals(l.hs)) { it.qty += l.net * qtyFactor; it.value += l.value * valFactor; return; }
    LicItem it = new LicItem();
    it.hs = l.hs; it.desc = l.prod != null ? l.prod.desc[0] : l.desc; it.control = l.prod != null ? CONTROL_CODE.getOrDefault(l.prod.key, "") : "";
    it.qty = l.net * qtyFactor; it.value = l.value * valFactor;
    L.items.add(it);
  }

  /** Licences for every honest line that needs one: general licences for regular flows, single ones otherwise. */
  static void licensePass() {
    Map<String, List<Decl>> groups = new LinkedHashMap<>();
    for (Decl d : DECLS) {
      if (!d.outcome.equals("CLEAN")) continue;
      for (Line l : d.lines)
        if (l.needsLicense && l.lic.isEmpty()) {
          String k = d.ex.id + "|" + d.cons.name + "|" + (d.endUser == null ? "" : d.endUser.name) + "|" + l.prod.mineral;
          List<Decl> g = groups.computeIfAbsent(k, x -> new ArrayList<>());
          if (g.isEmpty() || g.get(g.size() - 1) != d) g.add(d);
        }
    }
    for (List<Decl> g : groups.values()) {
      g.sort(Comparator.comparing((Decl d) -> d.date));
      String mineral = null;
      for (Line l : g.get(0).lines) if (l.needsLicense) mineral = l.prod.mineral;
      boolean general = g.size() >= 3 && !g.get(0).ex.kind.equals("FWD");
      if (general) {
        // general licences of up to three years; split where the flow outlasts one
        int i = 0;
        while (i < g.size()) {
          LocalDate first = g.get(i).date;
          int j = i;
          while (j + 1 < g.size() && ChronoUnit.DAYS.between(first, g.get(j + 1).date) < 700) j++;
          License L = newLicense(g.get(i).ex, g.get(i).cons, g.get(i).endUser, mineral, true, first, g.get(j).date);
          double qf = u(1.05, 1.6), vf = u(1.05, 1.5);
          for (int k = i; k <= j; k++) {
            Decl d = g.get(k);
            L.dests.add(d.dest);
            for (Line l : d.lines) if (l.needsLicense && l.prod.mineral.equals(mineral)) { l.lic = L.no; addItem(L, l, qf, vf); }
          }
          i = j + 1;
        }
      } else {
        for (Decl d : g) {
          License L = newLicense(d.ex, d.cons, d.endUser, mineral, false, d.date, d.date);
          L.dests.add(d.dest);
          for (Line l : d.lines) if (l.needsLicense && l.prod.mineral.equals(mineral)) { l.lic = L.no; addItem(L, l, u(1.0, 1.08), u(1.0, 1.1)); }
        }
      }
    }
    // lines of other minerals in the same declaration (rare) get their own single licence
    for (Decl d : DECLS) if (d.outcome.equals("CLEAN")) for (Line l : d.lines) if (l.needsLicense && l.lic.isEmpty()) {
      License L = newLicense(d.ex, d.cons, d.endUser, l.prod.mineral, false, d.date, d.date);
      L.dests.add(d.dest); l.lic = L.no; addItem(L, l, 1.02, 1.05);
    }
  }

  // ------------------------------------------------------------------ output

  static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    DECLS.sort(Comparator.comparing((Decl d) -> d.date).thenComparingInt(d -> d.seq));
    Map<String, Integer> counters = new HashMap<>();
    for (Decl d : DECLS) {
      String k = d.office + d.date.getYear();
      int c = counters.merge(k, 1, Integer::sum);
      d.id = d.office + d.date.getYear() + "1" + String.format("%09d", 10000 + c * 7L + (d.office.hashCode() & 3));
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("declarations.csv"), StandardCharsets.UTF_8)) {
      w.write(row("declaration_id", "line_no", "declared_at", "customs_office", "exporter_id", "exporter_name", "consignee_name",
          "consignee_country", "consignee_address", "end_user_name", "end_user_country", "end_user_address", "destination_country",
          "transit_countries", "transport_mode", "container_count", "gross_weight_kg", "end_use", "hs_code", "description", "quantity",
          "unit", "net_weight_kg", "value_usd", "license_no"));
      for (Decl d : DECLS) {
        int n = 1;
        for (Line l : d.lines) {
          w.write(row(d.id, String.valueOf(n++), d.date.toString(), d.office, d.ex.id, d.ex.name, d.cons.name, d.cons.country,
              d.cons.address, d.endUser == null ? "" : d.endUser.name, d.endUser == null ? "" : d.endUser.country,
              d.endUser == null || d.endUser == d.cons ? "" : d.endUser.address, d.dest, d.transit, d.mode,
              String.valueOf(d.containers), num(d.gross), d.endUse, l.hs, l.desc, num(l.qty), l.unit, num(l.net), money(l.value), l.lic));
        }
      }
    }
    LICENSES.sort(Comparator.comparing((License L) -> L.issued).thenComparing(L -> L.no));
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("licenses.csv"), StandardCharsets.UTF_8)) {
      w.write(row("license_no", "license_type", "issued_at", "valid_from", "valid_until", "status", "exporter_id", "exporter_name",
          "consignee_name", "consignee_country", "end_user_name", "end_user_country", "end_use", "destination_countries", "item_no",
          "control_code", "hs_code", "description", "quantity", "unit", "value_usd"));
      for (License L : LICENSES) {
        int n = 1;
        for (LicItem it : L.items)
          w.write(row(L.no, L.type, L.issued.toString(), L.from.toString(), L.until.toString(), L.status, L.ex.id, L.ex.name,
              L.cons.name, L.cons.country, L.endUser.name, L.endUser.country, L.endUse, String.join(";", L.dests), String.valueOf(n++),
              it.control, it.hs, it.desc, r3(Math.max(0.001, it.qty)), "KG", money(Math.max(0.01, it.value))));
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
      w.write(row("declaration_id", "outcome", "typology"));
      for (Decl d : DECLS) w.write(row(d.id, d.outcome, d.typology));
    }
  }

  static String num(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) return String.valueOf((long) x);
    return new java.math.BigDecimal(x).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
  }

  // ------------------------------------------------------------------ helpers for special cases

  static final String[] HUB_ISO = {"AE", "SG", "HK", "TH", "VN", "MY", "MX", "TR", "BE", "NL"};
  static Exporter anyOf(String... kinds) {
    List<Exporter> c = new ArrayList<>();
    for (String k : kinds) c.addAll(BY_KIND.getOrDefault(k, List.of()));
    return pick(c);
  }
  static Exporter producerOf(String mineral) {
    String k = switch (mineral) {
      case "antimony" -> "PROD_SB"; case "gallium" -> "PROD_GA"; case "germanium" -> "PROD_GE"; case "tungsten" -> "PROD_W";
      case "graphite" -> "PROD_GR"; case "dysprosium", "terbium", "scandium" -> p(0.5) ? "PROD_RE" : "PROD_MAG";
      case "samarium" -> "PROD_MAG"; default -> "PROD_MINOR";
    };
    return anyOf(k);
  }
  /** A small new trading company: the kind of shell that appears for a few shipments. */
  static final List<Exporter> SMALL = new ArrayList<>();
  static Exporter shell() {
    if (p(0.6)) return pick(SMALL);
    Exporter e = newExporter(p(0.6) ? "TRADER" : "FWD");
    e.size = 0.05;
    e.rels.clear();
    return e;
  }
  static Party hubParty(String iso) { Party x = newParty(iso); return x; }

  static String[] airModes() { return new String[] {"AIR", "POST"}; }

  static Decl simple(Exporter ex, Party cons, LocalDate d, Product pr, double kg, double unitPrice, String desc, String mode) {
    Decl x = decl(ex, cons, d, mode);
    x.transit = transitFor(mode, cons.country);
    x.lines.add(line(pr, kg, unitPrice, desc));
    return x;
  }

  // cover goods for controlled products (what a smuggler would write instead)
  static final Map<String, String[]> COVERS = Map.ofEntries(
      Map.entry("GA", new String[] {"SN", "ALA", "SOLP"}), Map.entry("GE", new String[] {"SI", "ZNP", "ALA"}),
      Map.entry("GEO2", new String[] {"ZNO", "CEO"}), Map.entry("SB", new String[] {"PBSB", "PB", "ZN"}),
      Map.entry("SBO", new String[] {"SBO_STD", "ZNO"}), Map.entry("DY", new String[] {"FEX", "NIP"}),
      Map.entry("TB", new String[] {"FEX", "NIP"}), Map.entry("DYO", new String[] {"LAO", "CEO", "TILEADH"}),
      Map.entry("MAGDY", new String[] {"MAGND", "ALNI"}), Map.entry("SMCO", new String[] {"MAGND", "ALNI"}),
      Map.entry("BI", new String[] {"SOLP", "SOLB"}), Map.entry("APT", new String[] {"ZNO", "FEPOW"}),
      Map.entry("WC", new String[] {"SIC", "FEPOW"}), Map.entry("TE", new String[] {"SN", "ZNP"}),
      Map.entry("SCO", new String[] {"CEO", "LAO"}), Map.entry("INP", new String[] {"SI"}), Map.entry("MO", new String[] {"FEPOW", "NIP"}),
      Map.entry("GRS", new String[] {"SIC"}));
  static final Map<String, String[]> PLAIN = Map.ofEntries(
      Map.entry("SN", new String[] {"tin", "metal ingot", "锡"}), Map.entry("ALA", new String[] {"alloy ingot", "aluminium alloy", "合金锭"}),
      Map.entry("SOLP", new String[] {"solder paste", "锡膏", "low temperature solder paste"}), Map.entry("SI", new String[] {"silicon", "metal", "硅"}),
      Map.entry("ZNP", new String[] {"zinc powder", "metal powder"}), Map.entry("ZNO", new String[] {"zinc oxide", "white powder", "chemical powder"}),
      Map.entry("CEO", new String[] {"polishing powder", "rare earth polishing powder"}), Map.entry("PBSB", new String[] {"lead alloy", "alloy ingot", "铅合金"}),
      Map.entry("PB", new String[] {"lead ingot", "lead"}), Map.entry("ZN", new String[] {"zinc ingot", "锌"}),
      Map.entry("SBO_STD", new String[] {"antimony trioxide", "flame retardant"}), Map.entry("FEX", new String[] {"iron alloy", "ferro alloy", "铁合金"}),
      Map.entry("NIP", new String[] {"nickel powder", "metal powder"}), Map.entry("LAO", new String[] {"lanthanum oxide", "rare earth oxide"}),
      Map.entry("TILEADH", new String[] {"tile adhesive", "瓷砖胶"}), Map.entry("MAGND", new String[] {"magnets", "NdFeB magnet", "磁铁"}),
      Map.entry("ALNI", new String[] {"magnets", "magnetic parts"}), Map.entry("SOLB", new String[] {"solder bar", "锡条"}),
      Map.entry("FEPOW", new String[] {"iron powder", "metal powder"}), Map.entry("SIC", new String[] {"abrasive", "silicon carbide"}));

  static String coverDesc(Product cover, boolean plain) {
    if (plain) { String[] a = PLAIN.get(cover.key); if (a != null) return pick(a); }
    return cover.desc();
  }

  // ------------------------------------------------------------------ violations

  static final Map<String, Integer> VCOUNT = new TreeMap<>(), LACOUNT = new TreeMap<>();

  static void mark(Decl d, String typ, String level) { d.outcome = "VIOLATION"; d.typology = typ; d.level = level; d.la = ""; }

  static String level3(double easy, double med) { double x = u(); return x < easy ? "easy" : x < easy + med ? "medium" : "hard"; }

  /** Split shipments: a series of 4-9 small parcels of a controlled good under a cover name within about two weeks. */
  static int splitSeries(boolean violation) {
    String[] trueKeys = {"GA", "GE", "DY", "TB", "SCO", "GEO2", "TE", "INP", "SB"};
    String tk = pick(trueKeys);
    Product tp = prod(tk);
    String[] cov = COVERS.get(tk);
    Product cp = prod(pick(cov));
    String level = level3(0.3, 0.4);
    Exporter ex = p(0.35) ? shell() : anyOf("ECOM", "TRADER", "FWD");
    String iso = p(0.75) ? pick(HUB_ISO) : pick(new String[] {"US", "JP", "KR", "TW", "DE"});
    Country c = country(iso);
    int k = ri(4, 9);
    int form = R.nextInt(3); // 0 one consignee, 1 several names one address, 2 several names, same building different units
    String sharedAddr = address(c);
    List<Party> cons = new ArrayList<>();
    Party first = newParty(iso); first.address = sharedAddr;
    cons.add(first);
    if (form > 0) for (int i = 1; i < ri(2, 4); i++) {
      Party q = newParty(iso);
      q.address = form == 1 ? sharedAddr : sharedAddr.replaceFirst("^(Office|Flat|No\\.)? ?\\d+", "$1 " + ri(2, 60)).trim();
      cons.add(q);
    }
    LocalDate d0 = day(tp.controlFrom.isAfter(START) ? tp.controlFrom : START, END.minusDays(15));
    if (iso.equals("US") && !usDenied(tp, d0)) iso = iso; // still unlicensed: a violation anyway
    LocalDate d = d0;
    String airport = officeFor(ex.region.zone, "AIR", iso);
    for (int i = 0; i < k; i++) {
      if (i > 0) d = biz(d.plusDays(ri(0, 3)));
      if (ChronoUnit.DAYS.between(d0, d) > 14 || d.isAfter(END)) d = d0.plusDays(ri(0, 14));
      if (d.isAfter(END)) d = END;
      Party cn = cons.get(i % cons.size());
      double kg = clamp(logn(tk.equals("SB") ? 15 : 3.5, 0.6), 0.4, tk.equals("SB") ? 30 : 20);
      double unit = level.equals("easy") ? tp.priceAt(d) * u(0.6, 1.0) : cp.priceAt(d) * u(0.85, level.equals("medium") ? 2.2 : 1.2);
      String desc = coverDesc(cp, level.equals("hard") ? p(0.3) : p(0.6));
      if (p(0.25)) desc = desc + (p(0.5) ? " sample" : " samples");
      String mode = p(0.6) ? "POST" : "AIR";
      Decl x = simple(ex, cn, d, cp, kg, unit, desc, mode);
      x.office = p(0.85) ? airport : null;
      x.lines.get(0).prod = cp;
      mark(x, "SPLIT_SHIPMENT", level);
      finish(x, PARCEL);
    }
    return k;
  }

  /** Disguised goods: a controlled mineral declared under a cover HS code and name, value pushed into the cover's band. */
  static int disguised() {
    String[] keys = {"SB", "SB", "SBO", "GA", "GE", "DY", "TB", "DYO", "MAGDY", "MAGDY", "SMCO", "BI", "BI", "APT", "WC", "TE", "SCO", "MO"};
    String tk = pick(keys);
    Product tp = prod(tk);
    Product cp = prod(pick(COVERS.get(tk)));
    String level = level3(0.3, 0.4);
    int who = pickW(new double[] {40, 35, 25});
    Exporter ex = who == 0 ? producerOf(tp.mineral) : who == 1 ? anyOf("TRADER", "MFG") : shell();
    Party cons;
    double wd = u();
    if (wd < 0.5) cons = hubParty(pick(HUB_ISO));
    else if (wd < 0.8) cons = poolParty(pickDest(destWeights(tp)));
    else cons = p(0.6) ? newParty("US") : poolParty(pick(new String[] {"JP", "KR", "IN", "TW"}));
    LocalDate d = day(tp.controlFrom.isAfter(START) ? tp.controlFrom.plusDays(10) : START, END);
    double kg = clamp(logn(Math.sqrt(tp.lotLo * tp.lotHi), 0.5), tp.lotLo * 0.5, tp.lotHi);
    if (tp.priceAt(d) > 300) kg = Math.min(kg, u(20, 400));
    double coverP = cp.priceAt(d);
    double unit = switch (level) {
      case "easy" -> Math.max(coverP * u(3, 8), Math.min(tp.priceAt(d) * u(0.3, 0.7), coverP * 20));
      case "medium" -> coverP * u(1.3, 1.9);
      default -> coverP * u(0.9, 1.12);
    };
    String desc = coverDesc(cp, level.equals("hard") ? p(0.6) : p(0.25));
    String mode = modeFor(tp, kg, cons.country);
    Decl x = simple(ex, cons, d, cp, kg, unit, desc, mode);
    if (p(0.15) && ex.products.size() > 1) { // an honest-looking companion line
      Product o = prod(pick(ex.products));
      if (o.mineral == null || !o.controlled(d)) x.lines.add(line(o, clamp(logn(kg, 0.5), o.lotLo * 0.2, o.lotHi), price(o, d), o.desc()));
    }
    mark(x, "DISGUISED_GOODS", level);
    finish(x, tp.pack);
    return 1;
  }

  static final String[] FINAL_DEST = {"US", "US", "US", "US", "JP", "TW", "IN", "KR"};
  static final List<Party> TRANS_NET = new ArrayList<>(); // hub consignees known to have moved controlled goods onwards

  /** Third-country transshipment via a trade hub. */
  static int transship() {
    String[] keys = {"SB", "SB", "SBO", "GE", "GE", "GEO2", "GA", "GA", "APT", "WC", "DY", "TB", "MAGDY", "BI"};
    String tk = pick(keys);
    Product tp = prod(tk);
    String hub = switch (tp.mineral) {
      case "antimony" -> pick(new String[] {"TH", "MX", "VN", "MY", "TR"});
      case "germanium" -> pick(new String[] {"BE", "NL", "AE", "HK"});
      case "gallium" -> pick(new String[] {"SG", "HK", "AE", "MY", "NL"});
      case "tungsten" -> pick(new String[] {"VN", "TH", "HK", "TR"});
      default -> pick(new String[] {"VN", "TH", "MY", "MX", "AE"});
    };
    String fin = pick(FINAL_DEST);
    if (fin.equals(hub)) fin = "US";
    LocalDate d = day(tp.controlFrom.isAfter(START) ? tp.controlFrom.plusDays(20) : START, END);
    int variant = pickW(new double[] {25, 30, 25, 20});
    String level = variant == 0 ? "easy" : variant == 1 ? "medium" : "hard";
    Exporter ex = p(0.5) ? producerOf(tp.mineral) : p(0.6) ? anyOf("TRADER") : shell();
    Party cons = hubParty(hub);
    boolean shared = false;
    if (variant == 3 && !TRANS_NET.isEmpty() && p(0.6)) {
      for (int t = 0; t < 12 && !shared; t++) {
        Party net = pick(TRANS_NET);
        if (net.country.equals(hub)) { cons.address = net.address; shared = true; }
      }
    }
    double kg = clamp(logn(Math.sqrt(tp.lotLo * tp.lotHi), 0.5), tp.lotLo * 0.5, tp.lotHi);
    if (tp.priceAt(d) > 300) kg = Math.min(kg, u(20, 500));
    Country fc = country(fin);
    if (variant == 3) {
      // cover goods at the cover's own price to a new hub consignee
      Product cp = prod(pick(COVERS.get(tk)));
      Decl x = simple(ex, cons, d, cp, kg, price(cp, d), coverDesc(cp, p(0.4)), modeFor(tp, kg, hub));
      if (!shared || p(0.3)) x.endUser = newParty(fin);
      mark(x, "TRANSSHIPMENT", "hard");
      finish(x, tp.pack);
      TRANS_NET.add(cons);
      return 1;
    }
    Decl x = simple(ex, cons, d, tp, kg, price(tp, d), tp.desc(), modeFor(tp, kg, hub));
    x.endUse = "CIVIL";
    Line l = x.lines.get(0);
    Party far = newParty(fin);
    switch (variant) {
      case 0 -> { // licence number that is in no register; consignee address or end user elsewhere
        l.lic = licenseNo(tp.mineral, d.minusDays(ri(10, 200)));
        if (p(0.5)) { cons.address = "c/o " + address(fc); x.endUser = cons; }
        else x.endUser = far;
      }
      case 1 -> { // a real licence of the exporter, issued for another consignee and end user
        Party lc = poolParty(pick(new String[] {"JP", "DE", "KR"}));
        License L = newLicense(ex, lc, lc, tp.mineral, p(0.5), d, d);
        L.dests.add(lc.country);
        Line ll = new Line(); ll.hs = l.hs; ll.prod = tp; ll.net = kg * u(1.0, 3.0); ll.value = l.value * u(1.0, 3.0);
        addItem(L, ll, 1, 1);
        l.lic = L.no;
        x.endUser = p(0.5) ? far : cons;
        if (x.endUser == cons && p(0.5)) cons.address = address(fc);
      }
      default -> { // licence names the hub firm as consignee and end user (a false end-use certificate); the declaration shows where it goes
        License L = newLicense(ex, cons, cons, tp.mineral, false, d, d);
        L.dests.add(hub);
        addItem(L, l, u(1.0, 1.05), u(1.0, 1.1));
        l.lic = L.no;
        if (p(0.5)) { x.endUser = far; }
        else { x.endUser = cons; cons.address = address(fc); }
      }
    }
    mark(x, "TRANSSHIPMENT", level);
    finish(x, tp.pack);
    TRANS_NET.add(cons);
    return 1;
  }

  /** Concealment: controlled goods hidden in an ordinary consignment; only the gross weight shows it. */
  static int conceal() {
    String[] keys = {"ZN", "ZN", "PB", "PBSB", "AL", "ALA", "TILE", "TILEADH", "REFR", "FESI", "SI", "STEEL", "FAST", "FERR", "SIC", "FEPOW"};
    Product cp = prod(pick(keys));
    String level = level3(0.3, 0.35);
    double excess = switch (level) { case "easy" -> u(0.15, 0.40); case "medium" -> u(0.06, 0.15); default -> u(0.025, 0.06); };
    Exporter ex = p(0.3) ? producerOf(pick(new String[] {"antimony", "germanium", "gallium", "tungsten", "dysprosium"})) : p(0.6) ? anyOf("TRADER", "MFG") : shell();
    Party cons = p(0.6) ? hubParty(pick(HUB_ISO)) : poolParty(pickCountry(true));
    LocalDate d = day(D("2025-02-01"), END);
    double kg = clamp(logn(Math.sqrt(cp.lotLo * cp.lotHi), 0.4), cp.lotLo, cp.lotHi);
    String mode = cons.country.equals("HK") && p(0.5) ? "ROAD" : cons.country.equals("VN") && p(0.4) ? "ROAD" : "SEA";
    Decl x = simple(ex, cons, d, cp, kg, price(cp, d), cp.desc(), mode);
    if (mode.equals("SEA")) x.transit = transitFor(mode, cons.country);
    double g = kg * u(cp.pack.lo, cp.pack.hi) + cp.pack.fixedKg;
    x.gross = g + kg * excess;
    mark(x, "CONCEALMENT", level);
    finish(x, cp.pack);
    return 1;
  }

  // ------------------------------------------------------------------ restricted parties (public lists, embedded)

  record Listed(String en, String zh, String list, LocalDate from, String iso) {}
  static final List<Listed> LISTED = new ArrayList<>();
  static void listed(String en, String zh, String list, String from, String iso) { LISTED.add(new Listed(en, zh, list, D(from), iso)); }
  static void initListed() {
    // MOFCOM export-control control list (C) and unreliable entity list (U); earliest effective date per entity
    listed("General Dynamics", "通用动力公司", "C", "2025-01-02", "US");
    listed("L3 Harris Technologies", "L3哈里斯公司", "C", "2025-01-02", "US");
    listed("Intelligent Epitaxy Technology", "英特磊公司", "C", "2025-01-02", "US");
    listed("Clear Align LLC", "可利尔阿莱恩公司", "C", "2025-01-02", "US");
    listed("Boeing Defense, Space & Security", "波音防务、空间与安全集团", "CU", "2024-05-20", "US");
    listed("Lockheed Martin Corporation", "洛克希德·马丁公司", "CU", "2023-02-16", "US");
    listed("Raytheon Missiles & Defense", "雷神导弹与防务公司", "CU", "2023-02-16", "US");
    listed("Lockheed Martin Missiles and Fire Control", "洛克希德·马丁导弹与火控公司", "CU", "2025-01-02", "US");
    listed("Lockheed Martin Aeronautics", "洛克希德·马丁航空公司", "CU", "2025-01-02", "US");
    listed("Raytheon Missile Systems", "雷神导弹系统公司", "CU", "2025-01-02", "US");
    listed("General Dynamics Ordnance and Tactical Systems", "通用动力军械与战术系统公司", "CU", "2025-01-02", "US");
    listed("General Dynamics Mission Systems", "通用动力任务系统公司", "CU", "2025-01-02", "US");
    listed("Inter-Coastal Electronics", "海岸间电子公司", "CU", "2025-01-02", "US");
    listed("System Studies & Simulation", "系统研究与模拟公司", "CU", "2025-01-02", "US");
    listed("IronMountain Solutions", "铁山解决方案公司", "CU", "2025-01-02", "US");
    listed("Applied Technologies Group", "应用技术集团", "CU", "2025-01-02", "US");
    listed("Anduril Industries", "安杜里尔公司", "CU", "2025-01-02", "US");
    listed("Maritime Tactical Systems", "海上战术系统公司", "CU", "2025-01-02", "US");
    listed("Pacific Rim Defense", "环太平洋防务公司", "CU", "2025-01-02", "US");
    listed("AEVEX Aerospace", "AEVEX航天公司", "CU", "2025-01-02", "US");
    listed("Summit Technologies Inc.", "顶峰科技公司", "CU", "2025-01-02", "US");
    listed("Leidos", "莱多斯公司", "C", "2025-03-04", "US");
    listed("Gibbs & Cox, Inc.", "吉布斯和考克斯公司", "C", "2025-03-04", "US");
    listed("Skydio, Inc.", "斯凯迪奥公司", "CU", "2025-03-04", "US");
    listed("Shield AI, Inc.", "护盾人工智能公司", "CU", "2025-03-04", "US");
    listed("Neros Technologies", "尼罗斯科技公司", "CU", "2025-03-04", "US");
    listed("General Atomics Aeronautical Systems, Inc.", "通用原子航空系统公司", "CU", "2024-05-20", "US");
    listed("General Dynamics Land Systems", "通用动力陆地系统公司", "CU", "2024-05-20", "US");
    listed("AeroVironment, Inc.", "宇航环境公司", "CU", "2025-03-04", "US");
    listed("Sierra Nevada Corporation", "内华达山脉公司", "CU", "2025-04-04", "US");
    listed("Hudson Technologies Co.", "哈德森技术公司", "CU", "2025-04-04", "US");
    listed("Oceaneering International, Inc.", "国际海洋工程公司", "CU", "2025-04-04", "US");
    listed("Cubic Corporation", "立方公司", "CU", "2025-03-04", "US");
    listed("Teledyne Brown Engineering, Inc.", "特励达·布朗工程公司", "CU", "2025-03-04", "US");
    listed("Kratos Unmanned Aerial Systems, Inc.", "奎托斯无人机系统公司", "CU", "2025-04-04", "US");
    listed("Huntington Ingalls Industries, Inc.", "亨廷顿·英格尔斯工业公司", "CU", "2025-03-04", "US");
    listed("Novotech, Inc.", "诺沃特公司", "C", "2025-04-10", "US");
    listed("Echodyne", "埃科达因公司", "C", "2025-04-10", "US");
    listed("American Photonics", "美国光子公司", "C", "2025-04-10", "US");
    listed("Aerospace Industrial Development Corp.", "汉翔航空工业股份有限公司", "C", "2025-07-09", "TW");
    listed("National Chung-Shan Institute of Science & Technology", "中山科学研究院", "C", "2025-07-09", "TW");
    listed("CSBC Corporation, Taiwan", "国际造船股份有限公司", "C", "2025-07-09", "TW");
    listed("GEOSAT Aerospace & Technology Inc.", "经纬航太科技公司", "C", "2025-07-09", "TW");
    listed("Global Dimensions LLC", "全球维度公司", "C", "2025-09-25", "US");
    listed("Elbit Systems of America, LLC", "埃比特系统美国分公司", "U", "2025-10-09", "US");
    listed("BAE Systems, Inc.", "贝宜系统股份有限公司", "U", "2025-10-09", "US");
    listed("Teledyne FLIR, LLC", "Teledyne FLIR公司", "U", "2025-10-09", "US");
    listed("TechInsights Japan KK", "TechInsights 日本 KK", "U", "2025-10-09", "JP");
    listed("TechInsights Korea Co. Ltd.", "TechInsights 韩国有限公司", "U", "2025-10-09", "KR");
    listed("Illumina, Inc.", "因美纳公司", "U", "2025-02-04", "US");
    listed("Dedrone by Axon", "反无人机技术公司", "U", "2025-10-09", "US");
    listed("Epirus, Inc.", "伊比鲁斯公司", "U", "2025-10-09", "US");
  }

  static final String[][] ABBR = {{"Technologies", "Tech."}, {"Technology", "Tech"}, {"Systems", "Sys."}, {"Corporation", "Corp."},
      {"International", "Intl"}, {"Engineering", "Engg."}, {"Industries", "Inds."}, {"Aeronautics", "Aero"}, {"Electronics", "Elec."},
      {"Aerospace", "Aero Space"}, {"Incorporated", "Inc."}, {"Solutions", "Sol."}, {"Simulation", "Sim."}, {"Defense", "Def."},
      {"Institute", "Inst."}, {"Science", "Sci."}, {"Company", "Co."}, {"Mission", "Msn"}};
  static final String[] FORMS = {"Inc.", "Inc", "LLC", "Corp.", "Corporation", "Co.", "Company", "Ltd", "Limited", "L.L.C.", "Co., Ltd."};

  static String stripForm(String n) {
    String s = n.replaceAll(",? (Inc\\.?|LLC|Corporation|Corp\\.|Co\\. Ltd\\.|KK|Limited Partnership)$", "");
    return s.trim();
  }
  static String typo(String s) {
    if (s.length() < 6) return s;
    int i = ri(1, s.length() - 3);
    if (!Character.isLetter(s.charAt(i)) || !Character.isLetter(s.charAt(i + 1))) return s;
    return switch (R.nextInt(3)) {
      case 0 -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2); // swap
      case 1 -> s.substring(0, i) + s.substring(i + 1); // drop
      default -> s.substring(0, i) + s.charAt(i) + s.substring(i); // double
    };
  }
  static final String[] SUBS = {" Asia Pacific", " Europe", " International", " Services", " Trading", " Holdings", " Asia", " Japan", " Singapore"};

  /** A listed name as smugglers write it; level decides how far it drifts. */
  static String variant(Listed e, String level) {
    String base = stripForm(e.en());
    String s;
    switch (level) {
      case "easy" -> {
        s = p(0.5) ? e.en() : base + " " + pick(FORMS);
        if (p(0.4)) s = s.toUpperCase(Locale.ROOT);
      }
      case "medium" -> {
        s = base;
        for (String[] a : ABBR) if (s.contains(a[0]) && p(0.7)) s = s.replace(a[0], a[1]);
        if (p(0.3)) s = s.replace(" & ", " and ").replace("-", " ");
        if (p(0.3)) s = s.replace(" ", "-").replaceFirst("-", " ");
        s = s + " " + pick(FORMS);
        if (p(0.25)) s = e.zh().replace("公司", "");
      }
      default -> {
        s = base;
        int k = R.nextInt(4);
        if (k == 0) s = typo(typo(s)) + " " + pick(FORMS);
        else if (k == 1) s = base + pick(SUBS) + " " + pick(new String[] {"Pte. Ltd.", "Limited", "GmbH", "B.V.", "LLC", "K.K."});
        else if (k == 2) {
          String[] w = base.split(" ");
          if (w.length >= 2) { String t = w[0]; w[0] = w[w.length - 1]; w[w.length - 1] = t; }
          s = String.join(" ", w) + " " + pick(FORMS);
        } else {
          StringBuilder b = new StringBuilder();
          for (String w : base.split("[ -]")) if (!w.isEmpty() && Character.isLetter(w.charAt(0))) b.append(Character.toUpperCase(w.charAt(0)));
          s = b + " " + (base.contains(" ") ? base.substring(base.lastIndexOf(' ') + 1) : "") + " " + pick(FORMS);
          s = s.replaceAll(" +", " ");
        }
      }
    }
    return s.trim();
  }

  /** Honest firms whose names resemble listed ones. */
  static final String[][] SIMILAR = {
      {"Summit Technology Co., Ltd.", "KR"}, {"Summit Technologies Pte Ltd", "SG"}, {"Cubic Metals Sdn Bhd", "MY"}, {"Hudson Metals Trading Ltd", "HK"},
      {"Universal Logistics (S) Pte Ltd", "SG"}, {"Sierra Nevada Minerals S.A. de C.V.", "MX"}, {"Insitu Analytical GmbH", "DE"},
      {"Novotech Co., Ltd.", "KR"}, {"Novotec Materials GmbH", "DE"}, {"Global Dimension Trading FZE", "AE"}, {"Applied Materials Technology Group Ltd", "HK"},
      {"Pacific Rim Metals Ltd", "HK"}, {"Pacific Rim Industries Pty Ltd", "AU"}, {"Echo Dynamics Electronics Co., Ltd.", "TW"},
      {"Axiant Chemicals B.V.", "NL"}, {"Epirus Minerals S.A.", "GR"}, {"Illuminar Lighting Ltd", "GB"}, {"Leidos Trading FZE", "AE"},
      {"Maritime Technical Systems Pte Ltd", "SG"}, {"Clear Alignment Optics Co., Ltd.", "TW"}, {"Lockwood Martin Metals Ltd", "GB"},
      {"General Dynamic Trading LLC", "AE"}, {"Intelligent Epitaxial Materials Corp.", "TW"}, {"American Photonic Materials Inc.", "US"},
      {"Group W Metals GmbH", "DE"}, {"W Group Trading B.V.", "NL"}, {"Shield Metals Pvt. Ltd.", "IN"}, {"Kratos Metal Works A.Ş.", "TR"},
      {"Oceanering Supplies Sdn Bhd", "MY"}, {"Gibbs Cox Alloys Ltd", "GB"}, {"Teledine Optics Co., Ltd.", "JP"}, {"TechnoInsight Korea Co., Ltd.", "KR"},
      {"Applied Technology Materials Pte Ltd", "SG"}, {"Cubic Magnetics Co., Ltd.", "JP"}, {"Anduril Trading Co., Ltd.", "VN"}};

  /** Restricted parties: a listed entity as consignee or end user, its name as smugglers write it. */
  static int restricted() {
    LocalDate d = day(D("2025-01-06"), END);
    List<Listed> ok = new ArrayList<>();
    for (Listed e : LISTED) if (!e.from().isAfter(d)) ok.add(e);
    Listed e = pick(ok);
    String level = level3(0.3, 0.4);
    String nm = variant(e, level);
    boolean asEndUser = p(0.55);
    Party listedParty = new Party(nm, e.iso(), address(country(e.iso())));
    if (level.equals("hard") && nm.matches(".*(Pte\\. Ltd\\.|Limited|GmbH|B\\.V\\.|K\\.K\\.)$")) {
      String iso = nm.endsWith("Pte. Ltd.") ? "SG" : nm.endsWith("Limited") ? "HK" : nm.endsWith("GmbH") ? "DE" : nm.endsWith("B.V.") ? "NL" : "JP";
      listedParty = new Party(nm, iso, address(country(iso)));
    }
    Party cons = asEndUser ? hubParty(pick(HUB_ISO)) : listedParty;
    boolean controlled = !e.list().equals("U") || p(0.6);
    Exporter ex = p(0.5) ? anyOf("TRADER", "FWD") : p(0.5) ? producerOf(pick(new String[] {"germanium", "gallium", "antimony", "tungsten", "dysprosium"})) : shell();
    Decl x;
    if (controlled) {
      String tk = pick(new String[] {"GE", "GA", "SB", "APT", "WC", "MAGDY", "DY", "TB", "BI", "GRS", "TE", "INP"});
      Product tp = prod(tk);
      if (d.isBefore(tp.controlFrom)) d = tp.controlFrom.plusDays(ri(5, 60));
      double kg = clamp(logn(Math.sqrt(tp.lotLo * tp.lotHi) * 0.5, 0.5), tp.lotLo * 0.3, tp.lotHi * 0.5);
      if (tp.priceAt(d) > 300) kg = Math.min(kg, u(5, 200));
      x = simple(ex, cons, d, tp, kg, price(tp, d), tp.desc(), modeFor(tp, kg, cons.country));
      x.endUse = p(0.85) ? "CIVIL" : "";
      int lic = pickW(new double[] {35, 30, 35});
      Line l = x.lines.get(0);
      if (lic == 1) l.lic = licenseNo(tp.mineral, d.minusDays(ri(10, 200)));
      else if (lic == 2) { // licence obtained for an innocent-looking end user
        Party front = asEndUser ? cons : hubParty(pick(HUB_ISO));
        License L = newLicense(ex, asEndUser ? cons : front, front, tp.mineral, false, d, d);
        L.dests.add(cons.country); L.dests.add(front.country);
        addItem(L, l, u(1.0, 1.1), u(1.0, 1.1));
        l.lic = L.no;
      }
    } else {
      Product cp = prod(pick(new String[] {"ALPART", "MAGND", "LED", "AUTO", "STEEL", "SOLP", "CARB"}));
      double kg = clamp(logn(Math.sqrt(cp.lotLo * cp.lotHi), 0.4), cp.lotLo, cp.lotHi);
      x = simple(ex, cons, d, cp, kg, price(cp, d), cp.desc(), modeFor(cp, kg, cons.country));
    }
    x.endUser = asEndUser ? listedParty : (p(0.5) ? listedParty : null);
    if (x.endUser == null && !x.endUse.isEmpty()) x.endUser = listedParty;
    mark(x, "RESTRICTED_PARTY", level);
    finish(x, x.lines.get(0).prod.pack);
    return 1;
  }

  /** Controlled goods under their true code and name, exported without a valid licence. */
  static int unlicensed() {
    String tk = pick(new String[] {"GA", "GE", "SB", "SBO", "GRF", "GRS", "APT", "WO", "WC", "BI", "TE", "MO", "DY", "DYO", "MAGDY", "MAGDY", "MAGDY", "SMCO", "SCO"});
    Product tp = prod(tk);
    LocalDate d = day(tp.controlFrom.isAfter(START) ? tp.controlFrom.plusDays(3) : START, END);
    String level = level3(0.4, 0.3);
    Exporter ex = p(0.55) ? producerOf(tp.mineral) : anyOf("TRADER");
    String iso = pick(new String[] {"JP", "KR", "DE", "IN", "VN", "TW", "IT", "TR", "BR", "ID", "PL"});
    Party cons = poolParty(iso);
    double kg = clamp(logn(Math.sqrt(tp.lotLo * tp.lotHi), 0.5), tp.lotLo * 0.3, tp.lotHi);
    if (tp.priceAt(d) > 300) kg = Math.min(kg, u(10, 400));
    String desc = tp.desc();
    if (tk.equals("MAGDY") && level.equals("medium")) desc = pick(new String[] {"NdFeB magnets Dy 3%", "sintered NdFeB 45SH (Dy 2.8%, Tb 0.5%)", "钕铁硼磁钢 含镝3%"});
    Decl x = simple(ex, cons, d, tp, kg, price(tp, d), desc, modeFor(tp, kg, iso));
    x.endUse = p(0.6) ? "CIVIL" : "";
    if (p(0.6)) x.endUser = cons;
    if (level.equals("hard")) {
      Line l = x.lines.get(0);
      LocalDate earliest = tp.controlFrom.plusDays(40);
      if (p(0.5) && d.minusDays(120).isAfter(earliest)) { // an expired licence of the exporter, cited again
        LocalDate until = d.minusDays(ri(3, 60));
        LocalDate f = until.minusDays(ri(60, 300));
        if (f.isBefore(earliest)) f = earliest;
        License L = newLicense(ex, cons, cons, tp.mineral, false, f, f);
        L.from = f; L.issued = f.minusDays(ri(0, 3)); L.until = until;
        L.dests.add(iso); addItem(L, l, u(1.0, 1.3), u(1.0, 1.3));
        l.lic = L.no;
      } else { // a single licence already used by an earlier, honest shipment
        LocalDate d0 = d.minusDays(ri(20, 120));
        if (d0.isBefore(tp.controlFrom.plusDays(30))) d0 = tp.controlFrom.plusDays(30);
        if (d.isBefore(d0.plusDays(5))) d = d0.plusDays(ri(5, 30));
        if (d.isAfter(END)) { d = END; x.date = d; }
        x.date = d;
        Decl first = simple(ex, cons, d0, tp, kg * u(0.8, 1.2), price(tp, d0), tp.desc(), x.mode);
        first.endUse = "CIVIL"; first.endUser = cons; first.la = "LICENSED_EARLIER_USE";
        License L = newLicense(ex, cons, cons, tp.mineral, false, d0, d);
        L.dests.add(iso);
        addItem(L, first.lines.get(0), 1.0, 1.0);
        first.lines.get(0).lic = L.no;
        finish(first, tp.pack);
        l.lic = L.no;
      }
    }
    mark(x, "UNLICENSED", level);
    finish(x, tp.pack);
    return 1;
  }

  // ------------------------------------------------------------------ honest look-alikes

  static void la(Decl x, String kind, Pack pk) { x.la = kind; markLicensing(x); finish(x, pk); }

  /** Honest parcel series: samples, spare parts, e-commerce orders to one buyer or a fulfilment address. */
  static int laParcelSeries() {
    int kind = pickW(new double[] {40, 30, 20, 10});
    String[] goods = switch (kind) {
      case 0 -> new String[] {"PHC", "LED", "TEXT", "TOOLS", "MAGND"};           // e-commerce
      case 1 -> new String[] {"AUTO", "ALPART", "STEEL", "FAST", "CARB", "ALNI"}; // spare parts
      case 2 -> new String[] {"SOLP", "SN", "SOLB", "MAGND", "ZNP", "NIP", "CEO", "LAO", "ALA", "FEX", "SI"}; // samples of cover-like goods
      default -> new String[] {"GA", "GE", "TE", "DY", "SCO"};                  // licensed samples of controlled goods
    };
    Exporter ex = kind == 0 ? anyOf("ECOM") : kind == 3 ? producerOf(prod(goods[0]).mineral) : anyOf("MFG", "TRADER", "ECOM");
    String iso = kind == 0 ? pick(new String[] {"US", "GB", "DE", "AE", "SG", "MY", "JP", "MX", "FR", "AU"})
        : p(0.5) ? pick(HUB_ISO) : pick(new String[] {"JP", "KR", "DE", "US", "TW", "IN"});
    Country c = country(iso);
    String addr = address(c);
    List<Party> cons = new ArrayList<>();
    Party a = newParty(iso); a.address = addr; cons.add(a);
    if (kind == 0 || p(0.3)) for (int i = 1; i < ri(2, 4); i++) { Party q = newParty(iso); q.address = addr; cons.add(q); }
    String gk = pick(goods);
    Product pr = prod(gk);
    int k = ri(4, 9);
    LocalDate d0 = day(START, END.minusDays(15));
    if (kind == 3) d0 = day(licensedFrom(ex, pr).isAfter(START) ? licensedFrom(ex, pr) : START, END.minusDays(15));
    if (kind == 3 && iso.equals("US") && usDenied(pr, d0)) { iso = "JP"; for (Party q : cons) { q.country = "JP"; q.address = address(country("JP")); } }
    LocalDate d = d0;
    String airport = officeFor(ex.region.zone, "AIR", iso);
    for (int i = 0; i < k; i++) {
      if (i > 0) d = biz(d.plusDays(ri(0, 3)));
      if (ChronoUnit.DAYS.between(d0, d) > 14 || d.isAfter(END)) d = d0.plusDays(ri(0, 14));
      if (d.isAfter(END)) d = END;
      Product g = kind == 0 && p(0.4) ? prod(pick(goods)) : pr;
      double kg = clamp(logn(kind == 3 ? 1.0 : 4, 0.7), 0.2, 25);
      String desc = g.desc();
      if (kind == 2 && p(0.6)) desc = desc + pick(new String[] {" sample", " samples for testing", " 样品"});
      if (kind == 1 && p(0.4)) desc = desc + " (replacement parts)";
      Decl x = simple(ex, cons.get(i % cons.size()), d, g, kg, price(g, d) * (kind == 2 ? u(1.0, 1.6) : 1), desc, p(0.6) ? "POST" : "AIR");
      x.office = p(0.85) ? airport : null;
      if (kind == 3) x.endUser = new Party(pick(new String[] {"University Materials Laboratory", "Institute of Applied Physics", "Central Research Laboratory"}) + " " + newParty(iso).name.split(" ")[0], iso, address(c));
      x.rel = null;
      la(x, "PARCEL_SERIES", PARCEL);
      if (kind == 3 && x.endUser != null) { /* keep the stated end user */ }
    }
    return k;
  }

  /** Licensed producers of controlled minerals shipping their ordinary metals at normal prices, partly to new hub buyers. */
  static int laProducerOrdinary() {
    String[] kinds = {"PROD_SB", "PROD_GE", "PROD_GA", "PROD_W", "PROD_MINOR", "PROD_RE", "PROD_MAG"};
    String k = pick(kinds);
    Exporter ex = anyOf(k);
    String gk = switch (k) {
      case "PROD_SB" -> pick(new String[] {"PB", "PBSB", "PBSB", "ZN", "SBO_STD"});
      case "PROD_GE" -> pick(new String[] {"ZN", "ZNO", "ZNP", "PB"});
      case "PROD_GA" -> pick(new String[] {"AL", "ALA"});
      case "PROD_W" -> pick(new String[] {"FEW", "CARB", "FEMO"});
      case "PROD_RE" -> pick(new String[] {"CEO", "LAO", "NDPR"});
      case "PROD_MAG" -> pick(new String[] {"MAGND", "FERR", "ALNI"});
      default -> pick(new String[] {"SN", "SOLB", "PB", "FEMO"});
    };
    Product pr = prod(gk);
    Party cons = p(0.4) ? hubParty(pick(HUB_ISO)) : poolParty(pickCountry(true));
    LocalDate d = anyDay();
    double kg = clamp(pr.lot(), pr.lotLo, pr.lotHi);
    Decl x = simple(ex, cons, d, pr, kg, price(pr, d), pr.desc(), modeFor(pr, kg, cons.country));
    la(x, "PRODUCER_ORDINARY", pr.pack);
    return 1;
  }

  /** Honest descriptions that name a controlled element while stating it is absent, under broad tariff lines. */
  static int laAbsentElement() {
    String[][] v = {
        {"MAGND", "sintered NdFeB magnets N42, Dy-free"}, {"MAGND", "烧结钕铁硼磁铁 N35 无镝"}, {"MAGND", "NdFeB magnets N52, no Dy/Tb (无镝铽)"},
        {"MAGND", "NdFeB arc segments 40M, dysprosium-free grade"}, {"SOLP", "solder paste SAC305, bismuth-free"}, {"SOLP", "无铅锡膏 不含铋"},
        {"ALA", "aluminium alloy ingot A356, 不含镓"}, {"ALA", "aluminium alloy ingot ADC12 (Ga-free)"}, {"FR", "antimony-free flame retardant masterbatch"},
        {"FR", "无锑阻燃母粒"}, {"ZN", "zinc ingot 99.995%, germanium content nil"}, {"FEX", "ferro-boron FeB18, no rare earth (不含稀土)"},
        {"LAO", "lanthanum oxide 99.99%, free of Dy/Tb/Y"}, {"CEO", "cerium oxide polishing powder, no controlled rare earths"},
        {"PB", "calcium-lead alloy ingot, antimony-free"}, {"SOLB", "tin solder bar Sn99.3Cu0.7, Bi-free"}, {"CARB", "ceramic cutting inserts, tungsten-free"},
        {"NDPR", "praseodymium-neodymium oxide, Dy/Tb <10 ppm not added"}};
    String[] pkv = pick(v);
    Product pr = prod(pkv[0]);
    Exporter ex = pr.key.equals("MAGND") ? anyOf("PROD_MAG") : anyOf("MFG", "TRADER", "PROD_RE", "PROD_SB");
    Party cons = poolParty(p(0.25) ? pick(HUB_ISO) : pickDest(destWeights(prod("MAGDY"))));
    LocalDate d = anyDay();
    double kg = clamp(pr.lot() * 0.5, Math.min(50, pr.lotLo), pr.lotHi);
    Decl x = simple(ex, cons, d, pr, kg, price(pr, d), pkv[1], modeFor(pr, kg, cons.country));
    la(x, "ABSENT_ELEMENT", pr.pack);
    return 1;
  }

  /** Honest heavy packing: gross 1.3-1.6 x net (wooden cases, drums with liners, cold-chain boxes, crates). */
  static int laHeavyPacking() {
    String[][] v = {{"GA", "in PE bottles, foam-lined wooden cases"}, {"GE", "in wooden cases with foam inserts"}, {"TE", "in sealed tins, wooden cases"},
        {"INP", "in wafer boxes, wooden cases"}, {"SOLP", "in cold-chain boxes with ice packs"}, {"CARB", "in steel cases"},
        {"ALNI", "magnetically shielded packing"}, {"AUTO", "in wooden crates"}, {"LED", "in wooden crates"}, {"MAGND", "in iron-shielded cartons"},
        {"SCO", "in glass bottles, wooden cases"}, {"MO", "in steel drums with inner bags, small lots"}, {"NIP", "in small steel drums"}, {"CEO", "in small fibre drums"}};
    String[] pkv = pick(v);
    Product pr = prod(pkv[0]);
    Exporter ex = pr.mineral != null ? producerOf(pr.mineral) : anyOf("MFG", "TRADER");
    Party cons = poolParty(pr.mineral != null ? pickDest(destWeights(pr)) : pickCountry(true));
    LocalDate d = anyDay();
    for (int t = 0; t < 10 && !honestDayOk(ex, pr, cons.country, d); t++) d = anyDay();
    if (!honestDayOk(ex, pr, cons.country, d)) { cons = poolParty("JP"); d = day(D("2025-08-01"), END); }
    double kg = clamp(logn(pr.lotLo * 2, 0.6), pr.lotLo * 0.5, Math.min(pr.lotHi, 3000));
    String desc = p(0.5) ? pr.desc() + ", " + pkv[1] : pr.desc();
    Decl x = simple(ex, cons, d, pr, kg, price(pr, d), desc, kg < 500 ? "AIR" : modeFor(pr, kg, cons.country));
    x.gross = kg * u(1.3, 1.6);
    la(x, "HEAVY_PACKING", pr.pack);
    return 1;
  }

  /** Honest first shipments to new buyers in trade hubs, cover-type goods at their own price. */
  static int laHubNew() {
    String gk = pick(new String[] {"ZN", "PB", "PBSB", "SN", "SOLP", "ALA", "FEX", "NIP", "MAGND", "CEO", "LAO", "TILEADH", "ZNO", "SI", "SBO_STD", "ALNI"});
    Product pr = prod(gk);
    String iso = pick(HUB_ISO);
    Party cons = hubParty(iso);
    if (iso.equals("HK") && p(0.3)) cons.address = "Room " + ri(101, 2808) + ", " + pick(new String[] {"Futian District, Shenzhen", "Nanshan District, Shenzhen", "Tianhe District, Guangzhou"}) + ", China";
    Exporter ex = anyOf("TRADER", "MFG", "PROD_SB", "PROD_GE");
    LocalDate d = anyDay();
    double kg = clamp(pr.lot() * 0.6, pr.lotLo * 0.5, pr.lotHi);
    Decl x = simple(ex, cons, d, pr, kg, price(pr, d), pr.desc(), modeFor(pr, kg, iso));
    if (p(0.2)) x.endUser = poolParty(pick(new String[] {"ID", "IN", "PH", "SA", "BR"}));
    la(x, "HUB_NEW_CUSTOMER", pr.pack);
    return 1;
  }

  /** Honest licensed re-exports via a hub trading house; end user elsewhere, named in the licence. */
  static int laHubLicensed() {
    String tk = pick(new String[] {"GA", "GE", "GEO2", "SB", "SBO", "APT", "WC", "DY", "TB", "MAGDY", "BI", "TE", "GRS"});
    Product tp = prod(tk);
    String hub = pick(new String[] {"SG", "HK", "NL", "BE", "AE", "MY", "TH", "VN", "TR"});
    String fin = pick(new String[] {"JP", "KR", "DE", "IN", "TW", "IT", "FR", "GB", "ID"});
    Exporter ex = p(0.6) ? producerOf(tp.mineral) : anyOf("TRADER");
    Party cons = p(0.5) ? poolParty(hub) : hubParty(hub);
    Party eu = poolParty(fin);
    LocalDate d = anyDay();
    for (int t = 0; t < 20 && !honestDayOk(ex, tp, hub, d); t++) d = anyDay();
    if (!honestDayOk(ex, tp, hub, d)) d = day(D("2025-09-01"), END);
    double kg = clamp(logn(Math.sqrt(tp.lotLo * tp.lotHi), 0.5), tp.lotLo * 0.5, tp.lotHi);
    Decl x = simple(ex, cons, d, tp, kg, price(tp, d), tp.desc(), modeFor(tp, kg, hub));
    x.endUser = eu; x.endUse = "CIVIL";
    if (tp.controlled(d)) {
      License L = newLicense(ex, cons, eu, tp.mineral, false, d, d);
      L.dests.add(hub); L.dests.add(fin);
      addItem(L, x.lines.get(0), u(1.0, 1.1), u(1.0, 1.1));
      x.lines.get(0).lic = L.no;
    }
    x.la = "HUB_LICENSED_REEXPORT";
    finish(x, tp.pack);
    return 1;
  }

  /** Honest buyers whose names resemble listed entities. */
  static int laSimilarName() {
    String[] s = pick(SIMILAR);
    Party cons = new Party(s[0], s[1], address(country(s[1])));
    boolean ctrl = p(0.35);
    Product pr = prod(ctrl ? pick(new String[] {"GE", "GA", "APT", "WC", "MAGDY", "BI", "GRS"}) : pick(new String[] {"ALPART", "MAGND", "LED", "AUTO", "SOLP", "ZN", "SN", "CARB", "FEMO"}));
    Exporter ex = pr.mineral != null ? producerOf(pr.mineral) : anyOf("MFG", "TRADER");
    LocalDate d = anyDay();
    for (int t = 0; t < 20 && !honestDayOk(ex, pr, s[1], d); t++) d = anyDay();
    if (!honestDayOk(ex, pr, s[1], d)) { pr = prod("MAGND"); }
    double kg = clamp(pr.lot() * 0.5, pr.lotLo * 0.5, pr.lotHi);
    Decl x = simple(ex, cons, d, pr, kg, price(pr, d), pr.desc(), modeFor(pr, kg, s[1]));
    la(x, "SIMILAR_NAME", pr.pack);
    return 1;
  }

  /** Controlled goods shipped before their control took effect (no licence needed then). */
  static int laPreEffective() {
    String tk = pick(new String[] {"APT", "APT", "WO", "WC", "BI", "TE", "MO", "DY", "TB", "DYO", "MAGDY", "MAGDY", "SMCO", "SCO"});
    Product tp = prod(tk);
    LocalDate d = day(START, tp.controlFrom.minusDays(1));
    Exporter ex = producerOf(tp.mineral);
    Party cons = poolParty(pickDest(destWeights(tp)));
    double kg = clamp(logn(Math.sqrt(tp.lotLo * tp.lotHi), 0.5), tp.lotLo * 0.5, tp.lotHi);
    if (tp.priceAt(d) > 300) kg = Math.min(kg, u(10, 300));
    Decl x = simple(ex, cons, d, tp, kg, price(tp, d), tp.desc(), modeFor(tp, kg, cons.country));
    la(x, "PRE_EFFECTIVE", tp.pack);
    return 1;
  }

  /** Honest low grades: ordinary-grade antimony oxide (not controlled) and low-carbon flake graphite with licence. */
  static int laLowGrade() {
    boolean sb = p(0.6);
    Product pr = prod(sb ? "SBO_STD" : "GRF");
    Exporter ex = sb ? anyOf("PROD_SB", "TRADER") : anyOf("PROD_GR");
    Party cons = poolParty(pickDest(destWeights(prod(sb ? "SBO" : "GRF"))));
    if (cons.country.equals("US") && !sb) { /* graphite to the US is licensable */ }
    LocalDate d = anyDay();
    for (int t = 0; t < 20 && !honestDayOk(ex, pr, cons.country, d); t++) d = anyDay();
    double kg = clamp(pr.lot() * 0.6, pr.lotLo * 0.5, pr.lotHi);
    String desc = sb ? pick(new String[] {"antimony trioxide 99.5%, Sb2O3 content 99.5", "antimony trioxide 99.8% (ordinary grade)", "三氧化二锑 99.5% 非管制品级"})
        : pick(new String[] {"natural flake graphite -100 mesh 85% C", "天然鳞片石墨 85% 低碳", "flake graphite fines 80-85% C"});
    double unit = sb ? price(pr, d) * u(0.75, 0.9) : price(pr, d) * u(0.5, 0.7);
    Decl x = simple(ex, cons, d, pr, kg, unit, desc, modeFor(pr, kg, cons.country));
    la(x, "LOW_GRADE", pr.pack);
    return 1;
  }

  // ------------------------------------------------------------------ main

  interface Gen { int run(); }

  static void fill(String name, double per100k, int n, Gen g, boolean violation) {
    int target = (int) Math.max(1, Math.round(per100k * n / 100000.0));
    int made = 0;
    while (made < target) made += g.run();
    (violation ? VCOUNT : LACOUNT).merge(name, made, Integer::sum);
  }

  public static void main(String[] args) throws IOException {
    int n = 100000; long seed = 1; Path out = Path.of("blind-out");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--declarations", "-n" -> n = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out", "-o" -> out = Path.of(args[++i]);
        default -> { System.err.println("usage: java BlindTrade.java --declarations N --seed S --out DIR"); System.exit(2); }
      }
    }
    R = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    initDays(); initProducts(); initCountries(); initListed();
    buildWorld(n);

    // violations (about 2.1% of declarations)
    fill("SPLIT_SHIPMENT", 420, n, () -> splitSeries(true), true);
    fill("DISGUISED_GOODS", 400, n, BlindTrade::disguised, true);
    fill("TRANSSHIPMENT", 400, n, BlindTrade::transship, true);
    fill("CONCEALMENT", 350, n, BlindTrade::conceal, true);
    fill("RESTRICTED_PARTY", 250, n, BlindTrade::restricted, true);
    fill("UNLICENSED", 300, n, BlindTrade::unlicensed, true);

    // honest look-alikes
    fill("PARCEL_SERIES", 700, n, BlindTrade::laParcelSeries, false);
    fill("PRODUCER_ORDINARY", 600, n, BlindTrade::laProducerOrdinary, false);
    fill("ABSENT_ELEMENT", 500, n, BlindTrade::laAbsentElement, false);
    fill("HEAVY_PACKING", 500, n, BlindTrade::laHeavyPacking, false);
    fill("HUB_NEW_CUSTOMER", 450, n, BlindTrade::laHubNew, false);
    fill("HUB_LICENSED_REEXPORT", 450, n, BlindTrade::laHubLicensed, false);
    fill("SIMILAR_NAME", 350, n, BlindTrade::laSimilarName, false);
    fill("PRE_EFFECTIVE", 350, n, BlindTrade::laPreEffective, false);
    fill("LOW_GRADE", 350, n, BlindTrade::laLowGrade, false);

    // the honest population
    List<Exporter> regular = new ArrayList<>();
    for (Exporter e : EXPORTERS) if (!e.rels.isEmpty()) regular.add(e);
    double[] cum = new double[regular.size()];
    double s = 0;
    for (int i = 0; i < cum.length; i++) { s += regular.get(i).size; cum[i] = s; }
    while (DECLS.size() < n) {
      int i = Arrays.binarySearch(cum, u() * s);
      if (i < 0) i = -i - 1;
      Exporter e = regular.get(Math.min(i, regular.size() - 1));
      double[] w = new double[e.rels.size()];
      for (int j = 0; j < w.length; j++) w[j] = e.rels.get(j).weight;
      regular(e.rels.get(pickW(w)), null);
    }
    licensePass();
    write(out);

    Map<String, Integer> la = new TreeMap<>();
    int viol = 0, clean = 0, controlledLines = 0, licensedLines = 0;
    for (Decl d : DECLS) {
      if (d.outcome.equals("VIOLATION")) viol++; else clean++;
      if (!d.la.isEmpty()) la.merge(d.la, 1, Integer::sum);
      for (Line l : d.lines) { if (l.needsLicense) controlledLines++; if (!l.lic.isEmpty()) licensedLines++; }
    }
    Map<String, Integer> vt = new TreeMap<>();
    for (Decl d : DECLS) if (!d.typology.isEmpty()) vt.merge(d.typology, 1, Integer::sum);
    System.out.printf(Locale.ROOT, "declarations=%d clean=%d violations=%d (%.2f%%) licences=%d exporters=%d | violations %s | look-alikes %s | licensed lines %d%n",
        DECLS.size(), clean, viol, 100.0 * viol / DECLS.size(), LICENSES.size(), EXPORTERS.size(), vt, la, licensedLines);
  }
}
