// Blind test-data generator "C" for Assay: export declarations of strategic minerals from China,
// written from a customs risk analyst's general knowledge of trade-based fraud (WCO / EU / US
// typologies), without any knowledge of how Assay detects anything.
//
// Run:  java BlindTrade.java --declarations N --seed S --out DIR
// Writes DIR/declarations.csv (no labels), DIR/licenses.csv, DIR/truth.csv; prints a summary.
// JDK only, Java 17 syntax, deterministic for a given seed.

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

public class BlindTrade {

  // ------------------------------------------------------------------ randomness and small helpers
  static RandomGenerator R;

  static double u(double a, double b) { return a + (b - a) * R.nextDouble(); }
  static int ri(int a, int b) { return a + R.nextInt(b - a + 1); } // inclusive
  static boolean p(double prob) { return R.nextDouble() < prob; }
  static <T> T pick(T[] a) { return a[R.nextInt(a.length)]; }
  static <T> T pick(List<T> a) { return a.get(R.nextInt(a.size())); }
  static double logU(double a, double b) { return Math.exp(u(Math.log(a), Math.log(b))); }

  /** Picks an index by weights. */
  static int wpick(double[] w) {
    double s = 0; for (double x : w) s += x;
    double r = R.nextDouble() * s;
    for (int i = 0; i < w.length; i++) { r -= w[i]; if (r < 0) return i; }
    return w.length - 1;
  }

  static double round(double v, int dp) {
    double f = Math.pow(10, dp); return Math.round(v * f) / f;
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    String s = String.format(Locale.ROOT, "%.3f", v);
    while (s.endsWith("0")) s = s.substring(0, s.length() - 1);
    if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
    return s;
  }

  static String csv(String s) {
    if (s == null) return "";
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)
      return '"' + s.replace("\"", "\"\"") + '"';
    return s;
  }

  // ------------------------------------------------------------------ dates
  // Window: 2024-11-01 .. 2026-10-31 (two years). It ends before 2026-11-11, when the suspended
  // October-2025 measures would revive unless extended, so no declaration falls in an unknown legal
  // state; it starts early enough to hold the Feb-2025 and Apr-2025 measures coming into force.
  static final LocalDate START = LocalDate.of(2024, 11, 1);
  static final LocalDate END = LocalDate.of(2026, 10, 31);
  static final int DAYS = (int) ChronoUnit.DAYS.between(START, END) + 1;

  static LocalDate workday(LocalDate d) {
    // customs declares on weekends too, but far less
    if (d.getDayOfWeek() == DayOfWeek.SUNDAY && !p(0.15)) d = d.plusDays(1);
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY && !p(0.3)) d = d.plusDays(2);
    if (d.isAfter(END)) d = END;
    return d;
  }

  static LocalDate randDate(LocalDate from, LocalDate to) {
    if (from.isBefore(START)) from = START;
    if (to.isAfter(END)) to = END;
    if (to.isBefore(from)) to = from;
    long span = ChronoUnit.DAYS.between(from, to);
    LocalDate d = from.plusDays(span == 0 ? 0 : R.nextLong(span + 1));
    d = workday(d);
    return d.isAfter(to) ? to : d;
  }

  static LocalDate anyDate() { return randDate(START, END); }

  static LocalDate max(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }
  static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }

  /** Quarter-knot interpolation: knots at START + 3k months, k = 0..8. */
  static double profile(double[] knots, LocalDate d) {
    double m = ChronoUnit.DAYS.between(START, d) / 91.3;
    int k = (int) Math.floor(m);
    if (k < 0) return knots[0];
    if (k >= knots.length - 1) return knots[knots.length - 1];
    double f = m - k;
    return knots[k] * (1 - f) + knots[k + 1] * f;
  }

  // ------------------------------------------------------------------ unified social credit code (GB 32100-2015)
  static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] USCC_W = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  static String uscc(String admin6, boolean newStyle) {
    StringBuilder org = new StringBuilder();
    if (newStyle) {
      org.append("MA");
      for (int i = 0; i < 6; i++) org.append(USCC_CHARS.charAt(R.nextInt(USCC_CHARS.length())));
    } else {
      for (int i = 0; i < 8; i++) org.append((char) ('0' + R.nextInt(10)));
    }
    // GB 11714 check character of the organisation code
    int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
    int s = 0;
    for (int i = 0; i < 8; i++) {
      char c = org.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      s += v * w[i];
    }
    int c9 = 11 - (s % 11);
    org.append(c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9));
    String body = "91" + admin6 + org;
    int sum = 0;
    for (int i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(body.charAt(i)) * USCC_W[i];
    int c = (31 - sum % 31) % 31;
    return body + USCC_CHARS.charAt(c);
  }

  // ------------------------------------------------------------------ products
  // Price profiles: multipliers at quarter knots from 2024-11 (9 knots, two years).
  static final double[] PF_FLAT = {1, 1.02, 0.99, 1.03, 1.05, 1.03, 1.06, 1.05, 1.07};
  static final double[] PF_GA = {1, 1.15, 1.3, 1.45, 1.55, 1.7, 1.75, 1.8, 1.8};
  static final double[] PF_GE = {1, 1.1, 1.25, 1.6, 1.75, 1.8, 1.8, 1.85, 1.85};
  static final double[] PF_SB = {1, 1.35, 1.4, 1.35, 1.2, 1.1, 1.05, 1.0, 1.0};
  static final double[] PF_W = {1, 1.05, 1.15, 1.45, 1.75, 1.95, 2.0, 2.0, 1.95};
  static final double[] PF_BI = {1, 1.6, 2.8, 3.2, 3.0, 2.8, 2.6, 2.5, 2.5};
  static final double[] PF_RE = {1, 1.0, 1.9, 2.2, 2.3, 2.2, 2.1, 2.0, 2.0};
  static final double[] PF_GR = {1, 0.97, 0.95, 0.95, 0.98, 1.0, 1.02, 1.0, 1.0};
  static final double[] PF_MO = {1, 1.05, 1.0, 1.1, 1.15, 1.2, 1.15, 1.1, 1.1};
  static final double[] PF_TE = {1, 1.1, 1.3, 1.4, 1.35, 1.3, 1.3, 1.25, 1.25};
  static final double[] PF_IN = {1, 1.0, 1.05, 1.1, 1.2, 1.25, 1.3, 1.3, 1.3};
  static final double[] PF_Y = {1, 1.2, 3.0, 5.0, 8.0, 9.0, 8.0, 7.0, 6.0};

  static final class Product {
    String key, mineral, hs, en, zh, unit, pack, lic, ctrl;
    String[] grades; double[] gmult;
    double kgPerUnit, price, lotMin, lotMax; double[] prof;
    LocalDate ctrlFrom; // null: never controlled in the window
    boolean controlledOn(LocalDate d) { return ctrlFrom != null && !d.isBefore(ctrlFrom); }
    double priceOn(LocalDate d, int g) { return price * profile(prof, d) * gmult[g]; }
    String desc(int g, boolean zhLang) {
      String t = zhLang ? zh : en;
      return t.replace("%s", grades[g]);
    }
  }

  static final Map<String, Product> PROD = new LinkedHashMap<>();

  static Product P(String key, String mineral, String hs, String en, String zh, String grades, String mults,
                   String unit, double kgPerUnit, double price, double[] prof, double lotMin, double lotMax,
                   String pack, String ctrlFrom, String lic, String ctrl) {
    Product p = new Product();
    p.key = key; p.mineral = mineral; p.hs = hs; p.en = en; p.zh = zh;
    p.grades = grades.split(";");
    String[] m = mults.split(";");
    p.gmult = new double[p.grades.length];
    for (int i = 0; i < p.grades.length; i++) p.gmult[i] = i < m.length ? Double.parseDouble(m[i]) : 1.0;
    p.unit = unit; p.kgPerUnit = kgPerUnit; p.price = price; p.prof = prof; p.lotMin = lotMin; p.lotMax = lotMax;
    p.pack = pack; p.ctrlFrom = ctrlFrom == null ? null : LocalDate.parse(ctrlFrom); p.lic = lic; p.ctrl = ctrl;
    PROD.put(key, p);
    return p;
  }

  static Product pr(String key) {
    Product p = PROD.get(key);
    if (p == null) throw new IllegalStateException("no product " + key);
    return p;
  }

  static void products() {
    String GAGE = "2023-08-01", GR = "2023-12-01", SB = "2024-09-15", W5 = "2025-02-04", RE = "2025-04-04";
    // --- controlled (licence needed from ctrlFrom)
    P("GA_METAL", "gallium", "8112929010", "gallium metal %s, ingot in PE bottles", "金属镓|纯度%s|锭状|半导体原料", "4N 99.99%;5N 99.999%;6N 99.9999%;7N 99.99999%", "1;1.12;1.45;1.9", "kg", 1, 600, PF_GA, 20, 1000, "BOTTLE", GAGE, "GA", "");
    P("GAAS_WAFER", "gallium", "3818009004", "semi-insulating GaAs wafers %s, epi-ready", "砷化镓晶片|%s|半绝缘|外延用", "2 inch;4 inch;6 inch", "0.7;1;1.35", "pcs", 0.025, 6000, PF_FLAT, 5, 120, "WAFER", GAGE, "GA", "");
    P("GAN_EPI", "gallium", "3818009001", "GaN-on-SiC epitaxial wafers %s", "氮化镓外延片|%s|碳化硅衬底", "4 inch HEMT;6 inch HEMT", "1;1.3", "pcs", 0.015, 40000, PF_FLAT, 0.4, 8, "WAFER", GAGE, "GA", "");
    P("GE_INGOT", "germanium", "8112921090", "germanium ingot %s, zone refined", "锗锭|%s|区熔|红外光学用", "5N 50 ohm-cm;5N5;6N", "1;1.08;1.25", "kg", 1, 2600, PF_GE, 10, 300, "BOX", GAGE, "GE", "");
    P("GEO2", "germanium", "2825600002", "germanium dioxide %s", "二氧化锗|%s|粉末|光纤用", "99.999%;99.9999%", "1;1.15", "kg", 1, 1500, PF_GE, 20, 500, "DRUM", GAGE, "GE", "");
    P("GR_SPHERICAL", "graphite", "3801901000", "spherical graphite %s, surface treated", "球形石墨|%s|表面处理|负极材料", "SG17 99.95%;SG10 99.95%;SG23 99.96%", "1;1.08;0.95", "kg", 1, 2.8, PF_GR, 5000, 40000, "JUMBO", GR, "GR", "");
    P("GR_FLAKE", "graphite", "2504101000", "natural flake graphite %s", "天然鳞片石墨|%s", "+100 mesh 94% C;-195 mesh 95% C;+50 mesh 97% C;+80 mesh 99.95% C", "1;0.85;1.25;2.2", "kg", 1, 0.8, PF_GR, 10000, 60000, "JUMBO", GR, "GR", "");
    P("GR_ISO", "graphite", "6815190020", "isostatic graphite blocks %s", "等静压石墨块|%s|高纯高强", "purity 99.99%, density 1.85 g/cm3, flexural 51 MPa;purity 99.995%, density 1.91 g/cm3, flexural 60 MPa", "1;1.3", "kg", 1, 15, PF_GR, 500, 8000, "CRATE", GR, "GR", "");
    P("SB_INGOT", "antimony", "8110101000", "antimony ingot %s", "锑锭|Sb %s|块状", "99.65%;99.85%;99.90%", "1;1.02;1.04", "kg", 1, 38, PF_SB, 1000, 25000, "INGOT", SB, "SB", "");
    P("SB2O3_HP", "antimony", "2825800010", "antimony trioxide %s, high purity", "三氧化二锑|纯度%s|高纯", "99.99%;99.995%;99.999%", "1;1.1;1.35", "kg", 1, 46, PF_SB, 500, 10000, "BAG25", SB, "SB", "");
    P("SB_CONC", "antimony", "2617101000", "antimony concentrate Sb %s", "锑精矿|Sb%s", "45%;50%;55%", "0.9;1;1.1", "kg", 1, 14, PF_SB, 20000, 100000, "BULK", SB, "SB", "");
    P("W_APT", "tungsten", "2841801000", "ammonium paratungstate (APT) WO3 %s", "仲钨酸铵|WO3 %s|白色结晶", "88.5% min;89.0% min", "1;1.01", "kg", 1, 33, PF_W, 1000, 20000, "DRUM", W5, "TU", "1C117.d");
    P("W_OXIDE", "tungsten", "2825901200", "tungsten oxide (yellow) %s", "三氧化钨|%s|黄钨", "99.9%;99.95%", "1;1.03", "kg", 1, 37, PF_W, 1000, 10000, "DRUM", W5, "TU", "1C117.d");
    P("W_WC", "tungsten", "2849902000", "tungsten carbide powder %s", "碳化钨粉|%s", "FSSS 0.8um;FSSS 1.5um;FSSS 4.0um", "1.08;1;0.96", "kg", 1, 48, PF_W, 500, 8000, "DRUM", W5, "TU", "1C117.d");
    P("W_HEAVY", "tungsten", "8101940001", "tungsten alloy rod %s", "钨合金棒|%s", "W 97%, dia 125 mm x 300 mm;W 98%, dia 140 mm x 250 mm;W-Ni-Fe 97W, block 130x130x60 mm", "1;1.05;1", "kg", 1, 110, PF_W, 100, 3000, "CRATE", W5, "TU", "1C117.c");
    P("TE_METAL", "tellurium", "2804500001", "tellurium metal %s, ingot", "碲锭|%s", "99.99%;99.999%", "1;1.25", "kg", 1, 90, PF_TE, 100, 3000, "BOX", W5, "TE", "6C002.a");
    P("CDTE", "tellurium", "2842902000", "cadmium telluride %s", "碲化镉|%s", "5N polycrystal;6N granules", "1;1.3", "kg", 1, 450, PF_TE, 10, 300, "BOTTLE", W5, "TE", "6C002.b");
    P("BI_INGOT", "bismuth", "8106101091", "bismuth ingot %s", "铋锭|Bi %s", "99.99%;99.997%", "1;1.03", "kg", 1, 10, PF_BI, 1000, 20000, "INGOT", W5, "BI", "6C001.a");
    P("BI_ALLOY", "bismuth", "8106901099", "bismuth-tin low-melting alloy bar %s", "铋锡低熔点合金|%s", "Bi58Sn42;Bi57Sn42Ag1", "1.25;1.6", "kg", 1, 10, PF_BI, 200, 5000, "BOX", W5, "BI", "6C001.a");
    P("MO_POWDER", "molybdenum", "8102100001", "molybdenum powder Mo 99.95%, %s", "钼粉|Mo99.95%|%s", "FSSS 2.5-3.5 um;FSSS 3-5 um;spherical 15-45 um", "1;0.97;1.6", "kg", 1, 65, PF_MO, 100, 3000, "DRUM", W5, "MO", "1C117.b");
    P("INP_WAFER", "indium", "2853904051", "indium phosphide wafers %s", "磷化铟晶片|%s", "2 inch S-doped;3 inch Fe-doped;4 inch Fe-doped", "0.8;1;1.4", "pcs", 0.012, 30000, PF_IN, 0.3, 12, "WAFER", W5, "IN", "3C004.a");
    P("TMIN", "indium", "2931900032", "trimethylindium (TMIn) %s, in stainless steel bubbler", "三甲基铟|%s|MO源", "6N electronic grade", "1", "kg", 1, 3500, PF_IN, 1, 20, "CYL", W5, "IN", "3C004.b");
    P("DY_OXIDE", "dysprosium", "2846901993", "dysprosium oxide %s", "氧化镝|%s", "Dy2O3/TREO 99.5%;Dy2O3/TREO 99.9%", "1;1.06", "kg", 1, 260, PF_RE, 50, 2000, "DRUM", RE, "RE", "1C905.b");
    P("TB_OXIDE", "terbium", "2846901993", "terbium oxide %s", "氧化铽|%s", "Tb4O7/TREO 99.9%;Tb4O7/TREO 99.99%", "1;1.05", "kg", 1, 950, PF_RE, 20, 500, "DRUM", RE, "RE", "1C904.b");
    P("TB_METAL", "terbium", "2805301300", "terbium metal %s, argon-packed", "金属铽|%s|氩气保护", "99.9%;99.95%", "1;1.05", "kg", 1, 1250, PF_RE, 10, 200, "VACUUM", RE, "RE", "1C904.a");
    P("DY_METAL", "dysprosium", "2805301200", "dysprosium metal %s", "金属镝|%s", "99.5%;99.9%", "1;1.05", "kg", 1, 340, PF_RE, 20, 500, "VACUUM", RE, "RE", "1C905.a");
    P("GD_OXIDE", "gadolinium", "2846901930", "gadolinium oxide %s", "氧化钆|%s", "99.99%;99.999%", "1;1.3", "kg", 1, 30, PF_RE, 200, 5000, "DRUM", RE, "RE", "1C903.b");
    P("SC_OXIDE", "scandium", "2846901980", "scandium oxide %s", "氧化钪|%s", "99.99%;99.999%", "1;1.4", "kg", 1, 800, PF_FLAT, 5, 100, "BOTTLE", RE, "RE", "1C907.b");
    P("Y_METAL", "yttrium", "2805301700", "yttrium metal %s", "金属钇|%s", "99.9%;99.99%", "1;1.3", "kg", 1, 60, PF_Y, 50, 1000, "VACUUM", RE, "RE", "1C908.a");
    P("NDFEB_DY", "dysprosium", "8505111000", "sintered NdFeB magnets grade %s, NiCuNi coated", "烧结钕铁硼磁钢|牌号%s|镀镍铜镍", "N42SH (Dy 2.1%);N38UH (Dy 4.5%);N35EH (Dy 6%, Tb 0.8%);N45SH (Tb 0.6%, GBD);N40UH (Dy 3.8%)", "1;1.2;1.5;1.25;1.2", "kg", 1, 62, PF_RE, 200, 8000, "CARTON", RE, "RE", "1C905.a.4");
    P("SMCO", "samarium", "8505111000", "samarium-cobalt magnets Sm2Co17 %s", "钐钴磁钢|Sm2Co17|%s", "YXG-28;YXG-30H;YXG-32", "1;1.1;1.15", "kg", 1, 110, PF_FLAT, 20, 1000, "CARTON", RE, "RE", "1C902.a");
    P("CVD_WINDOW", "superhard", "7104911010", "CVD polycrystalline diamond optical window %s", "CVD金刚石光学窗口|%s", "dia 76.2 mm, T>70%;dia 100 mm, T>68%;curved dome dia 60 mm", "1;1.5;1.3", "pcs", 0.03, 300000, PF_FLAT, 0.06, 1.2, "WAFER", SB, "SH", "");
    P("CUBIC_PRESS", "superhard", "8479899956", "cubic hydraulic press (six-anvil) for diamond synthesis, cylinder bore %s", "六面顶压机|缸径%s|人造金刚石合成用", "560 mm;650 mm;750 mm", "1;1.2;1.45", "set", 60000, 4.2, PF_FLAT, 60000, 180000, "CRATE", SB, "SH", "");
    P("PRESS_ANVIL", "superhard", "8479909020", "tungsten carbide anvils for cubic press %s", "六面顶压机顶锤|%s", "type 560;type 650", "1;1.2", "kg", 1, 95, PF_W, 200, 3000, "CRATE", SB, "SH", "");
    // --- not controlled in the window (or below the thresholds), the bulk of trade
    P("AL_HYDROX", "aluminium", "2818300000", "aluminium hydroxide %s", "氢氧化铝|%s", "filler grade D50 8um;flame retardant grade", "1;1.3", "kg", 1, 0.42, PF_FLAT, 20000, 200000, "JUMBO", null, null, "");
    P("ALUMINA", "aluminium", "2818200000", "calcined alumina %s", "煅烧氧化铝|%s", "Al2O3 99.5%;low soda", "1;1.25", "kg", 1, 0.55, PF_FLAT, 20000, 120000, "JUMBO", null, null, "");
    P("AL_INGOT", "aluminium", "7601200000", "aluminium alloy ingot %s", "铝合金锭|%s", "ADC12;A356.2", "1;1.1", "kg", 1, 2.45, PF_FLAT, 20000, 100000, "INGOT", null, null, "");
    P("AL_SCRAP", "aluminium", "7602000090", "aluminium alloy scrap %s", "铝合金废料|%s", "taint/tabor;zorba;extrusion 6063", "1;1.05;1.2", "kg", 1, 1.55, PF_FLAT, 18000, 100000, "BULK", null, null, "");
    P("ZN_INGOT", "zinc", "7901110000", "zinc ingot %s", "锌锭|%s", "Zn 99.995%;Zn 99.99%", "1;0.99", "kg", 1, 2.9, PF_FLAT, 20000, 200000, "INGOT", null, null, "");
    P("ZN_RESIDUE", "zinc", "2620190000", "zinc leach residue %s", "锌浸出渣|%s", "Zn 18%, Ge < 50 ppm;Zn 22%, Pb 4%", "1;1.1", "kg", 1, 0.28, PF_FLAT, 50000, 300000, "BULK", null, null, "");
    P("SLAG", "misc", "2620999090", "non-ferrous smelter slag %s", "有色冶炼渣|%s", "Cu 1.2%, Fe 38%;lead-zinc slag", "1;0.9", "kg", 1, 0.12, PF_FLAT, 100000, 500000, "BULK", null, null, "");
    P("SPENT_CAT", "misc", "2620999090", "spent hydrotreating catalyst %s", "废加氢催化剂|%s", "Mo 8%, Ni 2%;Co-Mo, Mo 10%", "1;1.15", "kg", 1, 3.2, PF_MO, 10000, 60000, "DRUM", null, null, "");
    P("PB_INGOT", "lead", "7801100000", "refined lead ingot Pb 99.994%", "精铅锭|Pb99.994%", "std", "1", "kg", 1, 2.1, PF_FLAT, 25000, 150000, "INGOT", null, null, "");
    P("PBSB_ALLOY", "lead", "7801990000", "lead-antimony alloy %s", "铅锑合金|%s", "Sb 2.5%;Sb 4%;Sb 1.8%, Sn 0.2%", "1;1.06;1", "kg", 1, 2.55, PF_FLAT, 20000, 100000, "INGOT", null, null, "");
    P("SB2O3_STD", "antimony", "2825800090", "antimony trioxide %s, flame-retardant grade", "三氧化二锑|%s|阻燃级", "99.5%;99.8%", "0.95;1", "kg", 1, 34, PF_SB, 5000, 40000, "BAG25", null, null, "");
    P("NA_ANTIMONATE", "antimony", "2841900090", "sodium antimonate %s", "焦锑酸钠|%s", "Sb 48%;Sb 47%, glass grade", "1;0.97", "kg", 1, 19, PF_SB, 5000, 20000, "BAG25", null, null, "");
    P("W_CONC", "tungsten", "2611000000", "tungsten concentrate %s", "钨精矿|%s", "wolframite WO3 65%;scheelite WO3 60%", "1;0.92", "kg", 1, 22, PF_W, 10000, 60000, "BULK", null, null, "");
    P("FEW", "tungsten", "7202800000", "ferro-tungsten %s", "钨铁|%s", "W 80%;W 75%", "1;0.95", "kg", 1, 40, PF_W, 5000, 25000, "DRUM", null, null, "");
    P("W_SCRAP", "tungsten", "8101970000", "tungsten scrap %s", "钨废料|%s", "hard metal scrap, WC 85%;tungsten turnings", "1;0.9", "kg", 1, 24, PF_W, 2000, 20000, "DRUM", null, null, "");
    P("WC_INSERTS", "tungsten", "8209001000", "cemented carbide cutting inserts %s", "硬质合金刀片|%s", "CNMG120408;WNMG080408;milling inserts APMT", "1;1;1.1", "kg", 1, 180, PF_FLAT, 20, 800, "CARTON", null, null, "");
    P("W_WIRE", "tungsten", "8101960000", "tungsten wire %s", "钨丝|%s", "dia 0.03 mm;dia 0.1 mm", "1.3;1", "kg", 1, 140, PF_W, 10, 500, "BOX", null, null, "");
    P("W_RING", "tungsten", "7117190000", "tungsten carbide rings %s", "碳化钨戒指|%s", "8 mm comfort fit;6 mm brushed", "1;0.9", "pcs", 0.012, 600, PF_FLAT, 1, 40, "PARCEL", null, null, "");
    P("MO_OXIDE", "molybdenum", "2613100000", "roasted molybdenum concentrate %s", "焙烧钼精矿|%s", "Mo 57%;Mo 55%", "1;0.96", "kg", 1, 28, PF_MO, 10000, 40000, "DRUM", null, null, "");
    P("FEMO", "molybdenum", "7202700000", "ferro-molybdenum %s", "钼铁|%s", "Mo 60%;Mo 65%", "1;1.07", "kg", 1, 33, PF_MO, 5000, 25000, "DRUM", null, null, "");
    P("MO_WIRE", "molybdenum", "8102960000", "molybdenum wire %s", "钼丝|%s", "EDM wire 0.18 mm;dia 0.25 mm", "1;0.95", "kg", 1, 70, PF_MO, 50, 2000, "BOX", null, null, "");
    P("MO_POWDER_C", "molybdenum", "8102100090", "molybdenum powder for thermal spray, %s", "热喷涂钼粉|%s", "75-150 um;60-120 um", "1;1.02", "kg", 1, 52, PF_MO, 200, 3000, "DRUM", null, null, "");
    P("IN_INGOT", "indium", "8112923010", "indium ingot %s", "铟锭|%s", "In 99.995%;In 99.999%", "1;1.15", "kg", 1, 330, PF_IN, 50, 2000, "BOX", null, null, "");
    P("GE_LENS", "germanium", "9002199090", "germanium infrared lens %s, AR coated", "锗红外镜头|%s|镀增透膜", "dia 50 mm;dia 75 mm;dia 100 mm", "0.8;1;1.4", "pcs", 0.12, 3200, PF_GE, 1, 60, "CARTON", null, null, "");
    P("GE_BRACELET", "germanium", "7117190000", "titanium germanium health bracelet %s", "钛锗能量手链|%s", "magnetic;silicone band", "1;0.8", "pcs", 0.03, 260, PF_FLAT, 1, 30, "PARCEL", null, null, "");
    P("LED_CHIPS", "gallium", "8541410000", "LED chips %s", "LED芯片|%s", "AlGaInP red 10 mil;InGaN blue 45 mil", "1;1.2", "pcs", 0.00001, 900000, PF_FLAT, 0.05, 2, "WAFER", null, null, "");
    P("CEO2", "rare-earth", "2846101000", "cerium oxide polishing powder %s", "氧化铈抛光粉|%s", "CeO2 99.9%;TREO 90%, CeO2/TREO 65%", "1.4;1", "kg", 1, 2.6, PF_FLAT, 2000, 20000, "BAG25", null, null, "");
    P("LA2O3", "rare-earth", "2846901100", "lanthanum oxide %s", "氧化镧|%s", "99.99%;99.999%", "1;1.3", "kg", 1, 0.95, PF_FLAT, 2000, 20000, "BAG25", null, null, "");
    P("NDPR_OXIDE", "rare-earth", "2846901500", "praseodymium-neodymium oxide %s", "氧化镨钕|%s", "TREO 99%, Nd2O3 75%;TREO 99.5%", "1;1.03", "kg", 1, 62, PF_FLAT, 500, 10000, "DRUM", null, null, "");
    P("NDFEB_STD", "rare-earth", "8505111000", "sintered NdFeB magnets grade %s, Dy/Tb-free", "烧结钕铁硼磁钢|牌号%s|不含镝铽", "N35;N42;N48;N52", "0.85;0.95;1.05;1.12", "kg", 1, 44, PF_FLAT, 200, 10000, "CARTON", null, null, "");
    P("FERRITE", "iron", "8505119000", "hard ferrite magnets %s", "铁氧体永磁|%s", "Y30;Y35 arc segments", "1;1.2", "kg", 1, 1.9, PF_FLAT, 2000, 25000, "CARTON", null, null, "");
    P("SI_METAL", "silicon", "2804690000", "silicon metal %s", "工业硅|%s", "553;441;3303", "1;1.06;1.12", "kg", 1, 1.8, PF_FLAT, 25000, 100000, "JUMBO", null, null, "");
    P("MG_INGOT", "magnesium", "8104110000", "magnesium ingot Mg 99.9%", "镁锭|Mg99.9%", "std", "1", "kg", 1, 2.6, PF_FLAT, 20000, 100000, "INGOT", null, null, "");
    P("TI_SPONGE", "titanium", "8108202000", "titanium sponge %s", "海绵钛|%s", "grade 0A;grade 1", "1.08;1", "kg", 1, 7.2, PF_FLAT, 2000, 20000, "DRUM", null, null, "");
    P("SIC", "misc", "2849200000", "silicon carbide %s", "碳化硅|%s", "black F36;green F240", "1;1.8", "kg", 1, 1.2, PF_FLAT, 10000, 50000, "BAG25", null, null, "");
    P("GR_ELECTRODE", "graphite", "8545110000", "graphite electrodes %s", "石墨电极|%s", "UHP 600 mm with nipples;HP 450 mm", "1;0.8", "kg", 1, 3.2, PF_GR, 10000, 60000, "CRATE", null, null, "");
    P("GR_AMORPH", "graphite", "2504900000", "amorphous graphite powder %s", "微晶石墨粉|%s", "C 80%;C 85%, -200 mesh", "1;1.15", "kg", 1, 0.35, PF_GR, 20000, 100000, "JUMBO", null, null, "");
    P("GR_BLOCK_STD", "graphite", "3801909090", "molded graphite blocks %s", "模压石墨块|%s", "purity 99.5%, density 1.70 g/cm3;purity 99.8%, density 1.72 g/cm3, flexural 28 MPa", "1;1.2", "kg", 1, 4.2, PF_GR, 1000, 10000, "CRATE", null, null, "");
    P("DIAMOND_GRIT", "superhard", "7105102000", "synthetic diamond %s", "人造金刚石|%s", "saw grit 40/50 mesh;micron powder 10-20 um;micron powder 1-2 um", "1;0.8;1.1", "kg", 1, 450, PF_FLAT, 5, 200, "BOTTLE", null, null, "");
    P("DIAMOND_BLADE", "superhard", "8202399000", "diamond saw blades %s", "金刚石锯片|%s", "230 mm turbo;350 mm segmented", "1;1.1", "kg", 1, 24, PF_FLAT, 200, 5000, "CARTON", null, null, "");
    P("BI_OXIDE", "bismuth", "2825909090", "bismuth trioxide %s", "氧化铋|%s", "99.99%;99.9%", "1;0.95", "kg", 1, 11.5, PF_BI, 200, 5000, "DRUM", null, null, "");
    P("SAC_PASTE", "tin", "3810100000", "lead-free solder paste %s, Bi-free", "无铅锡膏|%s|不含铋", "SAC305 Type 4;SAC0307 Type 3", "1;0.7", "kg", 1, 48, PF_FLAT, 20, 800, "CARTON", null, null, "");
    P("TEC_MODULE", "tellurium", "8541490000", "thermoelectric cooling modules %s", "半导体制冷片|%s", "TEC1-12706;TEC1-12710", "1;1.2", "pcs", 0.025, 120, PF_FLAT, 2, 100, "CARTON", null, null, "");
    P("TEO2", "tellurium", "2811290000", "tellurium dioxide %s", "二氧化碲|%s", "99.99%", "1", "kg", 1, 75, PF_TE, 50, 1000, "DRUM", null, null, "");
    P("TIN_INGOT", "tin", "8001100000", "tin ingot Sn 99.9%", "锡锭|Sn99.9%", "std", "1", "kg", 1, 30, PF_FLAT, 5000, 25000, "INGOT", null, null, "");
    P("CU_CATHODE", "copper", "7403111000", "copper cathode Cu 99.99%", "阴极铜|Cu99.99%", "std", "1", "kg", 1, 9.4, PF_FLAT, 25000, 100000, "INGOT", null, null, "");
    P("MAG_TOY", "rare-earth", "9503008900", "magnetic building tiles %s", "磁力片玩具|%s", "60 pcs set;100 pcs set", "1;1.5", "set", 1.2, 9, PF_FLAT, 10, 500, "CARTON", null, null, "");
  }

  // ------------------------------------------------------------------ countries and foreign parties
  static final class Country {
    String code, name; double wOrd, wCtl; String[] forms, cities, roots, streets;
  }
  static final Map<String, Country> CTRY = new LinkedHashMap<>();

  static void C(String code, String name, double wOrd, double wCtl, String forms, String cities, String roots, String streets) {
    Country c = new Country();
    c.code = code; c.name = name; c.wOrd = wOrd; c.wCtl = wCtl;
    c.forms = forms.split(";"); c.cities = cities.split(";"); c.roots = roots.split(";"); c.streets = streets.split(";");
    CTRY.put(code, c);
  }

  static void countries() {
    C("JP", "Japan", 10, 16, "Co., Ltd.;K.K.;Corporation", "Tokyo;Osaka;Nagoya;Yokohama;Kitakyushu;Hitachi;Sendai", "Tokai;Sanwa;Kanto;Daiichi;Shinko;Kyowa;Taiyo;Hokuriku;Chuo;Yamato;Toyo;Nisshin;Kansai;Meiwa;Sankyo", "Nihonbashi %d-%d-%d;Shiba %d-%d-%d;Umeda %d-%d-%d;Meieki %d-%d-%d");
    C("KR", "Korea", 9, 12, "Co., Ltd.;Corp.;Inc.", "Seoul;Incheon;Ulsan;Gumi;Cheonan;Pyeongtaek", "Hanil;Daesung;Samhwa;Dongbang;Seyang;Sungjin;Woojin;Daehan;Kumsan;Haesung", "%d Teheran-ro;%d Gongdan-ro;%d Sandan-ro;%d Jungang-daero");
    C("TW", "Taiwan", 5, 5, "Co., Ltd.;Corp.;Inc.", "Hsinchu;Taoyuan;Kaohsiung;Tainan;Taichung", "Yuan Tai;Kuo Sheng;Tai Feng;Hsin Yu;Lien Fa;Chang Hong;Jin Cheng;Ta Yuan", "No. %d, Sec. %d, Zhongshan Rd.;No. %d, Gongye Rd. %d;No. %d, Keyuan Rd. Lane %d");
    C("DE", "Germany", 7, 10, "GmbH;AG;GmbH & Co. KG", "Hamburg;Düsseldorf;Frankfurt am Main;Stuttgart;Goslar;Hanau;Munich", "Rhein;Nordmetall;Hansa;Weser;Elbe;Kraemer;Vogel;Becker;Lindner;Schwarz", "Industriestraße %d;Hafenstraße %d;Am Zollhafen %d;Gutenbergstraße %d");
    C("NL", "Netherlands", 4, 5, "B.V.", "Rotterdam;Amsterdam;Eindhoven;Venlo", "Holland;Delta;Maas;Rijn;Van Dijk;De Vries;Zeeland", "Waalhaven %d;Keileweg %d;Europaweg %d");
    C("BE", "Belgium", 1.5, 3, "NV;SA;BV", "Antwerp;Olen;Ghent;Liège", "Scheldt;Antwerp;Flanders;Meuse;Brabant;Kempen", "Noorderlaan %d;Nijverheidsstraat %d;Rue de l'Industrie %d");
    C("FR", "France", 2, 2, "SAS;SA;SARL", "Lyon;Paris;Grenoble;Le Havre", "Loire;Rhône;Alpes;Normandie;Dupont;Martin", "%d rue de l'Industrie;%d avenue Jean Jaurès;%d boulevard du Port");
    C("IT", "Italy", 2, 1, "S.r.l.;S.p.A.", "Milan;Turin;Brescia;Bologna", "Lombarda;Padana;Tirrena;Rossi;Bianchi;Ferro", "Via dell'Industria %d;Via Roma %d;Viale Europa %d");
    C("GB", "United Kingdom", 2, 2, "Ltd;Limited", "Sheffield;Birmingham;London;Manchester", "Pennine;Thames;Midland;Albion;Severn;Sheaf", "%d Attercliffe Road;%d Park Lane;%d Wharf Street");
    C("PL", "Poland", 1, 1, "Sp. z o.o.", "Warsaw;Katowice;Łódź;Gdańsk", "Silesia;Polmet;Mazowsze;Baltic;Wisła", "ul. Przemysłowa %d;ul. Portowa %d;ul. Fabryczna %d");
    C("CZ", "Czech Republic", 0.6, 0.5, "s.r.o.;a.s.", "Prague;Ostrava;Brno", "Moravia;Bohemia;Ostrava;Vltava", "Průmyslová %d;Nádražní %d");
    C("ES", "Spain", 1, 0.5, "S.L.;S.A.", "Barcelona;Madrid;Bilbao;Valencia", "Iberica;Levante;Cantabria;Norte", "Calle Industria %d;Avenida del Puerto %d");
    C("SE", "Sweden", 0.6, 0.5, "AB", "Stockholm;Gothenburg;Sandviken", "Nordic;Svea;Bergslagen;Norrland", "Industrivägen %d;Hamngatan %d");
    C("US", "United States", 9, 3, "Inc.;LLC;Corp.", "Houston;Pittsburgh;Cleveland;Los Angeles;Chicago;Newark;Phoenix", "Midwest;Pacific;Atlantic;Great Lakes;Lone Star;Keystone;Granite;Liberty;Evergreen;Cascade;Allegheny", "%d Industrial Pkwy;%d Commerce Dr;%d Harbor Blvd;%d Enterprise Ave");
    C("CA", "Canada", 1, 0.5, "Inc.;Ltd.", "Toronto;Montreal;Vancouver;Windsor", "Maple;Laurentian;Prairie;Ontario;Fraser", "%d Industrial Rd;%d Rue Notre-Dame;%d Marine Way");
    C("MX", "Mexico", 1.5, 1, "S.A. de C.V.;S. de R.L. de C.V.", "Monterrey;Querétaro;Guadalajara;Mexico City;Saltillo", "Norteña;Azteca;Bajío;Regiomontana;Pacífico;Anáhuac", "Av. Industrial %d;Calle Acero %d;Parque Industrial %d");
    C("BR", "Brazil", 1.2, 0.5, "Ltda.;S.A.", "São Paulo;Belo Horizonte;Joinville", "Paulista;Minas;Atlântico;Sul", "Rua Industrial %d;Av. das Nações %d");
    C("IN", "India", 6, 3, "Pvt. Ltd.;Industries;LLP", "Mumbai;Pune;Chennai;Ahmedabad;Delhi;Bengaluru", "Shree;Bharat;Ganesh;Laxmi;Sai;Krishna;Vijay;Omkar", "Plot %d, MIDC;%d GIDC Estate;Plot %d, Phase %d, Industrial Area");
    C("VN", "Viet Nam", 6, 4, "Co., Ltd.;JSC;Company Limited", "Hai Phong;Bac Ninh;Hanoi;Ho Chi Minh City;Dong Nai;Lang Son;Lao Cai", "Viet Nhat;Tan Phat;Minh Long;Hoang Gia;Dai Phat;An Phu;Thanh Cong;Phu My", "Lot %d, Que Vo Industrial Park;Lot %d, VSIP;No. %d Tran Phu Street;Lot %d, Dinh Vu Industrial Zone");
    C("TH", "Thailand", 3, 2, "Co., Ltd.;Public Co., Ltd.", "Bangkok;Rayong;Chonburi;Ayutthaya", "Siam;Chao Phraya;Rayong;Eastern Seaboard;Thai Metal;Sukhumvit", "%d Moo %d, Amata City;%d Moo %d, Hemaraj;%d Rama IV Road");
    C("MY", "Malaysia", 3, 2, "Sdn. Bhd.", "Penang;Port Klang;Johor Bahru;Kulim", "Penang;Klang;Johor;Selangor;Malaya;Bayan", "Lot %d, Jalan Perusahaan %d;No. %d, Jalan Pelabuhan");
    C("SG", "Singapore", 2, 2, "Pte. Ltd.", "Singapore", "Jurong;Lion City;Merlion;Straits;Tuas;Temasek;Pioneer", "%d Tuas Avenue %d;%d Jurong Port Road;%d Pandan Loop");
    C("ID", "Indonesia", 2, 1, "PT", "Jakarta;Cikarang;Batam;Surabaya", "Nusantara;Jaya;Sinar;Cikarang;Bintang", "Jl. Industri %d;Kawasan Industri Blok %d");
    C("PH", "Philippines", 0.7, 0.3, "Inc.;Corp.", "Manila;Laguna;Cebu", "Luzon;Manila;Visayas;Mabuhay", "%d Calamba Premiere Park;%d Mactan Economic Zone");
    C("HK", "Hong Kong", 3, 1.5, "Limited;Co., Limited;(HK) Limited", "Kwun Tong;Tsim Sha Tsui;Kwai Chung;Sheung Wan;Wan Chai", "Wing Tai;Kam Fook;Lucky Star;Golden Bridge;Everbright;Fortune Sea;Sun Pacific;Grand Ocean", "Room %d, %d/F, Hoi Bun Road;Flat %d, %d/F, Kwai Cheong Road;Unit %d, %d/F, Des Voeux Road Central");
    C("AE", "United Arab Emirates", 1.5, 0.5, "FZE;FZCO;General Trading LLC", "Dubai;Sharjah;Jebel Ali", "Gulf;Emirates;Falcon;Al Noor;Oasis;Desert Rose;Al Safa", "Warehouse %d, Jebel Ali Free Zone;Office %d, Hamriyah Free Zone;Plot %d, Al Quoz Industrial %d");
    C("TR", "Türkiye", 1.5, 0.8, "A.Ş.;Ltd. Şti.", "Istanbul;Izmir;Bursa;Kocaeli", "Anadolu;Marmara;Ege;Bosphorus;Kaya;Yildiz", "Organize Sanayi Bölgesi %d. Cadde No. %d;Atatürk Cad. No. %d");
    C("SA", "Saudi Arabia", 0.6, 0.2, "Co.;Trading Est.", "Dammam;Jubail;Riyadh", "Najd;Hijaz;Al Khobar;Arabian Gulf", "Street %d, 2nd Industrial City;Jubail Industrial City, Plot %d");
    C("IL", "Israel", 0.5, 0.5, "Ltd.", "Haifa;Tel Aviv;Beersheba", "Negev;Carmel;Galil;Sharon", "%d HaMelacha Street;%d Ha'Atzmaut Road");
    C("RU", "Russia", 4, 3, "LLC;JSC", "Moscow;Yekaterinburg;Novosibirsk;Saint Petersburg;Chelyabinsk", "Uralmet;Sibtech;Volgaprom;Baltsnab;Promresurs;Tekhnosplav;Metallresurs;Sibsnab", "ul. Promyshlennaya %d;ul. Lenina %d, office %d;Kosmonavtov prospekt %d");
    C("KZ", "Kazakhstan", 2, 0.7, "LLP;TOO", "Almaty;Astana;Karaganda;Ust-Kamenogorsk;Aktobe", "Kaztrade;Altyn;Steppe;Saryarka;Irtysh;Zhetysu", "%d Raiymbek Ave;%d Abay Ave;%d Industrial zone");
    C("UZ", "Uzbekistan", 0.8, 0.2, "LLC;JV LLC", "Tashkent;Samarkand;Navoi;Chirchik", "Turon;Samarkand;Navoi;Chirchik;Zarafshan", "%d Amir Temur Street;%d Mustaqillik Avenue");
    C("KG", "Kyrgyzstan", 0.5, 0.1, "LLC", "Bishkek;Osh", "Tien Shan;Issyk-Kul;Ala-Too;Kyrgyz", "%d Chui Avenue;%d Jibek Jolu Street");
    C("MN", "Mongolia", 0.8, 0.1, "LLC", "Ulaanbaatar;Zamyn-Uud;Erdenet", "Gobi;Khangai;Altai;Tuul", "%d Peace Avenue;Khoroo %d, Bayangol District");
    C("LA", "Laos", 0.5, 0.1, "Sole Co., Ltd.;Co., Ltd.", "Vientiane;Boten;Luang Prabang", "Vientiane;Lao;Mekong;Champa", "Ban %d, Sikhottabong District;Boten Special Economic Zone Lot %d");
    C("MM", "Myanmar", 0.5, 0.1, "Co., Ltd.", "Yangon;Mandalay;Muse", "Golden Land;Shwe;Yadanar;Irrawaddy", "No. %d, Thilawa SEZ;No. %d, 105th Mile, Muse");
    C("AU", "Australia", 1, 0.5, "Pty Ltd", "Sydney;Melbourne;Perth;Brisbane", "Southern Cross;Pilbara;Coral;Murray", "%d Industrial Drive;%d Kewdale Road");
    C("ZA", "South Africa", 0.5, 0.2, "(Pty) Ltd", "Johannesburg;Durban;Pretoria", "Highveld;Cape;Gauteng;Karoo", "%d Main Reef Road;%d Old Durban Road");
  }

  static String fmtStreet(String t) {
    int n = 0; for (int i = t.indexOf("%d"); i >= 0; i = t.indexOf("%d", i + 1)) n++;
    Object[] a = new Object[n];
    for (int i = 0; i < n; i++) a[i] = i == 0 ? ri(1, 480) : ri(1, 30);
    return String.format(Locale.ROOT, t, a);
  }

  static String address(Country c, String city) {
    return fmtStreet(pick(c.streets)) + ", " + city + ", " + c.name;
  }

  static final String[] SECT_MFR = {"Materials", "Metals", "Alloys", "Electronics", "Magnetics", "Semiconductor", "Optics", "Ceramics", "Carbon", "Precision", "Chemicals", "Battery Materials", "Refractories", "Industries", "Technologies", "Photonics", "Motor", "Components"};
  static final String[] SECT_DIST = {"Trading", "Resources", "Metals Trading", "International", "Commodities", "Supply", "Materials Trading", "Metal Sales"};
  static final String[] SECT_FWD = {"Logistics", "Freight", "Forwarding", "Shipping", "Cargo", "Supply Chain", "Express"};
  static final String[] SECT_DE = {"Metallhandel", "Werkstoffe", "Metall", "Elektronik", "Chemie", "Magnettechnik"};

  static final class Party {
    String name, country, address, kind; // kind: MFR, DIST, FWD, RETAIL
    boolean listed; // on a restricted list (only the violation's variants)
    Party(String n, String c, String a, String k) { name = n; country = c; address = a; kind = k; }
  }

  static String partyName(Country c, String kind) {
    String root = pick(c.roots);
    String sect;
    if (kind.equals("FWD")) sect = pick(SECT_FWD);
    else if (kind.equals("DIST")) sect = pick(SECT_DIST);
    else if (c.code.equals("DE") && p(0.5)) sect = pick(SECT_DE);
    else sect = pick(SECT_MFR);
    String form = pick(c.forms);
    if (c.code.equals("ID")) return "PT " + root + " " + sect;
    if (c.code.equals("RU") && p(0.5)) return "OOO " + root;
    if (c.code.equals("KZ") && p(0.4)) return "TOO " + root + " " + sect;
    if (c.code.equals("TH") && p(0.4)) return root + " " + sect + " (Thailand) " + form;
    if (c.code.equals("VN") && p(0.35)) return root + " " + sect + " Vietnam " + form;
    if (c.code.equals("JP") && kind.equals("DIST") && p(0.5)) return root + " Shoji " + form;
    return root + " " + sect + " " + form;
  }

  static final Map<String, List<Party>> PARTIES = new HashMap<>();
  static final java.util.Set<String> USED_NAMES = new java.util.HashSet<>();

  static Party newParty(String country, String kind) {
    Country c = CTRY.get(country);
    String name;
    int guard = 0;
    do { name = partyName(c, kind); guard++; if (guard > 6) name = name.replace(" ", " " + pick(c.roots).split(" ")[0] + " "); } while (USED_NAMES.contains(name) && guard < 12);
    USED_NAMES.add(name);
    Party p = new Party(name, country, address(c, pick(c.cities)), kind);
    PARTIES.computeIfAbsent(country + "/" + kind, k -> new ArrayList<>()).add(p);
    return p;
  }

  /** An existing party of that country and kind (reuse keeps consignees repeating) or a new one. */
  static Party party(String country, String kind) {
    List<Party> l = PARTIES.get(country + "/" + kind);
    if (l != null && l.size() > 3 && p(0.85)) return pick(l);
    return newParty(country, kind);
  }

  static String pickCountry(boolean controlled) {
    double[] w = new double[CTRY.size()];
    int i = 0;
    for (Country c : CTRY.values()) w[i++] = controlled ? c.wCtl : c.wOrd;
    return new ArrayList<>(CTRY.keySet()).get(wpick(w));
  }

  // ------------------------------------------------------------------ Chinese side: regions, offices, exporters
  // admin code, pinyin, hanzi, coast group (E east, S south, N north, W west)
  static final String[][] REGIONS = {
    {"451200", "Guangxi Hechi", "广西河池", "S"}, {"450100", "Guangxi Nanning", "广西南宁", "S"}, {"451481", "Guangxi Pingxiang", "广西凭祥", "S"},
    {"431381", "Hunan Lengshuijiang", "湖南冷水江", "S"}, {"431000", "Hunan Chenzhou", "湖南郴州", "S"}, {"430100", "Hunan Changsha", "湖南长沙", "S"},
    {"360700", "Jiangxi Ganzhou", "江西赣州", "S"}, {"350200", "Xiamen", "厦门", "S"}, {"530900", "Yunnan Lincang", "云南临沧", "W"},
    {"530100", "Yunnan Kunming", "云南昆明", "W"}, {"533102", "Yunnan Ruili", "云南瑞丽", "W"}, {"532532", "Yunnan Hekou", "云南河口", "W"},
    {"150200", "Baotou", "包头", "N"}, {"152501", "Erenhot", "二连浩特", "N"}, {"230300", "Heilongjiang Jixi", "黑龙江鸡西", "N"},
    {"230400", "Heilongjiang Hegang", "黑龙江鹤岗", "N"}, {"370200", "Qingdao", "青岛", "N"}, {"370300", "Shandong Zibo", "山东淄博", "N"},
    {"140100", "Shanxi Taiyuan", "山西太原", "N"}, {"410300", "Henan Luoyang", "河南洛阳", "N"}, {"410100", "Zhengzhou", "郑州", "N"},
    {"610100", "Xi'an", "西安", "W"}, {"110108", "Beijing", "北京", "N"}, {"310115", "Shanghai", "上海", "E"},
    {"330200", "Ningbo", "宁波", "E"}, {"330782", "Yiwu", "义乌", "E"}, {"440300", "Shenzhen", "深圳", "S"},
    {"440100", "Guangzhou", "广州", "S"}, {"320500", "Suzhou", "苏州", "E"}, {"510100", "Chengdu", "成都", "W"},
    {"500000", "Chongqing", "重庆", "W"}, {"650100", "Urumqi", "乌鲁木齐", "W"}, {"654004", "Khorgos", "霍尔果斯", "W"},
    {"460100", "Hainan Haikou", "海南海口", "S"}, {"120116", "Tianjin", "天津", "N"}
  };
  static String[] region(String pinyin) {
    for (String[] r : REGIONS) if (r[1].equals(pinyin)) return r;
    throw new IllegalStateException(pinyin);
  }

  static final Map<String, String[]> SEA_OFF = Map.of(
    "E", new String[]{"2248", "2248", "2201", "3104"}, "S", new String[]{"5316", "5304", "5157", "3702", "7208"},
    "N", new String[]{"0202", "4218", "0902", "0202"}, "W", new String[]{"2248", "5316", "4218", "3104"});
  static final Map<String, String[]> AIR_OFF = Map.of(
    "E", new String[]{"2233"}, "S", new String[]{"5141", "5345", "4901"}, "N", new String[]{"0101", "4602"}, "W", new String[]{"7902", "8601", "2233"});
  static final Map<String, String[]> POST_OFF = Map.of(
    "E", new String[]{"2218", "2903"}, "S", new String[]{"5163", "5349"}, "N", new String[]{"0109"}, "W", new String[]{"7903", "5163"});
  static final Map<String, String[]> ROAD_OFF = Map.of(
    "VN", new String[]{"7205", "7211", "8602"}, "LA", new String[]{"8621"}, "MM", new String[]{"8605"}, "KZ", new String[]{"9403"},
    "KG", new String[]{"9407"}, "MN", new String[]{"0701"}, "RU", new String[]{"1903", "0602"}, "HK", new String[]{"5301", "5320"},
    "UZ", new String[]{"9407", "9403"});
  static final Map<String, String[]> RAIL_OFF = Map.of(
    "VN", new String[]{"7246", "8602"}, "LA", new String[]{"8621"}, "MN", new String[]{"0701"}, "RU", new String[]{"0602", "0701", "1903", "7901"},
    "CA", new String[]{"9402"});
  static final String[] RAIL_HUBS = {"9402", "9403", "7901", "8001", "9001", "4601", "4708", "2901", "4012"};
  static final java.util.Set<String> EU = java.util.Set.of("DE", "NL", "BE", "FR", "IT", "PL", "CZ", "ES", "SE");
  static final java.util.Set<String> LAND = java.util.Set.of("VN", "LA", "MM", "KZ", "KG", "MN", "RU", "UZ");

  static final String[] SYL_PY = {"Jin", "Xin", "Hua", "Tai", "Feng", "Rui", "Sheng", "Long", "Hong", "Yuan", "Heng", "Kang", "Bao", "Fu", "Hai", "Tian", "Ding", "Cheng", "Jia", "Yu", "Guang", "Ming", "Zhong", "Xiang", "Wei", "Yi", "Shun", "Chang", "Li", "Da", "Kai", "Hao", "Run", "Tong", "Xing"};
  static final String[] SYL_ZH = {"金", "鑫", "华", "泰", "丰", "瑞", "盛", "隆", "宏", "源", "恒", "康", "宝", "富", "海", "天", "鼎", "诚", "嘉", "裕", "广", "明", "中", "祥", "威", "益", "顺", "昌", "利", "达", "凯", "浩", "润", "通", "兴"};

  static final Map<String, String[]> IND = new HashMap<>();
  static {
    IND.put("GA", new String[]{"Gallium Industry", "镓业"}); IND.put("WAFER", new String[]{"Semiconductor Materials", "半导体材料"});
    IND.put("GE", new String[]{"Germanium Industry", "锗业"}); IND.put("GR", new String[]{"Graphite", "石墨"});
    IND.put("SB", new String[]{"Antimony Industry", "锑业"}); IND.put("W", new String[]{"Tungsten Industry", "钨业"});
    IND.put("BI", new String[]{"Nonferrous Metals", "有色金属"}); IND.put("TE", new String[]{"New Materials", "新材料"});
    IND.put("MO", new String[]{"Molybdenum Industry", "钼业"}); IND.put("IN", new String[]{"Rare Metals", "稀有金属"});
    IND.put("RE", new String[]{"Rare Earth", "稀土"}); IND.put("MAG", new String[]{"Magnetic Materials", "磁性材料"});
    IND.put("SH", new String[]{"Superhard Materials", "超硬材料"}); IND.put("BASE", new String[]{"Metallurgy", "冶金"});
    IND.put("TRADER", new String[]{"Import & Export", "进出口"}); IND.put("TRADER2", new String[]{"International Trade", "国际贸易"});
    IND.put("SCM", new String[]{"Supply Chain Management", "供应链管理"}); IND.put("FWD", new String[]{"International Logistics", "国际物流"});
    IND.put("ECOM", new String[]{"E-commerce", "电子商务"}); IND.put("PROC", new String[]{"Technology", "科技"});
    IND.put("HW", new String[]{"Hardware Products", "五金制品"});
  }

  static final Map<String, String[]> FAMILY = new HashMap<>();
  static {
    FAMILY.put("GA", new String[]{"GA_METAL", "GA_METAL", "AL_HYDROX", "ALUMINA"});
    FAMILY.put("WAFER", new String[]{"GAAS_WAFER", "INP_WAFER", "GAN_EPI", "LED_CHIPS"});
    FAMILY.put("GE", new String[]{"GE_INGOT", "GEO2", "GE_LENS", "ZN_INGOT", "ZN_RESIDUE"});
    FAMILY.put("GR", new String[]{"GR_SPHERICAL", "GR_FLAKE", "GR_AMORPH", "GR_ISO", "GR_BLOCK_STD", "GR_ELECTRODE"});
    FAMILY.put("SB", new String[]{"SB_INGOT", "SB2O3_HP", "SB2O3_STD", "SB2O3_STD", "NA_ANTIMONATE", "PBSB_ALLOY", "PB_INGOT", "SB_CONC"});
    FAMILY.put("W", new String[]{"W_APT", "W_OXIDE", "W_WC", "W_HEAVY", "FEW", "W_SCRAP", "WC_INSERTS", "W_WIRE", "W_CONC"});
    FAMILY.put("BI", new String[]{"BI_INGOT", "BI_ALLOY", "BI_OXIDE", "PB_INGOT", "TIN_INGOT"});
    FAMILY.put("TE", new String[]{"TE_METAL", "CDTE", "TEO2", "TEC_MODULE"});
    FAMILY.put("MO", new String[]{"MO_POWDER", "MO_OXIDE", "FEMO", "MO_WIRE", "MO_POWDER_C", "SPENT_CAT"});
    FAMILY.put("IN", new String[]{"IN_INGOT", "IN_INGOT", "TMIN", "ZN_INGOT"});
    FAMILY.put("RE", new String[]{"DY_OXIDE", "TB_OXIDE", "TB_METAL", "DY_METAL", "GD_OXIDE", "SC_OXIDE", "Y_METAL", "CEO2", "LA2O3", "NDPR_OXIDE"});
    FAMILY.put("MAG", new String[]{"NDFEB_DY", "NDFEB_STD", "NDFEB_STD", "SMCO", "FERRITE"});
    FAMILY.put("SH", new String[]{"CUBIC_PRESS", "PRESS_ANVIL", "CVD_WINDOW", "DIAMOND_GRIT", "DIAMOND_GRIT", "DIAMOND_BLADE"});
    FAMILY.put("BASE", new String[]{"AL_INGOT", "ZN_INGOT", "SI_METAL", "MG_INGOT", "TI_SPONGE", "SIC", "CU_CATHODE", "PB_INGOT", "AL_SCRAP", "SLAG"});
    FAMILY.put("ECOM", new String[]{"W_RING", "GE_BRACELET", "MAG_TOY", "NDFEB_STD", "DIAMOND_BLADE", "TEC_MODULE", "SAC_PASTE"});
    FAMILY.put("PROC", new String[]{"NDFEB_STD", "WC_INSERTS", "LED_CHIPS", "TEC_MODULE", "SAC_PASTE", "DIAMOND_BLADE", "FERRITE", "GE_LENS"});
  }
  static final Map<String, String[]> FAMILY_REGIONS = new HashMap<>();
  static {
    FAMILY_REGIONS.put("GA", new String[]{"Shanxi Taiyuan", "Shandong Zibo", "Guangxi Nanning", "Zhengzhou"});
    FAMILY_REGIONS.put("WAFER", new String[]{"Beijing", "Suzhou", "Shenzhen", "Chengdu"});
    FAMILY_REGIONS.put("GE", new String[]{"Yunnan Lincang", "Yunnan Kunming", "Guangzhou"});
    FAMILY_REGIONS.put("GR", new String[]{"Heilongjiang Jixi", "Heilongjiang Hegang", "Qingdao", "Shenzhen"});
    FAMILY_REGIONS.put("SB", new String[]{"Hunan Lengshuijiang", "Guangxi Hechi", "Hunan Changsha"});
    FAMILY_REGIONS.put("W", new String[]{"Jiangxi Ganzhou", "Hunan Chenzhou", "Xiamen", "Henan Luoyang"});
    FAMILY_REGIONS.put("BI", new String[]{"Hunan Chenzhou", "Jiangxi Ganzhou"});
    FAMILY_REGIONS.put("TE", new String[]{"Chengdu", "Guangzhou", "Hunan Changsha"});
    FAMILY_REGIONS.put("MO", new String[]{"Henan Luoyang", "Xi'an", "Tianjin"});
    FAMILY_REGIONS.put("IN", new String[]{"Guangxi Hechi", "Yunnan Kunming"});
    FAMILY_REGIONS.put("RE", new String[]{"Baotou", "Jiangxi Ganzhou", "Xiamen"});
    FAMILY_REGIONS.put("MAG", new String[]{"Ningbo", "Baotou", "Jiangxi Ganzhou", "Tianjin"});
    FAMILY_REGIONS.put("SH", new String[]{"Zhengzhou", "Henan Luoyang"});
    FAMILY_REGIONS.put("BASE", new String[]{"Tianjin", "Qingdao", "Shanghai", "Chongqing", "Xi'an", "Baotou"});
    FAMILY_REGIONS.put("ECOM", new String[]{"Shenzhen", "Yiwu", "Guangzhou"});
    FAMILY_REGIONS.put("PROC", new String[]{"Suzhou", "Shenzhen", "Ningbo", "Guangzhou"});
  }
  static final String[] TRADER_REGIONS = {"Shanghai", "Shanghai", "Shenzhen", "Guangzhou", "Tianjin", "Hunan Changsha", "Xiamen", "Yunnan Kunming", "Guangxi Nanning", "Beijing", "Ningbo", "Urumqi", "Chongqing", "Hainan Haikou", "Qingdao", "Chengdu", "Xi'an", "Khorgos", "Guangxi Pingxiang", "Yunnan Ruili", "Erenhot", "Yunnan Hekou"};

  static final class Exporter {
    String id, name, kind, family, group; String[] region; boolean zh;
    List<Product> prods = new ArrayList<>(); double weight; LocalDate from = START, to = END;
    List<Party> customers = new ArrayList<>();
    Party related; // own sales subsidiary abroad, if any
    double premium = 1;
    Map<String, String> off = new HashMap<>();
    int decls;
  }

  static final List<Exporter> EXPORTERS = new ArrayList<>();
  static final java.util.Set<String> EXP_NAMES = new java.util.HashSet<>();
  static double[] expCum;

  static Exporter newExporter(String kind, String family, String regionName, boolean newStyle) {
    Exporter e = new Exporter();
    e.kind = kind; e.family = family; e.region = region(regionName); e.group = e.region[3];
    e.id = uscc(e.region[0], newStyle);
    e.zh = p(0.6);
    String indKey = switch (kind) {
      case "PRODUCER" -> family;
      case "TRADER" -> p(0.3) ? "TRADER2" : p(0.3) ? "SCM" : "TRADER";
      case "FORWARDER" -> "FWD";
      case "ECOM" -> p(0.5) ? "ECOM" : "HW";
      case "PROCESSOR" -> "PROC";
      default -> p(0.5) ? "TRADER" : "SCM";
    };
    String[] ind = IND.get(indKey);
    String name;
    do {
      int a = R.nextInt(SYL_PY.length), b = R.nextInt(SYL_PY.length);
      String city = e.region[1].contains(" ") ? e.region[1].substring(e.region[1].indexOf(' ') + 1) : e.region[1];
      String cityZh = e.region[2].length() > 3 ? e.region[2].substring(2) : e.region[2];
      name = e.zh ? cityZh + SYL_ZH[a] + SYL_ZH[b] + ind[1] + (p(0.85) ? "有限公司" : "股份有限公司")
                  : city + " " + SYL_PY[a] + SYL_PY[b].toLowerCase(Locale.ROOT) + " " + ind[0] + (p(0.85) ? " Co., Ltd." : " Corp., Ltd.");
    } while (EXP_NAMES.contains(name));
    EXP_NAMES.add(name);
    e.name = name;
    e.weight = Math.exp(R.nextGaussian() * 0.9);
    e.premium = u(0.94, 1.06);
    e.off.put("SEA", pick(SEA_OFF.get(e.group)));
    e.off.put("AIR", pick(AIR_OFF.get(e.group)));
    e.off.put("POST", pick(POST_OFF.get(e.group)));
    EXPORTERS.add(e);
    return e;
  }

  static void addProducts(Exporter e, String family, int n) {
    String[] f = FAMILY.get(family);
    for (int i = 0; i < n; i++) {
      Product p = pr(f[i < f.length && i < 2 ? i : R.nextInt(f.length)]);
      if (!e.prods.contains(p)) e.prods.add(p);
    }
  }

  static void population(int n) {
    double scale = Math.max(0.25, n / 100000.0);
    String[] fams = {"GA", "WAFER", "GE", "GR", "SB", "W", "BI", "TE", "MO", "IN", "RE", "MAG", "SH", "BASE"};
    int[] producers = {8, 6, 8, 16, 14, 20, 6, 5, 10, 5, 14, 22, 10, 30};
    for (int i = 0; i < fams.length; i++) {
      int k = Math.max(2, (int) Math.round(producers[i] * Math.sqrt(scale)));
      for (int j = 0; j < k; j++) {
        Exporter e = newExporter("PRODUCER", fams[i], pick(FAMILY_REGIONS.get(fams[i])), p(0.35));
        addProducts(e, fams[i], ri(3, 6));
        if (!fams[i].equals("BASE") && p(0.4)) addProducts(e, "BASE", 1);
        e.weight *= 2.2;
        if (p(0.3)) { // own sales company abroad
          String c = pick(new String[]{"HK", "HK", "SG", "DE", "JP", "US", "NL", "KR"});
          Country cc = CTRY.get(c);
          String root = e.name.matches("^[A-Za-z].*") ? e.name.split(" ")[1] : SYL_PY[R.nextInt(SYL_PY.length)] + SYL_PY[R.nextInt(SYL_PY.length)].toLowerCase(Locale.ROOT);
          String nm = root + " " + IND.get(fams[i])[0].split(" ")[0] + " " + (c.equals("HK") ? "(HK) Limited" : c.equals("SG") ? "Pte. Ltd." : c.equals("DE") ? "Europe GmbH" : c.equals("JP") ? "Japan Co., Ltd." : c.equals("US") ? "America Inc." : c.equals("NL") ? "Europe B.V." : "Korea Co., Ltd.");
          e.related = new Party(nm, c, address(cc, pick(cc.cities)), "DIST");
        }
      }
    }
    int traders = (int) Math.round(700 * scale);
    for (int j = 0; j < traders; j++) {
      Exporter e = newExporter("TRADER", null, pick(TRADER_REGIONS), p(0.8));
      int nf = ri(1, 2);
      for (int k = 0; k < nf; k++) addProducts(e, fams[R.nextInt(fams.length)], ri(1, 3));
      if (p(0.6)) addProducts(e, "BASE", ri(1, 2));
      e.weight *= 0.6;
      if (p(0.2)) { e.from = randDate(START, END.minusDays(200)); }
      if (p(0.15)) { e.to = randDate(e.from.plusDays(150), END); }
    }
    int procs = (int) Math.round(160 * scale);
    for (int j = 0; j < procs; j++) {
      Exporter e = newExporter("PROCESSOR", "PROC", pick(FAMILY_REGIONS.get("PROC")), p(0.6));
      addProducts(e, "PROC", ri(1, 3));
      e.weight *= 0.8;
    }
    int fwd = (int) Math.round(45 * scale);
    for (int j = 0; j < fwd; j++) {
      Exporter e = newExporter("FORWARDER", null, pick(new String[]{"Shanghai", "Shenzhen", "Urumqi", "Chongqing", "Yiwu", "Guangzhou", "Tianjin", "Khorgos", "Guangxi Pingxiang", "Erenhot"}), p(0.7));
      addProducts(e, "BASE", 4); addProducts(e, "PROC", 3); addProducts(e, fams[R.nextInt(fams.length)], 2);
      e.prods.removeIf(q -> q.ctrlFrom != null);
      e.weight *= 2.5;
    }
    int ecom = (int) Math.round(70 * scale);
    for (int j = 0; j < ecom; j++) {
      Exporter e = newExporter("ECOM", "ECOM", pick(FAMILY_REGIONS.get("ECOM")), p(0.85));
      addProducts(e, "ECOM", ri(2, 5));
      e.weight *= 1.2;
    }
  }

  static void indexExporters() {
    expCum = new double[EXPORTERS.size()];
    double s = 0;
    for (int i = 0; i < EXPORTERS.size(); i++) { Exporter e = EXPORTERS.get(i); s += e.kind.equals("PHANTOM") || e.kind.equals("SEASONAL") ? 0 : e.weight; expCum[i] = s; }
  }

  static Exporter pickExporter(LocalDate d) {
    for (int t = 0; t < 100; t++) {
      double r = R.nextDouble() * expCum[expCum.length - 1];
      int i = Arrays.binarySearch(expCum, r);
      if (i < 0) i = -i - 1;
      if (i >= EXPORTERS.size()) i = EXPORTERS.size() - 1;
      Exporter e = EXPORTERS.get(i);
      if (!d.isBefore(e.from) && !d.isAfter(e.to) && e.weight > 0 && !e.kind.equals("PHANTOM") && !e.kind.equals("SEASONAL")) return e;
    }
    return EXPORTERS.get(0);
  }

  // ------------------------------------------------------------------ licences
  static final class LItem { int no; Product p; String hs, desc, unit; double qty, value, used; }
  static final class Licence {
    String no, type, status = "VALID"; LocalDate issued, from, until; Exporter ex;
    String cName, cCountry, euName, euCountry, endUse; List<String> dests = new ArrayList<>();
    List<LItem> items = new ArrayList<>();
    boolean reserved; // kept for one scenario, not drawn by ordinary trade
  }
  static final List<Licence> LICENCES = new ArrayList<>();
  static final Map<String, List<Licence>> LIC_BY_KEY = new HashMap<>();
  static final java.util.Set<String> LIC_NOS = new java.util.HashSet<>();

  static String licNo(LocalDate issued, String code) {
    String no;
    do { no = String.format(Locale.ROOT, "%02d%s%06d", issued.getYear() % 100, code, R.nextInt(1000000)); } while (LIC_NOS.contains(no));
    LIC_NOS.add(no);
    return no;
  }

  static final String[] END_USES = {"manufacture of semiconductor substrates", "production of infrared optics", "lithium-ion battery anode production",
    "flame retardant masterbatch", "cemented carbide production", "alloy additive for steelmaking", "electric motor manufacturing",
    "research and development", "production of sputtering targets", "optical fibre preform production", "catalyst production", "solar cell production",
    "thermal spray coating", "wind turbine generators", "automotive traction motors", "glass manufacturing"};

  static Licence newLicence(Exporter ex, Party cons, Party eu, Product p, LocalDate useDate, double qty, double value, boolean general) {
    Licence l = new Licence();
    l.ex = ex; l.type = general ? "GENERAL" : "SINGLE";
    LocalDate earliest = p.ctrlFrom != null ? p.ctrlFrom.plusDays(30) : START.minusDays(300);
    LocalDate issued = useDate.minusDays(general ? ri(10, 300) : ri(5, 70));
    if (issued.isBefore(earliest)) issued = earliest;
    if (issued.isAfter(useDate)) issued = useDate;
    l.issued = issued; l.from = issued.plusDays(p(0.7) ? 0 : ri(1, 5));
    if (l.from.isAfter(useDate)) l.from = useDate;
    l.until = general ? l.from.plusYears(p(0.5) ? 1 : p(0.5) ? 2 : 3).minusDays(1) : l.from.plusMonths(p(0.5) ? 6 : 12).minusDays(1);
    if (l.until.isBefore(useDate)) l.until = useDate.plusDays(ri(10, 90));
    l.no = licNo(issued, p.lic);
    l.cName = cons.name; l.cCountry = cons.country;
    l.euName = eu.name; l.euCountry = eu.country;
    l.endUse = pick(END_USES);
    l.dests.add(cons.country);
    if (!eu.country.equals(cons.country)) l.dests.add(eu.country);
    LItem it = new LItem();
    it.no = 1; it.p = p; it.hs = p.hs; it.desc = p.desc(0, false).replaceAll(" grade .*|, .*", ""); it.unit = p.unit.equals("kg") ? "KG" : p.unit.toUpperCase(Locale.ROOT);
    it.qty = round(qty, 3); it.value = Math.max(1, Math.round(value));
    l.items.add(it);
    LICENCES.add(l);
    LIC_BY_KEY.computeIfAbsent(ex.id + "|" + cons.name + "|" + p.key, k -> new ArrayList<>()).add(l);
    return l;
  }

  /** Draws qty (in the product's unit) on a fitting licence, creating one when none fits. */
  static Licence licenceFor(Exporter ex, Party cons, Party eu, Product p, LocalDate d, double qty, double value) {
    List<Licence> ls = LIC_BY_KEY.get(ex.id + "|" + cons.name + "|" + p.key);
    if (ls != null) for (Licence l : ls) {
      if (l.reserved || !l.status.equals("VALID") || d.isBefore(l.from) || d.isAfter(l.until)) continue;
      if (!l.euName.equals(eu.name)) continue;
      LItem it = l.items.get(0);
      if (l.type.equals("SINGLE") && it.used > 0) continue;
      if (it.used + qty > it.qty + 1e-9) continue;
      if (l.type.equals("GENERAL") && it.value < (it.used + qty) / it.qty * it.value - 1) continue;
      it.used += qty;
      return l;
    }
    boolean general = (ex.kind.equals("PRODUCER") && p(0.6)) || p(0.15);
    double q = general ? qty * u(3, 12) : qty;
    double v = general ? value * q / qty * u(1.0, 1.25) : value * u(1.0, 1.05);
    Licence l = newLicence(ex, cons, eu, p, d, q, v, general);
    l.items.get(0).used += qty;
    return l;
  }

  // ------------------------------------------------------------------ declarations
  static final class Line { String hs, desc, unit, lic = ""; double qty, net, value; Product p; }
  static final class Decl {
    LocalDate date; String office, mode, dest, transit = ""; Exporter ex; Party cons;
    String euName = "", euCountry = "", euAddr = "", endUse = "";
    int containers; double gross; String pack; List<Line> lines = new ArrayList<>();
    String outcome = "CLEAN", typology = "", kind = "base", level = ""; String id; long tie;
    double grossFactor = 1;
  }
  static final List<Decl> DECLS = new ArrayList<>();
  static final Map<String, Integer> KIND_COUNT = new TreeMap<>();

  static Decl decl(LocalDate d, Exporter ex, Party cons) {
    Decl x = new Decl();
    x.date = d; x.ex = ex; x.cons = cons; x.dest = cons.country; x.tie = R.nextLong();
    return x;
  }

  static double qtyUnits(Product p, double kg) {
    if (p.unit.equals("kg")) return round(kg, kg < 10 ? 3 : kg < 1000 ? 2 : 0);
    return Math.max(1, Math.round(kg / p.kgPerUnit));
  }

  /** Adds a goods line: kg of product p at unit price per kg (USD). */
  static Line line(Decl x, Product p, int g, double kg, double pricePerKg, String hs, String desc) {
    Line l = new Line();
    l.p = p;
    l.qty = qtyUnits(p, kg);
    l.unit = p.unit;
    l.net = p.unit.equals("kg") ? l.qty : round(l.qty * p.kgPerUnit * u(0.95, 1.05), 3);
    if (l.net <= 0) l.net = 0.001;
    l.value = round(l.net * pricePerKg, 2);
    if (l.value < 1) l.value = round(Math.max(1, l.value), 2);
    l.hs = hs != null ? hs : p.hs;
    l.desc = desc != null ? desc : p.desc(g, x.ex.zh && p(0.8));
    if (x.pack == null) x.pack = p.pack;
    x.lines.add(l);
    return l;
  }

  static double packFactor(String pack, double net) {
    switch (pack) {
      case "BOTTLE": return u(1.22, 1.45) + 2.0 / Math.max(net, 1);
      case "BOX": return u(1.07, 1.18);
      case "DRUM": return u(1.07, 1.13);
      case "BAG25": return u(1.02, 1.05);
      case "JUMBO": return u(1.004, 1.012);
      case "INGOT": return u(1.004, 1.02);
      case "BULK": return u(1.0005, 1.004);
      case "CRATE": return u(1.12, 1.32);
      case "WAFER": return u(5, 11) + 2.0 / Math.max(net, 0.05);
      case "VACUUM": return u(1.15, 1.32);
      case "CARTON": return u(1.1, 1.24);
      case "CYL": return u(4.0, 6.5);
      case "PARCEL": return u(1.3, 2.2) + 0.3 / Math.max(net, 0.05);
      default: return u(1.05, 1.2);
    }
  }

  static final String[] EU_RAIL_TRANSIT = {"KZ;RU;BY;PL", "KZ;RU;BY;PL", "MN;RU;BY;PL", "RU;BY;PL"};

  /** Chooses mode, office, transit, weights and containers; mode may be forced. */
  static void finish(Decl x, String forceMode) {
    double net = 0, val = 0;
    for (Line l : x.lines) { net += l.net; val += l.value; }
    double vpk = val / Math.max(net, 0.001);
    String mode = forceMode;
    if (mode == null) {
      String c = x.dest;
      boolean precious = vpk > 400 || net < 150;
      if (x.pack.equals("PARCEL")) mode = p(0.8) ? "POST" : "AIR";
      else if (precious) mode = net < 25 && p(0.25) ? "POST" : (LAND.contains(c) && p(0.25) ? "ROAD" : "AIR");
      else if (c.equals("VN")) mode = pick(new String[]{"ROAD", "ROAD", "SEA", "SEA", "RAIL"});
      else if (c.equals("LA")) mode = p(0.55) ? "RAIL" : "ROAD";
      else if (c.equals("MM")) mode = p(0.85) ? "ROAD" : "SEA";
      else if (c.equals("KZ")) mode = pick(new String[]{"RAIL", "RAIL", "ROAD", "ROAD", "RAIL"});
      else if (c.equals("KG")) mode = p(0.75) ? "ROAD" : "RAIL";
      else if (c.equals("UZ")) mode = p(0.8) ? "RAIL" : "ROAD";
      else if (c.equals("MN")) mode = p(0.5) ? "ROAD" : "RAIL";
      else if (c.equals("RU")) mode = pick(new String[]{"RAIL", "RAIL", "ROAD", "SEA", "SEA"});
      else if (c.equals("HK")) mode = pick(new String[]{"ROAD", "ROAD", "SEA", "AIR"});
      else if (EU.contains(c) || c.equals("TR")) mode = p(0.17) ? "RAIL" : p(0.05) ? "AIR" : "SEA";
      else mode = p(0.04) ? "AIR" : "SEA";
    }
    x.mode = mode;
    String t = "";
    switch (mode) {
      case "SEA": x.office = x.ex.off.get("SEA"); break;
      case "AIR": x.office = x.ex.off.get("AIR"); break;
      case "POST": x.office = x.ex.off.get("POST"); break;
      case "ROAD": {
        String[] o = ROAD_OFF.get(x.dest);
        x.office = o != null ? pick(o) : x.ex.off.get("SEA");
        if (o == null) { x.mode = "SEA"; }
        break;
      }
      default: { // RAIL
        String[] o = RAIL_OFF.get(x.dest);
        if (o != null && p(0.8)) x.office = pick(o);
        else x.office = x.ex.off.computeIfAbsent("RAIL", k -> pick(RAIL_HUBS));
        if (EU.contains(x.dest)) t = x.dest.equals("PL") ? "KZ;RU;BY" : pick(EU_RAIL_TRANSIT);
        else if (x.dest.equals("UZ") || x.dest.equals("KG")) t = "KZ";
        else if (x.dest.equals("TR")) t = "KZ;AZ;GE";
        else if (x.dest.equals("RU") && (x.office.equals("9402") || x.office.equals("9403") || x.office.equals("7901"))) t = "KZ";
        else if (!LAND.contains(x.dest) && !x.dest.equals("TR")) { x.mode = "SEA"; x.office = x.ex.off.get("SEA"); }
      }
    }
    if (x.mode.equals("SEA") && t.isEmpty()) {
      if ((EU.contains(x.dest) || x.dest.equals("TR")) && p(0.12)) t = p(0.5) ? "SG" : "LK";
      else if ((x.dest.equals("BR") || x.dest.equals("ZA")) && p(0.3)) t = "SG";
      else if (x.dest.equals("MX") && p(0.2)) t = "KR";
    }
    if (x.mode.equals("AIR") && t.isEmpty() && p(0.08)) t = pick(new String[]{"AE", "QA", "KR", "DE"}).equals(x.dest) ? "" : pick(new String[]{"AE", "QA", "KR"});
    if (t.contains(x.dest)) t = "";
    if (x.transit.isEmpty()) x.transit = t;
    double g = net * packFactor(x.pack, net) * x.grossFactor;
    if (net > 300 && !x.pack.equals("BULK") && !x.pack.equals("PARCEL")) g += Math.ceil(net / 1000.0) * u(15, 25); // pallets
    x.gross = round(Math.max(g, net + 0.05), net < 10 ? 2 : 1);
    if (x.mode.equals("SEA")) x.containers = net >= 8000 ? (int) Math.ceil(x.gross / u(21000, 26000)) : (net >= 3000 && p(0.35) ? 1 : 0);
    else if (x.mode.equals("RAIL")) x.containers = Math.max(1, (int) Math.ceil(x.gross / 24000));
    else if (x.mode.equals("ROAD")) x.containers = p(0.3) && net > 5000 ? 1 : 0;
    else x.containers = 0;
  }

  static void add(Decl x, String kind) {
    x.kind = kind;
    DECLS.add(x);
    x.ex.decls++;
    KIND_COUNT.merge(x.outcome.equals("VIOLATION") ? "violation:" + x.typology + (x.level.isEmpty() ? "" : "/" + x.level) : kind, 1, Integer::sum);
  }

  // ------------------------------------------------------------------ honest trade
  static final LocalDate US_DENIAL_FROM = LocalDate.of(2024, 12, 3), US_DENIAL_TO = LocalDate.of(2025, 11, 8);
  static final java.util.Set<String> US_DENIED = java.util.Set.of("gallium", "germanium", "antimony", "superhard");

  static boolean usDenied(Product p, String country, LocalDate d) {
    return country.equals("US") && p.controlledOn(d) && US_DENIED.contains(p.mineral) && !d.isBefore(US_DENIAL_FROM) && !d.isAfter(US_DENIAL_TO);
  }

  static boolean allowedHonest(Product p, String country, LocalDate d) {
    if (p.ctrlFrom != null && !d.isBefore(p.ctrlFrom) && d.isBefore(p.ctrlFrom.plusDays(45))) return false; // licensing not yet running
    if (usDenied(p, country, d)) return false;
    if (p.controlledOn(d) && country.equals("US") && US_DENIED.contains(p.mineral) && p(0.6)) return false; // few licences even after the suspension
    return true;
  }

  static String consKind(Product p) {
    if (p.controlledOn(END)) return p(0.72) ? "MFR" : "DIST";
    return p(0.5) ? "MFR" : p(0.85) ? "DIST" : "FWD";
  }

  static Party customer(Exporter ex, Product p, LocalDate d) {
    for (int t = 0; t < 6 && !ex.customers.isEmpty(); t++) {
      Party c = pick(ex.customers);
      if (p(0.85) && allowedHonest(p, c.country, d)) return c;
    }
    for (int t = 0; t < 10; t++) {
      String ctry = pickCountry(p.ctrlFrom != null);
      if (!allowedHonest(p, ctry, d)) continue;
      Party c = party(ctry, consKind(p));
      if (ex.customers.size() < 40) ex.customers.add(c);
      return c;
    }
    return null;
  }

  static Party endUserFor(Party cons) {
    if (cons.kind.equals("MFR") && p(0.85)) return cons;
    String c = p(0.7) ? cons.country : pickCountry(true);
    return party(c, "MFR");
  }

  static int grade(Product p) { return p.grades.length == 1 || p(0.55) ? 0 : R.nextInt(p.grades.length); }

  static double marketPrice(Exporter ex, Product p, LocalDate d, int g) {
    return p.priceOn(d, g) * ex.premium * u(0.96, 1.04);
  }

  /** An honest goods line, licensed when the goods are controlled that day. */
  static Line honestLine(Decl x, Product p, double scale) {
    int g = grade(p);
    double kg = logU(p.lotMin, p.lotMax) * scale;
    double price = marketPrice(x.ex, p, x.date, g);
    Line l = line(x, p, g, kg, price, null, null);
    if (p.controlledOn(x.date)) licenseLine(x, l);
    return l;
  }

  static void licenseLine(Decl x, Line l) {
    Party eu = x.euName.isEmpty() ? endUserFor(x.cons) : new Party(x.euName, x.euCountry, x.euAddr, "MFR");
    Licence lic = licenceFor(x.ex, x.cons, eu, l.p, x.date, l.qty, l.value);
    l.lic = lic.no;
    if (x.euName.isEmpty() && p(0.92)) { x.euName = eu.name; x.euCountry = eu.country; x.euAddr = p(0.5) ? eu.address : ""; }
    if (x.endUse.isEmpty() && p(0.85)) x.endUse = "CIVIL";
  }

  static void base(LocalDate d) {
    for (int t = 0; t < 30; t++) {
      Exporter ex = pickExporter(d);
      if (ex.kind.equals("ECOM")) { if (ecomParcel(d, ex, false)) return; else continue; }
      Product p = pick(ex.prods);
      Party cons = ex.kind.equals("FORWARDER") && p(0.5) ? party(pickCountry(false), "FWD") : customer(ex, p, d);
      if (cons == null || !allowedHonest(p, cons.country, d)) continue;
      Decl x = decl(d, ex, cons);
      honestLine(x, p, 1);
      int extra = ex.kind.equals("FORWARDER") ? ri(1, 5) : p(0.2) ? ri(1, 2) : 0;
      for (int k = 0; k < extra; k++) {
        Product q = pick(ex.prods);
        boolean dup = false; for (Line l : x.lines) if (l.p == q) dup = true;
        if (dup || !allowedHonest(q, cons.country, d)) continue;
        honestLine(x, q, ex.kind.equals("FORWARDER") ? 0.3 : 0.6);
      }
      if (!p(0.97) && x.euName.isEmpty()) { Party eu = endUserFor(cons); x.euName = eu.name; x.euCountry = eu.country; }
      finish(x, null);
      add(x, ex.kind.equals("FORWARDER") && x.lines.size() > 1 ? "lookalike:forwarder_consolidation" : "base");
      return;
    }
  }

  // --- person names for parcels
  static final String[] FIRST = {"John", "Maria", "David", "Anna", "Michael", "Laura", "Peter", "Sarah", "Thomas", "Elena", "James", "Sofia", "Daniel", "Olga", "Mark", "Julia", "Paul", "Nina", "Kevin", "Emma"};
  static final String[] LAST = {"Miller", "Schmidt", "Garcia", "Novak", "Smith", "Rossi", "Kowalski", "Johnson", "Müller", "Brown", "Petrov", "Martin", "Nguyen", "Tanaka", "Kim", "Silva", "Wilson", "Dubois", "Larsen", "Cohen"};

  static Party person(String country) {
    Country c = CTRY.get(country);
    return new Party(pick(FIRST) + " " + pick(LAST), country, address(c, pick(c.cities)), "RETAIL");
  }

  static final String[] PARCEL_COUNTRIES = {"US", "US", "US", "GB", "DE", "FR", "CA", "AU", "JP", "KR", "NL", "ES", "IT", "PL", "SE", "MX", "BR", "IL", "AE", "SG"};

  /** Honest e-commerce parcel (or, with licence, a licensed sample). */
  static boolean ecomParcel(LocalDate d, Exporter ex, boolean counted) {
    Product p = pick(ex.prods);
    if (p.controlledOn(d)) return false;
    String c = pick(PARCEL_COUNTRIES);
    Party cons = p(0.75) ? person(c) : party(c, "DIST");
    Decl x = decl(d, ex, cons);
    int g = grade(p);
    double kg = Math.min(logU(p.lotMin, p.lotMax), 30) * u(0.2, 1);
    line(x, p, g, Math.max(kg, 0.05), marketPrice(ex, p, d, g) * u(0.8, 1.1), null, null);
    x.pack = "PARCEL";
    finish(x, p(0.85) ? "POST" : "AIR");
    add(x, counted ? "lookalike:honest_parcel" : "base");
    return true;
  }

  // ------------------------------------------------------------------ honest look-alikes
  static Exporter producerOf(String family) {
    List<Exporter> l = new ArrayList<>();
    for (Exporter e : EXPORTERS) if (e.kind.equals("PRODUCER") && family.equals(e.family)) l.add(e);
    return l.isEmpty() ? EXPORTERS.get(0) : pick(l);
  }

  static Exporter exporterWith(Product p) {
    List<Exporter> l = new ArrayList<>();
    for (Exporter e : EXPORTERS) if (e.prods.contains(p) && !e.kind.equals("PHANTOM") && !e.kind.equals("SEASONAL")) l.add(e);
    if (l.isEmpty()) { Exporter e = producerOf(familyOf(p)); if (!e.prods.contains(p)) e.prods.add(p); return e; }
    return pick(l);
  }

  static String familyOf(Product p) {
    for (Map.Entry<String, String[]> f : FAMILY.entrySet()) for (String k : f.getValue()) if (k.equals(p.key) && !f.getKey().equals("BASE") && !f.getKey().equals("PROC") && !f.getKey().equals("ECOM")) return f.getKey();
    return "BASE";
  }

  /** L1: honest scrap, residue, concentrate and slag trade, some of it in sample lots by air. */
  static void lkScrap(LocalDate d) {
    String[] ks = {"ZN_RESIDUE", "SLAG", "SPENT_CAT", "AL_SCRAP", "W_SCRAP", "PBSB_ALLOY", "W_CONC", "MO_OXIDE", "CEO2", "AL_INGOT"};
    Product p = pr(pick(ks));
    Exporter ex = p(0.5) ? producerOf(pick(new String[]{"GE", "GA", "SB", "W", "RE", "BASE"})) : exporterWith(p);
    if (!ex.prods.contains(p)) ex.prods.add(p);
    Party cons = customer(ex, p, d); if (cons == null) return;
    Decl x = decl(d, ex, cons);
    boolean sample = p(0.2);
    int g = grade(p);
    double kg = sample ? u(5, 60) : logU(p.lotMin, p.lotMax);
    line(x, p, g, kg, marketPrice(ex, p, d, g) * (sample ? u(1.0, 3.0) : 1), null,
         sample ? p.desc(g, false) + ", sample for analysis" : null);
    finish(x, sample ? (p(0.6) ? "AIR" : "POST") : null);
    add(x, "lookalike:honest_scrap_residue");
  }

  /** L2: honest ordinary grades below the control thresholds, often to buyers of the controlled grade. */
  static void lkLowGrade(LocalDate d) {
    String[][] pairs = {{"SB2O3_STD", "SB2O3_HP"}, {"NDFEB_STD", "NDFEB_DY"}, {"MO_POWDER_C", "MO_POWDER"}, {"GR_BLOCK_STD", "GR_ISO"},
      {"SAC_PASTE", "BI_ALLOY"}, {"BI_OXIDE", "BI_INGOT"}, {"TEO2", "TE_METAL"}, {"IN_INGOT", "INP_WAFER"}, {"GR_AMORPH", "GR_FLAKE"}};
    String[] pair = pick(pairs);
    Product low = pr(pair[0]), high = pr(pair[1]);
    Exporter ex = p(0.6) ? exporterWith(high) : exporterWith(low);
    if (!ex.prods.contains(low)) ex.prods.add(low);
    Party cons = customer(ex, high, d); if (cons == null) return;
    Decl x = decl(d, ex, cons);
    int g = grade(low);
    boolean small = p(0.25);
    double kg = small ? logU(low.lotMin * 0.05 + 1, low.lotMin + 5) : logU(low.lotMin, low.lotMax);
    double disc = p(0.3) ? u(0.82, 0.95) : 1;
    line(x, low, g, kg, marketPrice(ex, low, d, g) * disc, null, null);
    finish(x, small && p(0.6) ? "AIR" : null);
    add(x, "lookalike:honest_low_grade");
  }

  /** L3: a licence drawn down to (not over) its limit by several shipments, the last close to expiry. */
  static void lkNearLimit() {
    Product p = pr(pick(new String[]{"GA_METAL", "GE_INGOT", "GEO2", "SB_INGOT", "W_APT", "NDFEB_DY", "DY_OXIDE", "TB_OXIDE", "GR_SPHERICAL", "BI_INGOT", "MO_POWDER", "TE_METAL"}));
    Exporter ex = exporterWith(p);
    LocalDate first = randDate(p.ctrlFrom.plusDays(60), END.minusDays(120));
    Party cons = customer(ex, p, first); if (cons == null) return;
    if (!allowedHonest(p, cons.country, first)) return;
    Party eu = endUserFor(cons);
    int k = ri(2, 6);
    double lot = logU(p.lotMin, p.lotMax);
    double q = qtyUnits(p, lot * k);
    Licence lic = newLicence(ex, cons, eu, p, first, q, q * p.priceOn(first, 0) * u(1.05, 1.3) / (p.unit.equals("kg") ? 1 : 1 / p.kgPerUnit), true);
    lic.reserved = true;
    if (lic.until.isAfter(END)) lic.until = min(lic.until, first.plusDays(ri(120, 400)));
    LocalDate d = first;
    double left = q;
    for (int i = 0; i < k && left > 0; i++) {
      double take = i == k - 1 ? left * (p(0.5) ? 1.0 : u(0.9, 1.0)) : Math.min(left, q / k * u(0.8, 1.1));
      if (i == k - 1 && p(0.5)) d = lic.until.minusDays(ri(0, 5));
      if (d.isAfter(lic.until) || d.isAfter(END)) break;
      Decl x = decl(workdayIn(d, lic.until), ex, cons);
      x.euName = eu.name; x.euCountry = eu.country; x.endUse = "CIVIL";
      double kg = p.unit.equals("kg") ? take : take * p.kgPerUnit;
      Line l = line(x, p, 0, kg, marketPrice(ex, p, x.date, 0), null, null);
      if (l.qty > left) { l.qty = p.unit.equals("kg") ? round(left, 3) : Math.floor(left); if (p.unit.equals("kg")) l.net = l.qty; }
      if (l.qty <= 0) break;
      left -= l.qty;
      lic.items.get(0).used += l.qty;
      l.lic = lic.no;
      finish(x, null);
      add(x, "lookalike:honest_licence_near_limit");
      d = d.plusDays(ri(20, 70));
    }
  }

  static LocalDate workdayIn(LocalDate d, LocalDate until) {
    LocalDate w = workday(d);
    return w.isAfter(until) ? d : w;
  }

  /** L4: honest sales to the producer's own subsidiary abroad, and honest long-term-contract discounts. */
  static void lkDiscount(LocalDate d) {
    Exporter ex = null;
    for (int t = 0; t < 20; t++) { Exporter e = pick(EXPORTERS); if (e.related != null) { ex = e; break; } }
    boolean related = ex != null && p(0.5);
    if (ex == null) ex = producerOf(pick(new String[]{"SB", "W", "GE", "GA", "RE", "MAG", "GR"}));
    Product p = pick(ex.prods);
    Party cons = related ? ex.related : customer(ex, p, d);
    if (cons == null || !allowedHonest(p, cons.country, d)) return;
    Decl x = decl(d, ex, cons);
    int g = grade(p);
    double kg = logU(p.lotMin, p.lotMax);
    double f = related ? u(0.93, 1.03) : u(0.75, 0.9);
    String desc = p.desc(g, ex.zh && p(0.8));
    if (!related && p(0.4)) desc += ex.zh ? "|长协价" : ", long-term contract price";
    Line l = line(x, p, g, kg, p.priceOn(d, g) * f, null, desc);
    if (p.controlledOn(d)) licenseLine(x, l);
    finish(x, null);
    add(x, related ? "lookalike:honest_related_party" : "lookalike:honest_contract_discount");
  }

  static final String[] FTZ_REGIONS = {"Hainan Haikou", "Shenzhen", "Shanghai", "Guangxi Pingxiang", "Yunnan Ruili", "Khorgos", "Erenhot", "Yunnan Hekou"};

  /** L5: honest short-lived exporters: new trading companies and seasonal sellers, a few weeks of trade. */
  static int lkShortLived() {
    Exporter ex = newExporter("SEASONAL", null, pick(FTZ_REGIONS), true);
    String[] goods = {"FERRITE", "NDFEB_STD", "DIAMOND_BLADE", "SI_METAL", "FEW", "FEMO", "MAG_TOY", "TIN_INGOT", "ZN_INGOT", "AL_INGOT", "W_SCRAP", "SIC", "IN_INGOT", "CEO2"};
    int np = ri(1, 3);
    for (int i = 0; i < np; i++) { Product q = pr(pick(goods)); if (!ex.prods.contains(q)) ex.prods.add(q); }
    ex.from = randDate(START, END.minusDays(60));
    ex.to = ex.from.plusDays(ri(14, 60));
    String c = pick(new String[]{"HK", "AE", "TH", "MY", "VN", "KZ", "RU", "MX", "TR", "US", "DE", "IN"});
    List<Party> cs = new ArrayList<>();
    int nc = ri(1, 3);
    for (int i = 0; i < nc; i++) cs.add(party(c, p(0.6) ? "DIST" : "MFR"));
    int n = ri(2, 8);
    for (int i = 0; i < n; i++) {
      LocalDate d = randDate(ex.from, ex.to);
      Product p = pick(ex.prods);
      Decl x = decl(d, ex, pick(cs));
      int g = grade(p);
      line(x, p, g, logU(p.lotMin, p.lotMax) * u(0.3, 1), marketPrice(ex, p, d, g), null, null);
      finish(x, p(0.15) ? "AIR" : null);
      add(x, "lookalike:honest_short_lived_exporter");
    }
    return n;
  }

  /** L6: honest overland trade by road and rail: neighbours, Central Asia, China-Europe rail. */
  static void lkOverland(LocalDate d) {
    String c = pick(new String[]{"VN", "VN", "VN", "LA", "MM", "KZ", "KZ", "KG", "UZ", "MN", "RU", "RU", "DE", "PL", "NL", "TR", "CZ", "IT"});
    boolean controlled = p(0.35) && !c.equals("LA") && !c.equals("MM") && !c.equals("KG");
    String[] ctl = {"NDFEB_DY", "GR_SPHERICAL", "GE_INGOT", "W_WC", "SB_INGOT", "GR_ISO", "BI_INGOT", "MO_POWDER"};
    String[] ord = {"GR_ELECTRODE", "FERRITE", "NDFEB_STD", "SI_METAL", "FEMO", "FEW", "ZN_INGOT", "AL_INGOT", "SIC", "WC_INSERTS", "DIAMOND_BLADE", "CEO2", "MG_INGOT", "TI_SPONGE", "AL_HYDROX"};
    Product p = pr(controlled ? pick(ctl) : pick(ord));
    if (!allowedHonest(p, c, d)) p = pr(pick(ord));
    Exporter ex = p(0.2) ? pick(EXPORTERS.stream().filter(e -> e.kind.equals("FORWARDER")).toList()) : exporterWith(p);
    if (!ex.prods.contains(p) && ex.kind.equals("FORWARDER") && p.ctrlFrom != null) { p = pr(pick(ord)); }
    Party cons = p(0.25) ? party(c, "FWD") : party(c, p.ctrlFrom != null ? "MFR" : (p(0.5) ? "MFR" : "DIST"));
    Decl x = decl(d, ex, cons);
    honestLine(x, p, 1);
    String mode = LAND.contains(c) ? (p(0.5) ? "ROAD" : "RAIL") : "RAIL";
    if (c.equals("MM")) mode = "ROAD";
    finish(x, mode);
    add(x, "lookalike:honest_overland");
  }

  /** L7: honest licensed re-export through a hub distributor, the foreign end user declared and licensed. */
  static void lkHubLicensed(LocalDate d) {
    String hub = pick(new String[]{"HK", "SG", "AE", "TR", "MX", "TH", "MY", "NL", "BE", "KR"});
    Product p = pr(pick(new String[]{"GA_METAL", "GE_INGOT", "GEO2", "SB_INGOT", "SB2O3_HP", "W_APT", "W_WC", "NDFEB_DY", "DY_OXIDE", "TB_METAL", "GR_SPHERICAL", "INP_WAFER", "TE_METAL"}));
    Exporter ex = exporterWith(p);
    Party cons = party(hub, "DIST");
    String euC = pick(new String[]{"JP", "KR", "DE", "IN", "VN", "TH", "MX", "TR", "IL", "IT", "FR", "GB", "US", "CA"});
    Party eu = party(euC, "MFR");
    if (!allowedHonest(p, euC, d) || !allowedHonest(p, hub, d) || !p.controlledOn(d)) { p = pr("W_CONC"); }
    Decl x = decl(d, ex, cons);
    x.euName = eu.name; x.euCountry = eu.country; x.euAddr = p(0.4) ? eu.address : "";
    Line l = honestLine(x, p, 0.7);
    if (!l.lic.isEmpty()) x.endUse = "CIVIL";
    if (p(0.3) && !euC.equals(hub)) x.transit = "";
    finish(x, null);
    add(x, "lookalike:honest_hub_reexport");
  }

  // listed party variants: {variant as written, listed-on date, country, city}
  static final String[][] LISTED = {
    {"Lockheed Martin Corp.", "2023-02-16", "US", "Bethesda, MD"}, {"LOCKHEED MARTIN CORPORATION", "2023-02-16", "US", "Bethesda, MD"},
    {"Lockhead Martin Corp", "2023-02-16", "US", "Grand Prairie, TX"}, {"LM Missiles and Fire Control", "2025-01-02", "US", "Grand Prairie, TX"},
    {"Lockheed Martin Missiles & Fire Control, Grand Prairie", "2025-01-02", "US", "Grand Prairie, TX"}, {"洛克希德马丁公司", "2023-02-16", "US", "Bethesda, MD"},
    {"Raytheon Missile and Defense", "2023-02-16", "US", "Tucson, AZ"}, {"RAYTHEON MISSILES AND DEFENCE", "2023-02-16", "US", "Tucson, AZ"},
    {"Raython Missiles & Defense", "2023-02-16", "US", "Tucson, AZ"}, {"Raytheon Missile Sys.", "2025-01-02", "US", "Tucson, AZ"},
    {"GD-OTS", "2025-01-02", "US", "St. Petersburg, FL"}, {"General Dynamics OTS Inc.", "2025-01-02", "US", "St. Petersburg, FL"},
    {"Gen. Dynamics Ordnance & Tactical Sys.", "2025-01-02", "US", "St. Petersburg, FL"}, {"General Dynamics Land Systems Inc.", "2024-05-20", "US", "Sterling Heights, MI"},
    {"GDLS (General Dynamics)", "2024-05-20", "US", "Sterling Heights, MI"}, {"Boeing Defence Space and Security", "2024-05-20", "US", "Arlington, VA"},
    {"Anduril Industries Inc.", "2025-01-02", "US", "Costa Mesa, CA"}, {"ANDURIL IND.", "2025-01-02", "US", "Costa Mesa, CA"},
    {"ShieldAI Inc", "2025-03-04", "US", "San Diego, CA"}, {"Skydio Inc", "2025-03-04", "US", "San Mateo, CA"},
    {"Teledyne FLIR", "2025-10-09", "US", "Wilsonville, OR"}, {"Teledyne Flir LLC", "2025-10-09", "US", "Wilsonville, OR"},
    {"Kratos UAS", "2025-04-04", "US", "Sacramento, CA"}, {"Kratos Unmanned Aerial Sys. Inc.", "2025-04-04", "US", "Sacramento, CA"},
    {"Sierra Nevada Corp.", "2025-04-04", "US", "Sparks, NV"}, {"SNC - Sierra Nevada", "2025-04-04", "US", "Sparks, NV"},
    {"Huntington Ingalls Ind.", "2025-03-04", "US", "Newport News, VA"}, {"NCSIST", "2025-07-09", "TW", "Longtan, Taoyuan"},
    {"Chung-Shan Institute of Science and Technology", "2025-07-09", "TW", "Longtan, Taoyuan"}, {"National Chung Shan Inst. of Sci. & Tech.", "2025-07-09", "TW", "Longtan, Taoyuan"},
    {"AIDC", "2025-07-09", "TW", "Taichung"}, {"Aerospace Industrial Development Corporation", "2025-07-09", "TW", "Taichung"},
    {"CSBC Corp.", "2025-07-09", "TW", "Kaohsiung"}, {"Cubic Corp.", "2025-04-04", "US", "San Diego, CA"},
    {"Elbit Systems of America", "2025-10-09", "US", "Fort Worth, TX"}, {"BAE Systems Inc", "2025-10-09", "US", "Falls Church, VA"},
    {"Insitu Inc", "2025-04-04", "US", "Bingen, WA"}, {"Aerovironment Inc.", "2025-03-04", "US", "Arlington, VA"},
    {"Teledyne Brown Eng.", "2025-03-04", "US", "Huntsville, AL"}, {"Echodyne Corp.", "2025-04-10", "US", "Kirkland, WA"},
    {"Saronic Tech Inc.", "2025-04-04", "US", "Austin, TX"}, {"Edge Autonomy", "2025-04-04", "US", "San Luis Obispo, CA"}
  };
  static final String[][] SIMILAR = {
    {"Lockwood Martin Metals Ltd", "GB", "Sheffield"}, {"Martin Lockhart Alloys Inc.", "US", "Cleveland"}, {"Raytech Materials GmbH", "DE", "Stuttgart"},
    {"Rayton Metals Co., Ltd.", "KR", "Incheon"}, {"General Dynamic Trading Pte. Ltd.", "SG", "Singapore"}, {"Dynamics General Materials Inc.", "US", "Houston"},
    {"Cubic Zirconia Supplies Ltd", "GB", "Birmingham"}, {"Cubic Materials K.K.", "JP", "Osaka"}, {"Sierra Metals Trading Inc.", "CA", "Toronto"},
    {"Nevada Sierra Alloys LLC", "US", "Phoenix"}, {"Shield Metals Sdn. Bhd.", "MY", "Penang"}, {"Skydome Optics Ltd", "GB", "London"},
    {"Edge Materials AB", "SE", "Sandviken"}, {"Anderill Tools GmbH", "DE", "Hamburg"}, {"Huntington Alloys Corporation", "US", "Huntington, WV"},
    {"Chung Shan Precision Co., Ltd.", "TW", "Taichung"}, {"Aerospace Materials Development Co., Ltd.", "TW", "Kaohsiung"}, {"CSB Chemicals Corp.", "TW", "Tainan"},
    {"Insight Technologies Co., Ltd.", "KR", "Gumi"}, {"Kratz Umformtechnik GmbH", "DE", "Düsseldorf"}, {"Elbe Systems GmbH", "DE", "Hamburg"},
    {"BAE Metal Trading Co., Ltd.", "KR", "Ulsan"}, {"Boeing Distribution Services Inc.", "US", "Miami"}, {"Saronic Materials Pvt. Ltd.", "IN", "Pune"}
  };

  /** L8: honest parties whose names resemble listed ones. */
  static void lkSimilarName(LocalDate d) {
    String[] s = pick(SIMILAR);
    Country c = CTRY.get(s[1]);
    Party cons = new Party(s[0], s[1], fmtStreet(pick(c.streets)) + ", " + s[2] + ", " + c.name, "MFR");
    Product p = pr(pick(new String[]{"W_WC", "NDFEB_STD", "GR_ELECTRODE", "WC_INSERTS", "TI_SPONGE", "W_APT", "NDFEB_DY", "GE_LENS", "GR_ISO", "MO_WIRE", "DIAMOND_GRIT"}));
    if (!allowedHonest(p, s[1], d)) p = pr("WC_INSERTS");
    Exporter ex = exporterWith(p);
    Decl x = decl(d, ex, cons);
    boolean asEndUser = p(0.4);
    if (asEndUser) { Party dist = party(s[1], "DIST"); x.cons = dist; x.dest = dist.country; x.euName = s[0]; x.euCountry = s[1]; }
    honestLine(x, p, 1);
    finish(x, null);
    add(x, "lookalike:honest_similar_name");
  }

  /** L9: honest licensed samples of controlled goods by courier (plus honest e-commerce parcels). */
  static void lkParcel(LocalDate d) {
    if (p(0.55)) {
      List<Exporter> ec = EXPORTERS.stream().filter(e -> e.kind.equals("ECOM")).toList();
      ecomParcel(d, pick(ec), true);
      return;
    }
    Product p = pr(pick(new String[]{"GA_METAL", "GE_INGOT", "TB_METAL", "NDFEB_DY", "INP_WAFER", "BI_INGOT", "TE_METAL", "MO_POWDER", "SC_OXIDE", "GAAS_WAFER"}));
    if (!p.controlledOn(d) || d.isBefore(p.ctrlFrom.plusDays(45))) { p = pr("IN_INGOT"); }
    Exporter ex = exporterWith(p);
    String c = pick(new String[]{"JP", "KR", "DE", "US", "GB", "FR", "NL", "IN", "TW", "SG"});
    if (!allowedHonest(p, c, d)) c = "JP";
    Party cons = party(c, "MFR");
    Decl x = decl(d, ex, cons);
    int g = grade(p);
    double kg = p.unit.equals("kg") ? u(0.1, 5) : p.kgPerUnit * ri(1, 10);
    Line l = line(x, p, g, kg, marketPrice(ex, p, d, g), null, p.desc(g, false) + ", sample");
    if (p.controlledOn(d)) licenseLine(x, l);
    x.pack = "PARCEL";
    finish(x, p(0.6) ? "POST" : "AIR");
    add(x, "lookalike:honest_licensed_sample");
  }

  static final String[][] NEGATION = {
    {"NDFEB_STD", "sintered NdFeB magnets %s, contains no dysprosium or terbium", "烧结钕铁硼|%s|无镝、铽"},
    {"ZN_RESIDUE", "zinc leach residue, germanium and gallium not recovered, Ge < 20 ppm", "锌浸出渣|不含锗镓|Ge<20ppm"},
    {"SAC_PASTE", "solder paste SAC305, bismuth-free", "锡膏|SAC305|不含铋"},
    {"MO_POWDER_C", "molybdenum powder, particle size 75-150 um (not below 50 um), thermal spray", "钼粉|粒度75-150um|非管制"},
    {"GR_ELECTRODE", "graphite electrodes UHP (artificial graphite, not natural flake), density 1.68", "石墨电极|非天然鳞片石墨"},
    {"PBSB_ALLOY", "lead-calcium alloy, antimony-free, battery grid", "铅钙合金|无锑"},
    {"AL_HYDROX", "aluminium hydroxide, no gallium content declared", "氢氧化铝|不含镓"},
    {"GR_BLOCK_STD", "graphite blocks purity 99.5%, density 1.70 g/cm3 (below controlled thresholds)", "石墨块|纯度99.5%|不属于管制物项"},
    {"SB2O3_STD", "antimony trioxide 99.5% (below 99.99%, not controlled)", "三氧化二锑|99.5%|不属于管制物项"}};

  /** L11: honest descriptions that name a controlled element while stating it is absent. */
  static void lkNegation(LocalDate d) {
    String[] n = pick(NEGATION);
    Product p = pr(n[0]);
    Exporter ex = exporterWith(p);
    Party cons = customer(ex, p, d); if (cons == null) return;
    Decl x = decl(d, ex, cons);
    int g = grade(p);
    String t = ex.zh && p(0.6) ? n[2] : n[1];
    line(x, p, g, logU(p.lotMin, p.lotMax), marketPrice(ex, p, d, g), null, t.replace("%s", p.grades[g]));
    finish(x, null);
    add(x, "lookalike:honest_negated_mention");
  }

  /** L12: producers of controlled metals shipping their ordinary products. */
  static void lkProducerOrdinary(LocalDate d) {
    String fam = pick(new String[]{"GA", "GE", "SB", "W", "RE", "MAG", "BI", "MO", "IN", "TE"});
    Exporter ex = producerOf(fam);
    List<Product> ord = new ArrayList<>();
    for (Product q : ex.prods) if (q.ctrlFrom == null) ord.add(q);
    if (ord.isEmpty()) { Product q = pr(pick(FAMILY.get("BASE"))); ex.prods.add(q); ord.add(q); }
    Product p = pick(ord);
    Party cons = customer(ex, p, d); if (cons == null) return;
    Decl x = decl(d, ex, cons);
    honestLine(x, p, 1);
    finish(x, null);
    add(x, "lookalike:honest_producer_ordinary");
  }

  // ------------------------------------------------------------------ violations
  static void viol(Decl x, String typ, String level) { x.outcome = "VIOLATION"; x.typology = typ; x.level = level; }

  static String level() { double r = R.nextDouble(); return r < 0.3 ? "easy" : r < 0.7 ? "medium" : "hard"; }

  /** Addresses reused by networks of front companies (different names, one address). */
  static final Map<String, List<String>> NET_ADDR = new HashMap<>();
  static String netAddress(String country) {
    List<String> l = NET_ADDR.computeIfAbsent(country, k -> new ArrayList<>());
    if (l.size() < 4 || p(0.2)) {
      Country c = CTRY.get(country);
      String[] borderCity = switch (country) {
        case "VN" -> new String[]{"Lang Son", "Lao Cai", "Mong Cai"};
        case "LA" -> new String[]{"Boten", "Vientiane"};
        case "MM" -> new String[]{"Muse", "Mandalay"};
        case "KZ" -> new String[]{"Almaty", "Khorgos ICBC zone", "Zharkent"};
        case "KG" -> new String[]{"Bishkek", "Osh"};
        case "MN" -> new String[]{"Zamyn-Uud", "Ulaanbaatar"};
        case "MX" -> new String[]{"Nuevo Laredo", "Tijuana", "Reynosa", "Monterrey"};
        case "CA" -> new String[]{"Windsor", "Vancouver"};
        default -> c.cities;
      };
      l.add(address(c, pick(borderCity)));
    }
    return pick(l);
  }

  static Party frontParty(String country, String kind) {
    Party p = detachedParty(country, kind);
    p.address = netAddress(country);
    return p;
  }

  /** A party kept out of the pools that ordinary trade draws its consignees from. */
  static Party detachedParty(String country, String kind) {
    Party p = newParty(country, kind);
    PARTIES.get(country + "/" + kind).remove(p);
    return p;
  }

  // T1 covers: true product -> {cover hs, cover description, cover product for its normal price}
  static final String[][] COVERS = {
    {"GA_METAL", "7602000090", "aluminium alloy scrap", "AL_SCRAP"}, {"GA_METAL", "7601200000", "aluminium alloy ingot", "AL_INGOT"},
    {"GA_METAL", "2620999090", "non-ferrous smelting residue", "SLAG"}, {"GE_INGOT", "2620190000", "zinc leach residue", "ZN_RESIDUE"},
    {"GE_INGOT", "2620999090", "metallurgical dust", "SLAG"}, {"GEO2", "2620190000", "zinc oxide fume residue", "ZN_RESIDUE"},
    {"SB_INGOT", "7801990000", "lead alloy ingot", "PBSB_ALLOY"}, {"SB_INGOT", "2620291000", "lead dross", "SLAG"},
    {"W_APT", "2611000000", "tungsten concentrate", "W_CONC"}, {"W_APT", "8101970000", "tungsten scrap", "W_SCRAP"},
    {"W_OXIDE", "2620999090", "tungsten-bearing slag", "SLAG"}, {"BI_INGOT", "8002000000", "tin alloy scrap", "TIN_INGOT"},
    {"BI_INGOT", "7801990000", "lead alloy ingot", "PBSB_ALLOY"}, {"DY_OXIDE", "2846101000", "cerium oxide polishing powder", "CEO2"},
    {"TB_OXIDE", "2846901100", "lanthanum oxide", "LA2O3"}, {"DY_OXIDE", "2846901100", "rare earth oxide (lanthanum)", "LA2O3"},
    {"TB_METAL", "8104300000", "magnesium alloy scrap", "MG_INGOT"}, {"DY_METAL", "7202999990", "ferroalloy lumps", "FEW"},
    {"MO_POWDER", "2613100000", "roasted molybdenum concentrate", "MO_OXIDE"}, {"MO_POWDER", "8102970000", "molybdenum scrap", "MO_OXIDE"},
    {"TE_METAL", "2620999090", "copper anode slime residue", "SLAG"}, {"SB2O3_HP", "3815190000", "catalyst for polyester production", "SPENT_CAT"},
    {"GEO2", "3815190000", "spent catalyst", "SPENT_CAT"}, {"GA_METAL", "8112999000", "metal alloy lumps", "TIN_INGOT"}};
  static final Map<String, String> ZH_COVER = Map.ofEntries(Map.entry("aluminium alloy scrap", "铝合金废料"), Map.entry("aluminium alloy ingot", "铝合金锭"),
    Map.entry("non-ferrous smelting residue", "有色冶炼渣"), Map.entry("zinc leach residue", "锌浸出渣"), Map.entry("metallurgical dust", "冶炼烟尘"),
    Map.entry("zinc oxide fume residue", "氧化锌烟尘"), Map.entry("lead alloy ingot", "铅合金锭"), Map.entry("lead dross", "铅浮渣"),
    Map.entry("tungsten concentrate", "钨精矿"), Map.entry("tungsten scrap", "钨废料"), Map.entry("tungsten-bearing slag", "含钨炉渣"),
    Map.entry("tin alloy scrap", "锡合金废料"), Map.entry("cerium oxide polishing powder", "氧化铈抛光粉"), Map.entry("lanthanum oxide", "氧化镧"),
    Map.entry("rare earth oxide (lanthanum)", "稀土氧化物(镧)"), Map.entry("magnesium alloy scrap", "镁合金废料"), Map.entry("ferroalloy lumps", "铁合金块"),
    Map.entry("roasted molybdenum concentrate", "焙烧钼精矿"), Map.entry("molybdenum scrap", "钼废料"), Map.entry("copper anode slime residue", "铜阳极泥渣"),
    Map.entry("catalyst for polyester production", "聚酯催化剂"), Map.entry("spent catalyst", "废催化剂"), Map.entry("metal alloy lumps", "金属合金块"));

  static final Map<String, String> ELEMENT = Map.ofEntries(Map.entry("GA_METAL", "Ga"), Map.entry("GE_INGOT", "Ge"), Map.entry("GEO2", "GeO2"),
    Map.entry("SB_INGOT", "Sb"), Map.entry("W_APT", "APT"), Map.entry("W_OXIDE", "WO3"), Map.entry("BI_INGOT", "Bi"), Map.entry("DY_OXIDE", "Dy2O3"),
    Map.entry("TB_OXIDE", "Tb4O7"), Map.entry("TB_METAL", "Tb"), Map.entry("DY_METAL", "Dy"), Map.entry("MO_POWDER", "Mo powder"),
    Map.entry("TE_METAL", "Te"), Map.entry("SB2O3_HP", "Sb2O3"));

  /** A date on which the true goods are controlled and honest licensing runs. */
  static LocalDate ctlDate(Product p) { return randDate(max(p.ctrlFrom, START).plusDays(ri(0, 30)), END); }

  /** T1: controlled goods declared as scrap, residue, slag, catalyst, concentrate or ordinary alloy. */
  static void vResidueCover() {
    String[] cv = pick(COVERS);
    Product tp = pr(cv[0]), cover = pr(cv[3]);
    String lv = level();
    LocalDate d = ctlDate(tp);
    Exporter ex = lv.equals("hard") || p(0.5) ? exporterWith(tp) : pick(EXPORTERS.stream().filter(e -> e.kind.equals("TRADER")).toList());
    Party cons;
    if (lv.equals("hard") && !ex.customers.isEmpty()) cons = pick(ex.customers);
    else cons = p(0.5) ? frontParty(pick(new String[]{"HK", "VN", "TH", "MY", "AE", "KR", "IN", "TR", "NL"}), "DIST") : party(pickCountry(true), "DIST");
    Decl x = decl(d, ex, cons);
    int g = grade(tp);
    double kg = logU(tp.lotMin, tp.lotMax) * (lv.equals("easy") ? 1 : u(0.3, 1));
    double truePx = tp.priceOn(d, g);
    double px; String desc;
    boolean zh = ex.zh && p(0.7);
    String coverTxt = zh ? ZH_COVER.getOrDefault(cv[2], cv[2]) : cv[2];
    switch (lv) {
      case "easy" -> { px = truePx * u(0.8, 1.0); desc = coverTxt + (zh ? "|含" : ", containing ") + ELEMENT.get(tp.key) + " " + tp.grades[g]; }
      case "medium" -> { px = truePx * u(0.2, 0.5); desc = coverTxt + (zh ? "|块状" : ", lumps"); }
      default -> { px = cover.priceOn(d, 0) * u(1.6, 3.5); desc = cover.desc(0, zh); }
    }
    line(x, tp, g, kg, px, cv[1], desc);
    x.lines.get(0).unit = "kg";
    x.pack = tp.pack;
    finish(x, lv.equals("hard") ? null : (p(0.6) ? "AIR" : null));
    viol(x, "MISDESCRIBED_AS_RESIDUE_OR_ALLOY", lv);
    add(x, "");
  }

  // T2: controlled grade declared as the ordinary grade. {true, declared product, easy desc, medium desc}
  static final String[][] GRADES = {
    {"SB2O3_HP", "SB2O3_STD", "antimony trioxide 99.8%, purity 99.995% per COA", "antimony trioxide 99.8%, catalyst grade, low Fe/As"},
    {"NDFEB_DY", "NDFEB_STD", "sintered NdFeB magnets N42SH, Dy-free", "sintered NdFeB magnets N38UH, no Dy/Tb"},
    {"NDFEB_DY", "FERRITE", "permanent magnets (NdFeB N45SH)", "permanent magnet segments for motors, Hcj >= 20 kOe"},
    {"GR_ISO", "GR_BLOCK_STD", "graphite blocks 99.5%, density 1.85 g/cm3, flexural 50 MPa", "molded graphite blocks, density 1.82 g/cm3"},
    {"MO_POWDER", "MO_POWDER_C", "molybdenum powder 75-150 um, FSSS 3.0 um", "molybdenum powder, D50 40 um, thermal spray"},
    {"BI_ALLOY", "SAC_PASTE", "lead-free solder alloy Sn42Bi58", "lead-free low-temperature solder bar, Sn-based"},
    {"W_HEAVY", "W_WIRE", "tungsten alloy rod W 90%, dia 125 mm", "tungsten alloy bar, W 95%, machined blanks"},
    {"TE_METAL", "TEO2", "tellurium dioxide (Te 99.99% ingot)", "tellurium compound, lumps"},
    {"GR_SPHERICAL", "GR_AMORPH", "amorphous graphite powder, spherical D50 17 um, 99.95% C", "graphite powder, carbon 99%, D50 15 um"},
    {"GE_INGOT", "GE_LENS", "germanium lens blanks (zone refined ingot 5N)", "germanium optical blanks, uncoated, dia 150 mm"}};

  static void vGradeMislabel() {
    String[] gm = pick(GRADES);
    Product tp = pr(gm[0]), dp = pr(gm[1]);
    String lv = level();
    LocalDate d = ctlDate(tp);
    Exporter ex = exporterWith(tp);
    Party cons = null;
    if (!lv.equals("easy")) for (Party c : ex.customers) if (allowedHonest(tp, c.country, d) && p(0.5)) { cons = c; break; }
    if (cons == null) cons = party(pickCountry(true), p(0.6) ? "MFR" : "DIST");
    Decl x = decl(d, ex, cons);
    int g = grade(tp);
    double kg = logU(tp.lotMin, tp.lotMax) * u(0.4, 1);
    double truePx = tp.priceOn(d, g), lowPx = dp.priceOn(d, 0);
    if (dp.unit.equals("pcs")) lowPx = dp.price * profile(dp.prof, d);
    double px = switch (lv) { case "easy" -> truePx * u(0.85, 1.0); case "medium" -> Math.max(lowPx * 1.1, truePx * u(0.6, 0.8)); default -> Math.min(truePx, lowPx * u(1.0, 1.15)); };
    String desc = switch (lv) { case "easy" -> gm[2]; case "medium" -> gm[3]; default -> dp.desc(0, ex.zh && p(0.6)); };
    Line l = line(x, tp, g, kg, px, dp.hs, desc);
    l.unit = "kg"; l.qty = l.net;
    x.pack = tp.pack;
    finish(x, lv.equals("hard") && p(0.5) ? "AIR" : null);
    viol(x, "GRADE_PURITY_MISLABEL", lv);
    add(x, "");
  }

  /** T3: a real licence used as cover: more, other or later goods, another consignee, a revoked licence. */
  static int vLicenceOverreach() {
    Product p = pr(pick(new String[]{"GA_METAL", "GE_INGOT", "GEO2", "SB_INGOT", "W_APT", "W_WC", "NDFEB_DY", "DY_OXIDE", "TB_OXIDE", "GR_SPHERICAL", "BI_INGOT", "MO_POWDER", "TE_METAL", "INP_WAFER", "SB2O3_HP"}));
    String lv = level();
    Exporter ex = exporterWith(p);
    LocalDate d0 = randDate(p.ctrlFrom.plusDays(60), END.minusDays(90));
    Party cons = customer(ex, p, d0); if (cons == null) return 0;
    Party eu = endUserFor(cons);
    double lot = logU(p.lotMin, p.lotMax);
    double unitsPerKg = p.unit.equals("kg") ? 1 : 1 / p.kgPerUnit;
    int variant = ri(0, 2);
    int n = 0;
    if (lv.equals("hard") && variant == 0) { // general licence overdrawn by the last of several shipments
      int k = ri(2, 5);
      double q = qtyUnits(p, lot * k);
      Licence lic = newLicence(ex, cons, eu, p, d0, q, q / unitsPerKg * p.priceOn(d0, 0) * 1.15, true);
      lic.reserved = true;
      LocalDate d = d0; double used = 0;
      for (int i = 0; i <= k; i++) {
        if (d.isAfter(min(lic.until, END))) break;
        Decl x = decl(workdayIn(d, lic.until), ex, cons);
        x.euName = eu.name; x.euCountry = eu.country; x.endUse = "CIVIL";
        boolean last = i == k || d.plusDays(90).isAfter(min(lic.until, END));
        double want = last ? (q - used) + q * u(0.05, 0.25) : Math.min(q / k * u(0.85, 1.0), q - used);
        if (want <= 0) break;
        Line l = line(x, p, 0, want / unitsPerKg, marketPrice(ex, p, x.date, 0), null, null);
        l.lic = lic.no; used += l.qty; lic.items.get(0).used = Math.min(used, q);
        finish(x, null);
        if (used > q + 1e-9) { viol(x, "LICENCE_USED_AS_COVER", lv); add(x, ""); n++; break; }
        add(x, "lookalike:honest_licence_drawdown");
        d = d.plusDays(ri(20, 60));
      }
      return n;
    }
    double q = qtyUnits(p, lot);
    Licence lic = newLicence(ex, cons, eu, p, d0, q, q / unitsPerKg * p.priceOn(d0, 0) * u(1.0, 1.1), false);
    lic.reserved = true;
    LocalDate d = randDate(lic.from, min(lic.until, END));
    Party shipTo = cons; double kg = q / unitsPerKg; Product shipP = p; String hs = null, desc = null;
    switch (lv) {
      case "easy" -> {
        if (variant == 0) kg *= u(1.6, 3.0);
        else { d = randDate(lic.until.plusDays(30), lic.until.plusDays(180)); if (d.isAfter(END) || !d.isAfter(lic.until)) { d = END; lic.until = END.minusDays(ri(30, 90)); } }
      }
      case "medium" -> {
        if (variant == 0) { shipTo = party(pickCountry(true), "DIST"); if (shipTo.name.equals(cons.name)) shipTo = newParty("AE", "DIST"); }
        else if (variant == 1) { lic.status = p(0.5) ? "REVOKED" : "SUSPENDED"; }
        else {
          String[][] swap = {{"GEO2", "GE_INGOT"}, {"GE_INGOT", "GEO2"}, {"W_APT", "W_HEAVY"}, {"W_WC", "W_HEAVY"}, {"SB_INGOT", "SB2O3_HP"}, {"DY_OXIDE", "DY_METAL"}, {"TB_OXIDE", "TB_METAL"}, {"GA_METAL", "GAN_EPI"}, {"GR_SPHERICAL", "GR_ISO"}, {"BI_INGOT", "BI_ALLOY"}, {"MO_POWDER", "W_HEAVY"}, {"TE_METAL", "CDTE"}, {"INP_WAFER", "GAAS_WAFER"}, {"SB2O3_HP", "SB_INGOT"}, {"NDFEB_DY", "SMCO"}};
          for (String[] s : swap) if (s[0].equals(p.key)) shipP = pr(s[1]);
          kg = Math.min(kg, logU(shipP.lotMin, shipP.lotMax));
        }
        kg *= variant == 2 ? 1 : u(0.8, 1.0);
      }
      default -> {
        if (variant == 1 && p.key.equals("DY_OXIDE")) shipP = pr("TB_OXIDE");
        else if (variant == 1 && p.key.equals("TB_OXIDE")) shipP = pr("DY_OXIDE");
        else if (variant == 1) { kg *= u(1.08, 1.25); }
        else { d = lic.until.plusDays(ri(1, 8)); if (d.isAfter(END)) { lic.until = END.minusDays(5); d = END.minusDays(ri(0, 3)); } }
      }
    }
    Decl x = decl(d, ex, shipTo);
    x.euName = eu.name; x.euCountry = eu.country; x.endUse = "CIVIL";
    Line l = line(x, shipP, 0, kg, marketPrice(ex, shipP, d, 0), hs, desc);
    l.lic = lic.no;
    finish(x, null);
    viol(x, "LICENCE_USED_AS_COVER", lv);
    add(x, "");
    return 1;
  }

  /** T4: under-invoicing: value shifted to a second invoice, often through a related company abroad. */
  static void vUndervaluation() {
    Product p = pr(pick(new String[]{"GA_METAL", "GE_INGOT", "GEO2", "SB_INGOT", "W_APT", "W_OXIDE", "NDFEB_DY", "DY_OXIDE", "TB_OXIDE", "TB_METAL", "BI_INGOT", "IN_INGOT", "W_CONC", "TE_METAL", "SB2O3_HP", "GR_SPHERICAL"}));
    String lv = level();
    LocalDate d = p.ctrlFrom != null ? randDate(p.ctrlFrom.plusDays(50), END) : anyDate();
    Exporter ex = exporterWith(p);
    Party cons;
    if (lv.equals("hard")) {
      if (ex.related == null) {
        String c = pick(new String[]{"HK", "SG", "AE"});
        Country cc = CTRY.get(c);
        String root = ex.name.matches("^[A-Za-z].*") ? ex.name.split(" ")[1] : SYL_PY[R.nextInt(SYL_PY.length)] + SYL_PY[R.nextInt(SYL_PY.length)].toLowerCase(Locale.ROOT);
        ex.related = new Party(root + " " + (c.equals("HK") ? "International (HK) Limited" : c.equals("SG") ? "Resources Pte. Ltd." : "Metals FZE"), c, address(cc, pick(cc.cities)), "DIST");
      }
      cons = ex.related;
    } else cons = lv.equals("medium") ? frontParty(pick(new String[]{"HK", "SG", "AE", "TR", "MY"}), "DIST") : customer(ex, p, d);
    if (cons == null || !allowedHonest(p, cons.country, d)) cons = party("KR", "DIST");
    Decl x = decl(d, ex, cons);
    int g = grade(p);
    double f = switch (lv) { case "easy" -> u(0.15, 0.35); case "medium" -> u(0.38, 0.6); default -> u(0.6, 0.74); };
    Line l = line(x, p, g, logU(p.lotMin, p.lotMax), p.priceOn(d, g) * f, null, null);
    if (p.controlledOn(d)) {
      Party eu = endUserFor(cons);
      Licence lic = newLicence(ex, cons, eu, p, d, l.qty, l.qty * p.priceOn(d, g) * (p.unit.equals("kg") ? 1 : p.kgPerUnit), false);
      lic.items.get(0).used = l.qty; lic.reserved = true;
      l.lic = lic.no; x.euName = eu.name; x.euCountry = eu.country; x.endUse = "CIVIL";
    }
    finish(x, null);
    viol(x, "UNDERVALUATION_SECOND_INVOICE", lv);
    add(x, "");
  }

  static final String[] PHANTOM_GOODS = {"GA_METAL", "GE_INGOT", "GEO2", "SB_INGOT", "W_APT", "DY_OXIDE", "TB_OXIDE", "TB_METAL", "BI_INGOT", "INP_WAFER", "SB2O3_HP", "NDFEB_DY"};
  static final String[] GENERIC_EN = {"metal alloy ingot", "industrial raw material", "non-ferrous metal lumps", "alloy granules", "mineral sample"};
  static final String[] GENERIC_ZH = {"金属合金锭", "工业原料", "有色金属块", "合金颗粒", "矿物样品"};

  /** A licence number that is not the shipper's: another firm's real licence, or a made-up one. */
  static String foreignLicence(Product p, LocalDate d) {
    if (p(0.5) && !LICENCES.isEmpty()) { Licence l = pick(LICENCES); return l.no; }
    String no; do { no = String.format(Locale.ROOT, "%02d%s%06d", d.getYear() % 100, p.lic, R.nextInt(1000000)); } while (LIC_NOS.contains(no));
    return no;
  }

  /** T5: phantom exporters: a new firm, a few weeks of shipments, then gone. */
  static int vPhantom() {
    String lv = level();
    Exporter ex = newExporter("PHANTOM", null, pick(FTZ_REGIONS), true);
    Product p = pr(pick(PHANTOM_GOODS));
    ex.from = randDate(p.ctrlFrom.plusDays(30), END.minusDays(40));
    ex.to = ex.from.plusDays(ri(12, 45));
    String c = pick(new String[]{"HK", "HK", "TH", "MY", "VN", "AE", "MX", "TR", "KR", "IN"});
    List<Party> cs = new ArrayList<>();
    int nc = ri(1, 3);
    for (int i = 0; i < nc; i++) cs.add(frontParty(c, "DIST"));
    int n = ri(3, 8);
    for (int i = 0; i < n; i++) {
      LocalDate d = randDate(ex.from, ex.to);
      Decl x = decl(d, ex, pick(cs));
      int g = grade(p);
      double kg = logU(p.lotMin, p.lotMax) * u(0.2, 0.8);
      Line l;
      switch (lv) {
        case "easy" -> { l = line(x, p, g, kg, p.priceOn(d, g) * u(0.6, 1.0), null, null); if (p(0.6)) l.lic = foreignLicence(p, d); }
        case "medium" -> { l = line(x, p, g, kg, p.priceOn(d, g) * u(0.4, 0.9), pick(new String[]{"8112999000", "7601200000", "2620999090", "8111009000", "7106919000"}).replace("8112999000", "8113001000"), ex.zh ? pick(GENERIC_ZH) : pick(GENERIC_EN)); if (p(0.4)) l.lic = foreignLicence(p, d); }
        default -> {
          String[] cv = null; for (int t = 0; t < 40 && cv == null; t++) { String[] k = pick(COVERS); if (k[0].equals(p.key)) cv = k; }
          Product cover = cv != null ? pr(cv[3]) : pr("ZN_INGOT");
          l = line(x, p, g, kg, cover.priceOn(d, 0) * u(1.2, 2.5), cover.hs, cover.desc(0, ex.zh));
        }
      }
      l.unit = "kg"; if (!p.unit.equals("kg")) l.qty = l.net;
      x.pack = p.pack;
      finish(x, p(0.6) ? "AIR" : null);
      viol(x, "PHANTOM_EXPORTER", lv);
      add(x, "");
    }
    return n;
  }

  /** T6: goods moved by road or rail to a neighbour and on from there. */
  static void vOverland() {
    String lv = level();
    String c = pick(new String[]{"VN", "VN", "VN", "LA", "LA", "MM", "KG", "KZ", "MN"});
    Product p = pr(pick(new String[]{"GA_METAL", "GE_INGOT", "SB_INGOT", "SB_INGOT", "W_APT", "DY_OXIDE", "TB_OXIDE", "NDFEB_DY", "BI_INGOT", "INP_WAFER", "GEO2", "TB_METAL"}));
    LocalDate d = ctlDate(p);
    Exporter ex = p(0.6) ? exporterWith(p) : pick(EXPORTERS.stream().filter(e -> e.kind.equals("TRADER") && (e.region[1].contains("Pingxiang") || e.region[1].contains("Ruili") || e.region[1].contains("Hekou") || e.region[1].contains("Nanning") || e.region[1].contains("Kunming") || e.region[1].contains("Khorgos") || e.region[1].contains("Erenhot") || e.region[1].contains("Urumqi"))).toList());
    Party cons = frontParty(c, lv.equals("hard") ? "MFR" : p(0.5) ? "FWD" : "DIST");
    Decl x = decl(d, ex, cons);
    int g = grade(p);
    Line l = line(x, p, g, logU(p.lotMin, p.lotMax) * u(0.3, 1), marketPrice(ex, p, d, g), null, null);
    switch (lv) {
      case "easy" -> { if (p(0.5)) { x.euName = party(pick(new String[]{"US", "TH", "KR", "IN", "TW"}), "MFR").name; x.euCountry = "US"; } }
      case "medium" -> {
        Licence other = null;
        for (int t = 0; t < 30; t++) { Licence k = pick(LICENCES); if (k.ex == ex) { other = k; break; } }
        l.lic = other != null ? other.no : foreignLicence(p, d);
        if (other != null) { x.euName = other.euName; x.euCountry = other.euCountry; }
      }
      default -> {
        Licence lic = newLicence(ex, cons, cons, p, d, l.qty, l.value * 1.05, false);
        lic.items.get(0).used = l.qty; lic.reserved = true;
        lic.endUse = pick(new String[]{"electric motor manufacturing", "alloy additive for steelmaking", "production of sputtering targets", "research and development"});
        l.lic = lic.no; x.euName = cons.name; x.euCountry = c; x.endUse = "CIVIL";
      }
    }
    finish(x, c.equals("MM") || c.equals("KG") || p(0.6) ? "ROAD" : "RAIL");
    viol(x, "OVERLAND_NEIGHBOUR_DIVERSION", lv);
    add(x, "");
  }

  static final List<Party> HUB_FRONTS = new ArrayList<>();

  /** T7: routing through a trade hub (carousel / round trip) towards a denied destination or user. */
  static int vHub() {
    String lv = level();
    String hub = pick(new String[]{"MX", "MX", "TH", "MY", "AE", "TR", "HK", "CA", "SG"});
    Product p = pr(pick(new String[]{"GA_METAL", "GE_INGOT", "GEO2", "SB_INGOT", "SB2O3_HP", "GAN_EPI", "CVD_WINDOW", "W_APT", "TB_METAL", "NDFEB_DY"}));
    LocalDate d = US_DENIED.contains(p.mineral) ? randDate(max(US_DENIAL_FROM, p.ctrlFrom.plusDays(30)), US_DENIAL_TO.plusDays(200)) : ctlDate(p);
    Exporter ex = exporterWith(p);
    Party cons = frontParty(hub, "DIST");
    HUB_FRONTS.add(cons);
    int n = 0;
    int reps = lv.equals("hard") ? 2 : 1;
    double kg = logU(p.lotMin, p.lotMax) * u(0.3, 0.9);
    for (int r = 0; r < reps; r++) {
      Party cc = r == 0 ? cons : detachedParty(hub.equals("MX") ? "MX" : pick(new String[]{"MY", "TH", "AE", "HK"}), "DIST");
      if (r > 0) cc.address = cons.address.replace(CTRY.get(cons.country).name, CTRY.get(cc.country).name);
      if (r > 0) { cc.country = cons.country; }
      Decl x = decl(r == 0 ? d : randDate(d.plusDays(10), d.plusDays(40)), ex, cc);
      int g = grade(p);
      Line l = line(x, p, g, kg, marketPrice(ex, p, x.date, g), null, null);
      if (!p.unit.equals("kg")) { l.qty = qtyUnits(p, kg); }
      switch (lv) {
        case "easy" -> { Party us = party("US", "MFR"); x.euName = us.name; x.euCountry = "US"; if (p(0.4)) x.transit = "US"; }
        case "medium" -> {
          Licence lic = newLicence(ex, cc, cc, p, x.date, l.qty, l.value * 1.05, false);
          lic.items.get(0).used = l.qty; lic.reserved = true; l.lic = lic.no;
          Party us = party(p(0.7) ? "US" : pick(new String[]{"TW", "IL"}), "MFR");
          x.euName = us.name; x.euCountry = us.country; x.endUse = p(0.5) ? "CIVIL" : "";
        }
        default -> {
          Licence lic = newLicence(ex, cc, cc, p, x.date, l.qty, l.value * 1.05, false);
          lic.items.get(0).used = l.qty; lic.reserved = true; l.lic = lic.no;
          x.euName = cc.name; x.euCountry = cc.country; x.endUse = "CIVIL";
        }
      }
      finish(x, null);
      viol(x, "HUB_ROUND_TRIP_TRANSSHIPMENT", lv);
      add(x, "");
      n++;
    }
    return n;
  }

  static final Map<String, Party> LISTED_DISTRIBUTORS = new HashMap<>();

  /** T8: restricted end users (control list / unreliable entity list) reached through distributors. */
  static void vRestricted() {
    String lv = level();
    String[] ent = pick(LISTED);
    boolean jpMilitary = p(0.12);
    Product p = pr(pick(new String[]{"GE_INGOT", "GA_METAL", "GAN_EPI", "W_HEAVY", "NDFEB_DY", "SMCO", "INP_WAFER", "CVD_WINDOW", "CDTE", "MO_POWDER", "TB_METAL", "SB_INGOT", "GEO2"}));
    LocalDate from = max(LocalDate.parse(ent[1]), p.ctrlFrom.plusDays(45));
    if (jpMilitary) from = max(LocalDate.of(2026, 1, 6), from);
    if (from.isAfter(END.minusDays(10))) from = END.minusDays(60);
    LocalDate d = randDate(from, END);
    String distC = jpMilitary ? "JP" : ent[2].equals("TW") ? pick(new String[]{"TW", "SG", "JP"}) : pick(new String[]{"DE", "GB", "JP", "SG", "KR", "CA", "NL", "IL"});
    Party dist = LISTED_DISTRIBUTORS.computeIfAbsent(ent[0] + distC, k -> newParty(distC, "DIST"));
    Exporter ex = exporterWith(p);
    Decl x = decl(d, ex, dist);
    int g = grade(p);
    Line l = line(x, p, g, logU(p.lotMin, p.lotMax) * u(0.2, 0.7), marketPrice(ex, p, d, g), null, null);
    Licence lic = newLicence(ex, dist, dist, p, d, l.qty, l.value * 1.05, false);
    lic.items.get(0).used = l.qty; lic.reserved = true;
    l.lic = lic.no;
    if (jpMilitary) {
      Party jp = party("JP", "MFR");
      x.euName = lv.equals("hard") ? dist.name : jp.name; x.euCountry = "JP";
      x.endUse = lv.equals("hard") ? "" : "MILITARY";
      if (lv.equals("hard")) x.cons = jp;
      if (lv.equals("hard")) x.cons = new Party(jp.name, "JP", jp.address + " (Defense Systems Division)", "MFR");
    } else switch (lv) {
      case "easy" -> { x.euName = ent[0]; x.euCountry = ent[2]; x.endUse = p(0.3) ? "MILITARY" : ""; }
      case "medium" -> { x.euName = ent[0] + (p(0.5) ? " c/o " + dist.name : ""); x.euCountry = ent[2]; x.endUse = p(0.5) ? "CIVIL" : ""; }
      default -> {
        x.euName = ""; x.euCountry = "";
        Country c = CTRY.get(distC);
        x.cons = new Party(dist.name, dist.country, fmtStreet(pick(c.streets)) + ", " + pick(c.cities) + ", " + c.name + ", for account of " + ent[0].replace("Corporation", "Corp").replace("Inc.", "").trim() + ", " + ent[3], "DIST");
      }
    }
    finish(x, null);
    viol(x, "RESTRICTED_END_USER_VIA_DISTRIBUTOR", lv);
    add(x, "");
  }

  /** T9: controlled goods split into small courier / postal parcels, often as e-commerce sales. */
  static int vParcels() {
    String lv = level();
    String[][] items = {
      {"GA_METAL", "8112929010", "gallium metal 99.99%, 1 kg bottle", "9023009000", "liquid metal science kit", "9023009000", "melting spoon magic trick metal"},
      {"GE_INGOT", "8112921090", "germanium ingot 5N", "7117190000", "germanium stone granules", "7117190000", "health germanium granules 99.999% for bath"},
      {"BI_INGOT", "8106101091", "bismuth ingot 99.99%", "9507900000", "metal fishing weights", "9507900000", "fishing sinkers, bismuth-tin, lead-free"},
      {"TB_METAL", "2805301300", "terbium metal 99.9%", "7117190000", "rare metal collection sample", "9705100000", "element collection specimen"},
      {"NDFEB_DY", "8505111000", "NdFeB magnets N42SH (Dy)", "8505119000", "permanent magnets", "8505119000", "motor magnet samples"},
      {"INP_WAFER", "2853904051", "indium phosphide wafer 2 inch", "3818009090", "semiconductor test wafers", "8486909900", "wafer samples for equipment test"},
      {"DY_METAL", "2805301200", "dysprosium metal lumps", "7117190000", "metal crystals collection", "9705100000", "mineral specimen"}};
    String[] it = pick(items);
    Product p = pr(it[0]);
    LocalDate start = ctlDate(p);
    Exporter ex = p(0.5) ? pick(EXPORTERS.stream().filter(e -> e.kind.equals("ECOM")).toList()) : newExporter("SEASONAL", null, pick(new String[]{"Shenzhen", "Yiwu", "Guangzhou", "Hainan Haikou"}), true);
    if (ex.kind.equals("SEASONAL")) { ex.from = start; ex.to = start.plusDays(40); }
    String c = pick(new String[]{"US", "US", "US", "CA", "MX", "GB", "DE", "KR", "TW", "TH"});
    String addr = netAddress(c.equals("US") ? "US" : c);
    int n = ri(3, 10);
    for (int i = 0; i < n; i++) {
      LocalDate d = randDate(start, start.plusDays(ri(5, 25)));
      Party cons = p(0.6) ? person(c) : detachedParty(c, "DIST");
      cons.address = addr;
      Decl x = decl(d, ex, cons);
      double kg = p.unit.equals("kg") ? u(0.5, 6) : p.kgPerUnit * ri(5, 25);
      String hs, desc; double px;
      switch (lv) {
        case "easy" -> { hs = it[1]; desc = it[2]; px = p.priceOn(d, 0) * u(0.05, 0.3); }
        case "medium" -> { hs = it[3]; desc = it[4]; px = p.priceOn(d, 0) * u(0.1, 0.5); }
        default -> { hs = it[5]; desc = it[6]; px = p.priceOn(d, 0) * u(0.3, 0.8); }
      }
      Line l = line(x, p, 0, kg, px, hs, desc);
      l.unit = "kg"; l.qty = l.net;
      x.pack = "PARCEL";
      finish(x, p(0.7) ? "POST" : "AIR");
      viol(x, "SPLIT_PARCELS_ECOMMERCE", lv);
      add(x, "");
    }
    return n;
  }

  // ------------------------------------------------------------------ main
  interface Gen { int run(); }

  static void fill(String label, int target, Gen g) {
    int made = 0, guard = 0;
    while (made < target && guard++ < target * 20 + 50) made += g.run();
  }

  static int one(Runnable r) { int before = DECLS.size(); r.run(); return DECLS.size() - before; }

  public static void main(String[] args) throws IOException {
    int n = 100000; long seed = 1; Path out = Path.of("blind-c-out");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--declarations" -> n = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> { System.err.println("usage: java BlindTrade.java --declarations N --seed S --out DIR"); System.exit(2); }
      }
    }
    R = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    products(); countries(); population(n); indexExporters();
    double s = n / 100000.0;
    // honest look-alikes first (they also create licences that later violations may misuse)
    fill("scrap", (int) (600 * s), () -> one(() -> lkScrap(anyDate())));
    fill("low", (int) (600 * s), () -> one(() -> lkLowGrade(anyDate())));
    fill("near", (int) (400 * s), () -> one(BlindTrade::lkNearLimit));
    fill("disc", (int) (500 * s), () -> one(() -> lkDiscount(anyDate())));
    fill("short", (int) (400 * s), BlindTrade::lkShortLived);
    fill("overland", (int) (700 * s), () -> one(() -> lkOverland(anyDate())));
    fill("hub", (int) (500 * s), () -> one(() -> lkHubLicensed(anyDate())));
    fill("similar", (int) (400 * s), () -> one(() -> lkSimilarName(randDate(LocalDate.of(2025, 3, 1), END))));
    fill("parcel", (int) (700 * s), () -> one(() -> lkParcel(anyDate())));
    fill("neg", (int) (350 * s), () -> one(() -> lkNegation(anyDate())));
    fill("prodord", (int) (500 * s), () -> one(() -> lkProducerOrdinary(anyDate())));
    // a first slice of ordinary trade so that licences and customer histories exist
    for (int i = 0; i < n / 4; i++) base(anyDate());
    // violations
    fill("T1", (int) Math.max(3, 300 * s), () -> one(BlindTrade::vResidueCover));
    fill("T2", (int) Math.max(3, 280 * s), () -> one(BlindTrade::vGradeMislabel));
    fill("T3", (int) Math.max(3, 280 * s), BlindTrade::vLicenceOverreach);
    fill("T4", (int) Math.max(3, 220 * s), () -> one(BlindTrade::vUndervaluation));
    fill("T5", (int) Math.max(3, 260 * s), BlindTrade::vPhantom);
    fill("T6", (int) Math.max(3, 250 * s), () -> one(BlindTrade::vOverland));
    fill("T7", (int) Math.max(3, 230 * s), BlindTrade::vHub);
    fill("T8", (int) Math.max(3, 230 * s), () -> one(BlindTrade::vRestricted));
    fill("T9", (int) Math.max(3, 300 * s), BlindTrade::vParcels);
    // the rest: ordinary honest trade
    while (DECLS.size() < n) base(anyDate());
    while (DECLS.size() > n) { // trim surplus ordinary declarations, never labelled ones
      for (int i = DECLS.size() - 1; i >= 0 && DECLS.size() > n; i--) if (DECLS.get(i).kind.equals("base")) { KIND_COUNT.merge("base", -1, Integer::sum); DECLS.remove(i); }
      break;
    }
    DECLS.sort(Comparator.comparing((Decl x) -> x.date).thenComparingLong(x -> x.tie));
    // declaration numbers as China customs writes them: office(4) + year(4) + 0 (export) + sequence(9)
    Map<String, Long> seq = new HashMap<>();
    for (Decl x : DECLS) {
      String k = x.office + x.date.getYear();
      long v = seq.computeIfAbsent(k, kk -> 100000L + R.nextInt(400000)) + 1 + R.nextInt(25);
      seq.put(k, v);
      x.id = x.office + x.date.getYear() + "0" + String.format(Locale.ROOT, "%09d", v);
    }
    Files.createDirectories(out);
    writeDeclarations(out.resolve("declarations.csv"));
    writeLicences(out.resolve("licenses.csv"));
    try (BufferedWriter w = Files.newBufferedWriter(out.resolve("truth.csv"), StandardCharsets.UTF_8)) {
      w.write("declaration_id,outcome,typology\n");
      for (Decl x : DECLS) w.write(x.id + "," + x.outcome + "," + csv(x.typology) + "\n");
    }
    int viol = 0; Map<String, Integer> typ = new TreeMap<>();
    for (Decl x : DECLS) if (x.outcome.equals("VIOLATION")) { viol++; typ.merge(x.typology, 1, Integer::sum); }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "declarations %d, violations %d (%.2f%%), licences %d, exporters %d | typologies: ", DECLS.size(), viol, 100.0 * viol / DECLS.size(), LICENCES.size(), EXPORTERS.size()));
    sb.append(typ).append(" | kinds: ").append(KIND_COUNT);
    System.out.println(sb);
  }

  static void writeDeclarations(Path f) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,consignee_name,consignee_country,consignee_address,end_user_name,end_user_country,end_user_address,destination_country,transit_countries,transport_mode,container_count,gross_weight_kg,hs_code,description,quantity,unit,net_weight_kg,value_usd,license_no,end_use\n");
      for (Decl x : DECLS) {
        boolean eu = !x.euName.isEmpty() && !x.euCountry.isEmpty();
        String head = String.join(",", csv(x.id), "%LINE%", x.date.toString(), x.office, x.ex.id, csv(x.ex.name), csv(x.cons.name), x.cons.country,
          csv(x.cons.address), eu ? csv(x.euName) : "", eu ? x.euCountry : "", eu ? csv(x.euAddr) : "", x.dest, x.transit, x.mode,
          Integer.toString(x.containers), num(x.gross));
        int ln = 1;
        for (Line l : x.lines) {
          w.write(head.replace("%LINE%", Integer.toString(ln++)));
          w.write(',');
          w.write(String.join(",", l.hs, csv(l.desc), num(l.qty), csv(l.unit), num(l.net), num(l.value), csv(l.lic), eu ? x.endUse : (x.endUse.equals("MILITARY") ? "MILITARY" : x.endUse)));
          w.write('\n');
        }
      }
    }
  }

  static void writeLicences(Path f) throws IOException {
    List<Licence> ls = new ArrayList<>(LICENCES);
    ls.sort(Comparator.comparing((Licence l) -> l.issued).thenComparing(l -> l.no));
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("license_no,license_type,issued_at,valid_from,valid_until,status,exporter_id,exporter_name,consignee_name,consignee_country,end_user_name,end_user_country,end_use,destination_countries,item_no,control_code,hs_code,description,quantity,unit,value_usd\n");
      for (Licence l : ls) for (LItem it : l.items) {
        w.write(String.join(",", l.no, l.type, l.issued.toString(), l.from.toString(), l.until.toString(), l.status, l.ex.id, csv(l.ex.name),
          csv(l.cName), l.cCountry, csv(l.euName), l.euCountry, csv(l.endUse), String.join(";", l.dests), Integer.toString(it.no),
          csv(it.p.ctrl), it.hs, csv(it.desc), num(it.qty), it.unit, num(it.value)));
        w.write('\n');
      }
    }
  }
}
