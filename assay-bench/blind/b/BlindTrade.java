// Independent blind test-data generator "B" for Assay (Chinese strategic-mineral export declarations).
// Single file, JDK only. Run: java BlindTrade.java --declarations N --seed S --out DIR
// Written without reading Assay's detectors; see README.md beside this file.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

public class BlindTrade {
  static RandomGenerator R;
  static final LocalDate START = LocalDate.of(2025, 1, 1), END = LocalDate.of(2026, 12, 31);
  static final int NDAYS = (int) (END.toEpochDay() - START.toEpochDay()) + 1;

  // ------------------------------------------------------------------ random helpers
  static double u() { return R.nextDouble(); }
  static double u(double a, double b) { return a + (b - a) * R.nextDouble(); }
  static int ri(int a, int b) { return a + R.nextInt(b - a + 1); }
  static boolean p(double x) { return R.nextDouble() < x; }
  static <T> T pick(T[] a) { return a[R.nextInt(a.length)]; }
  static <T> T pick(List<T> a) { return a.get(R.nextInt(a.size())); }
  static double logn(double s) { return Math.exp(R.nextGaussian() * s); }
  static double logU(double a, double b) { return Math.exp(u(Math.log(a), Math.log(b))); }
  static LocalDate day(int i) { return START.plusDays(Math.max(0, Math.min(NDAYS - 1, i))); }
  static int idx(LocalDate d) { return (int) (d.toEpochDay() - START.toEpochDay()); }
  static String wpick(Object... kv) { // "A", 3.0, "B", 1.0
    double s = 0; for (int i = 1; i < kv.length; i += 2) s += ((Number) kv[i]).doubleValue();
    double x = u() * s;
    for (int i = 0; i < kv.length; i += 2) { x -= ((Number) kv[i + 1]).doubleValue(); if (x <= 0) return (String) kv[i]; }
    return (String) kv[kv.length - 2];
  }
  static String diff() { double x = u(); return x < 0.3 ? "EASY" : x < 0.7 ? "MEDIUM" : "HARD"; }

  // ------------------------------------------------------------------ prices (USD per kg, anchors by month 0=2025-01 .. 23=2026-12)
  static final Map<String, double[][]> IDX = new HashMap<>();
  static void idxDef(String k, double... mv) { double[][] a = new double[mv.length / 2][]; for (int i = 0; i < a.length; i++) a[i] = new double[]{mv[2 * i], mv[2 * i + 1]}; IDX.put(k, a); }
  static {
    idxDef("FLAT", 0, 1, 23, 1);
    idxDef("GA", 0, 560, 5, 650, 11, 900, 17, 1150, 23, 1250);
    idxDef("GE", 0, 2700, 5, 3600, 8, 4600, 11, 4800, 17, 4400, 23, 4100);
    idxDef("SB", 0, 36, 3, 45, 6, 52, 9, 42, 12, 33, 23, 29);
    idxDef("W", 0, 33, 4, 40, 8, 60, 11, 75, 17, 82, 23, 72);
    idxDef("BI", 0, 9, 3, 18, 6, 28, 11, 20, 23, 15);
    idxDef("TE", 0, 82, 6, 95, 12, 105, 23, 100);
    idxDef("MO", 0, 52, 6, 58, 12, 62, 23, 60);
    idxDef("IN", 0, 330, 6, 360, 12, 390, 23, 370);
    idxDef("GR", 0, 0.55, 12, 0.52, 23, 0.58);
    idxDef("DY", 0, 230, 3, 240, 4, 320, 6, 300, 11, 260, 23, 270);
    idxDef("TB", 0, 900, 3, 950, 4, 1150, 11, 1050, 23, 1000);
    idxDef("Y", 0, 8, 3, 9, 5, 30, 10, 60, 15, 50, 23, 40);
    idxDef("NDPR", 0, 58, 7, 75, 11, 78, 23, 80);
    idxDef("MAGN", 0, 42, 7, 50, 23, 52);
    idxDef("BASE", 0, 1, 6, 1.04, 12, 0.98, 23, 1.03);
  }
  static double index(String k, LocalDate d) {
    double[][] a = IDX.get(k);
    double m = (d.getYear() - 2025) * 12 + d.getMonthValue() - 1 + (d.getDayOfMonth() - 1) / 31.0;
    if (m <= a[0][0]) return a[0][1];
    for (int i = 1; i < a.length; i++) if (m <= a[i][0]) { double t = (m - a[i - 1][0]) / (a[i][0] - a[i - 1][0]); return a[i - 1][1] + t * (a[i][1] - a[i - 1][1]); }
    return a[a.length - 1][1];
  }

  // ------------------------------------------------------------------ packing
  record Pack(double lo, double hi, double perCont, double extra) {}
  static final Map<String, Pack> PK = Map.ofEntries(
      Map.entry("INGOT", new Pack(1.006, 1.02, 24000, 0)), Map.entry("JUMBO", new Pack(1.004, 1.012, 22000, 0)),
      Map.entry("BAG25", new Pack(1.02, 1.045, 22000, 0)), Map.entry("DRUM", new Pack(1.09, 1.16, 19000, 0)),
      Map.entry("FDRUM", new Pack(1.05, 1.10, 15000, 0)), Map.entry("SMALL", new Pack(1.15, 1.40, 18000, 1.5)),
      Map.entry("WAFER", new Pack(3.0, 6.0, 5000, 2.0)), Map.entry("MAGNET", new Pack(1.06, 1.13, 18000, 0)),
      Map.entry("CRATE", new Pack(1.15, 1.32, 9000, 0)), Map.entry("TILE", new Pack(1.03, 1.06, 25000, 0)),
      Map.entry("LIGHT", new Pack(1.12, 1.25, 4500, 0)), Map.entry("BOTTLE", new Pack(1.04, 1.08, 21000, 0)),
      Map.entry("CARTON", new Pack(1.04, 1.09, 20000, 0)));

  // ------------------------------------------------------------------ products
  static final class P {
    String key, fam, hs, code, unit, idx, pack; double mul, lo, hi, kgPc; boolean air; LocalDate ctrl; String[] d;
    boolean controlledAt(LocalDate x) { return ctrl != null && !x.isBefore(ctrl); }
    double price(LocalDate x) { return index(idx, x) * mul; }
  }
  static final Map<String, P> PR = new LinkedHashMap<>();
  static void p(String key, String fam, String hs, String ctrl, String code, String unit, String idx, double mul, String pack,
                double lo, double hi, boolean air, double kgPc, String... d) {
    P x = new P(); x.key = key; x.fam = fam; x.hs = hs; x.ctrl = ctrl == null ? null : LocalDate.parse(ctrl); x.code = code; x.unit = unit;
    x.idx = idx; x.mul = mul; x.pack = pack; x.lo = lo; x.hi = hi; x.air = air; x.kgPc = kgPc; x.d = d; PR.put(key, x);
  }
  static P P(String k) { P x = PR.get(k); if (x == null) throw new IllegalArgumentException(k); return x; }
  static final String GAGE = "2023-08-01", GRA = "2023-12-01", SBD = "2024-09-15", WTB = "2025-02-04", REE = "2025-04-04";
  static {
    // gallium
    p("GA_METAL", "GA", "8112929010", GAGE, "", "kg", "GA", 1.0, "SMALL", 20, 400, true, 0, "Gallium metal 4N (Ga 99.99%)", "Gallium ingot 99.99%, 1 kg/bottle", "金属镓 Ga99.99%", "Gallium metal 99.99% min, in PE bottles");
    p("GA_6N", "GA", "8112929010", GAGE, "", "kg", "GA", 1.3, "SMALL", 5, 80, true, 0, "Gallium metal 6N (99.9999%)", "High purity gallium 6N, 0.5 kg/bottle", "高纯镓 6N");
    p("GA_OXIDE", "GA", "2825909001", GAGE, "", "kg", "GA", 0.72, "FDRUM", 10, 200, true, 0, "Gallium oxide Ga2O3 99.99% powder", "Gallium(III) oxide 4N powder", "氧化镓 4N");
    p("GAAS_WAFER", "GA", "3818009004", GAGE, "", "pcs", "FLAT", 110, "WAFER", 50, 2000, true, 0.012, "GaAs wafer 4 inch, SI, prime grade", "Gallium arsenide substrate 6 inch, epi-ready", "砷化镓晶片 4英寸");
    p("GAN_WAFER", "GA", "3818009001", GAGE, "", "pcs", "FLAT", 420, "WAFER", 20, 400, true, 0.008, "GaN-on-sapphire epitaxial wafer 4 inch", "Gallium nitride template wafer 2 inch");
    // germanium
    p("GE_INGOT", "GE", "8112921090", GAGE, "", "kg", "GE", 1.0, "SMALL", 10, 300, true, 0, "Zone-refined germanium ingot 5N", "Germanium ingot 99.999%, resistivity >50 ohm.cm", "区熔锗锭 5N");
    p("GE_DIOXIDE", "GE", "2825600002", GAGE, "", "kg", "GE", 0.45, "FDRUM", 20, 500, true, 0, "Germanium dioxide GeO2 99.999%", "Germanium dioxide, catalyst grade 5N", "二氧化锗 5N");
    p("GE_SUBSTRATE", "GE", "8112921090", GAGE, "", "pcs", "FLAT", 180, "WAFER", 100, 2000, true, 0.009, "Germanium substrate wafer 4 inch for solar cells", "Ge epitaxial growth substrate 100mm");
    p("GE_LENS", "GEX", "9001909090", null, "", "pcs", "FLAT", 160, "CARTON", 50, 1200, true, 0.06, "Germanium optical lens for thermal imaging, AR coated (finished optics)", "IR lens assembly, germanium element, f=25mm", "红外镜头 锗透镜 (成品光学元件)");
    // graphite
    p("GR_FLAKE", "GR", "2504101000", GRA, "", "kg", "GR", 1.0, "JUMBO", 20000, 200000, false, 0, "Natural flake graphite +100 mesh FC94%", "Natural crystalline flake graphite -195 FC95", "天然鳞片石墨 +100目 FC94");
    p("GR_SPHERICAL", "GR", "3801901000", GRA, "", "kg", "GR", 4.5, "JUMBO", 10000, 100000, false, 0, "Spherical graphite SG15 purified 99.95%", "Spheroidized natural graphite for anode, D50 17um", "球形石墨 SG17");
    p("GR_EXPANDED", "GR", "3801909010", GRA, "", "kg", "GR", 3.2, "BAG25", 5000, 40000, false, 0, "Expandable graphite 50 mesh, expansion 250 ml/g", "Expanded graphite semi-finished sheet material");
    p("GR_HP", "GR", "3801100030", GRA, "", "kg", "GR", 10.0, "CRATE", 3000, 40000, false, 0, "Isostatic graphite block 99.99%, density 1.85", "High purity artificial graphite, 99.99%, flexural 45 MPa", "等静压石墨 高纯");
    p("GR_ELECTRODE", "GRX", "8545110000", null, "", "kg", "FLAT", 3.6, "CRATE", 20000, 150000, false, 0, "UHP graphite electrode dia 600 mm with nipples", "Graphite electrodes HP 450mm for EAF", "石墨电极 UHP600");
    p("GR_AMORPH", "GRX", "2504900000", null, "", "kg", "FLAT", 0.32, "JUMBO", 20000, 100000, false, 0, "Amorphous graphite powder FC80 (microcrystalline, not flake)", "Microcrystalline graphite powder FC 75-80%");
    p("GR_ANODE", "GRX", "3801909090", null, "", "kg", "FLAT", 4.8, "JUMBO", 10000, 80000, false, 0, "Artificial graphite anode material for Li-ion battery", "Synthetic graphite anode powder, 355 mAh/g", "人造石墨负极材料");
    // antimony
    p("SB_INGOT", "SB", "8110101000", SBD, "", "kg", "SB", 1.0, "INGOT", 1000, 25000, false, 0, "Antimony ingot Sb 99.65%", "Antimony metal ingots Sb>=99.85%, 25 kg/pc", "锑锭 Sb99.65", "Antimony regulus 99.65% min");
    p("SB_POWDER", "SB", "8110102000", SBD, "", "kg", "SB", 1.2, "DRUM", 300, 5000, false, 0, "Antimony powder 200 mesh 99.9%", "Antimony metal powder -325 mesh");
    p("SB_TRIOX_HP", "SB", "2825800010", SBD, "", "kg", "SB", 1.15, "BAG25", 1000, 10000, false, 0, "Antimony trioxide 99.99% min (high purity)", "Sb2O3 4N, catalyst/electronic grade", "高纯三氧化二锑 99.99%");
    p("SB_ORE", "SB", "2617101000", SBD, "", "kg", "SB", 0.42, "JUMBO", 20000, 80000, false, 0, "Antimony concentrate Sb 55%", "Stibnite concentrate Sb 50% min");
    p("SB_TRIOX_ORD", "SBX", "2825800090", null, "", "kg", "SB", 0.9, "BAG25", 2000, 20000, false, 0, "Antimony trioxide 99.8% (ordinary grade, below 99.99%)", "Sb2O3 99.5% flame-retardant grade, 25 kg bags", "三氧化二锑 99.8% 普通级", "Antimony trioxide 99.80%, not controlled (<99.99%)");
    p("PB_SB_ALLOY", "SBX", "7801910000", null, "", "kg", "BASE", 2.7, "INGOT", 20000, 100000, false, 0, "Lead-antimony alloy ingot (Sb 2.5%) for battery grids", "Pb-Sb alloy ingot Sb 4%", "铅锑合金锭 Sb2.5%");
    p("FR_MB", "SBX", "3824999999", null, "", "kg", "FLAT", 4.2, "BAG25", 3000, 20000, false, 0, "Flame-retardant masterbatch, PP carrier, contains Sb2O3 and brominated FR", "Antimony-based flame retardant masterbatch 80%");
    // superhard
    p("SH_PRESS", "SH", "8479899956", SBD, "", "set", "FLAT", 480000, "CRATE", 1, 3, false, 38000, "Cubic (six-anvil) hydraulic press, cylinder bore 560 mm", "Six-sided top press for synthetic diamond, bore 600 mm");
    p("SH_WINDOW", "SH", "7104911010", SBD, "", "pcs", "FLAT", 3800, "WAFER", 2, 40, true, 0.01, "CVD diamond optical window dia 3 inch, transmittance 70%", "Polycrystalline diamond window 76 mm");
    p("DIA_POWDER", "SHX", "7105102000", null, "", "kg", "FLAT", 520, "SMALL", 5, 200, true, 0, "Synthetic diamond micropowder 1-2 um", "Diamond micron powder 0-0.5 um for polishing", "金刚石微粉");
    p("DIA_SAW", "SHX", "8202399000", null, "", "kg", "FLAT", 22, "CARTON", 300, 5000, false, 0, "Diamond saw blades 350 mm for granite", "Sintered diamond segments and saw blades");
    // tungsten
    p("W_APT", "W", "2841801000", WTB, "1C117.d", "kg", "W", 1.0, "DRUM", 2000, 25000, false, 0, "Ammonium paratungstate (APT) WO3 88.5%", "APT 0# grade, WO3>=88.5%", "仲钨酸铵 APT");
    p("W_OXIDE", "W", "2825901200", WTB, "1C117.d", "kg", "W", 1.12, "DRUM", 2000, 20000, false, 0, "Tungsten trioxide (yellow) WO3 99.95%", "Blue tungsten oxide WO2.9", "氧化钨");
    p("W_CARBIDE", "W", "2849902000", WTB, "1C117.d", "kg", "W", 1.55, "DRUM", 500, 10000, false, 0, "Tungsten carbide powder WC 1.0 um", "WC powder, total C 6.13%", "碳化钨粉");
    p("W_HEAVY", "W", "8101940001", WTB, "1C117.c", "kg", "W", 2.6, "CRATE", 200, 3000, false, 0, "Tungsten heavy alloy bars W97NiFe, dia 130 mm", "W-Ni-Fe alloy blocks W 97%, 150x150x60 mm", "钨合金棒 W97");
    p("W_POWDER", "WX", "8101100000", null, "", "kg", "W", 1.45, "DRUM", 500, 5000, false, 0, "Tungsten metal powder 2-4 um (powder, not solid)", "Tungsten powder FSSS 3.0 um");
    p("FERRO_W", "WX", "7202801000", null, "", "kg", "W", 0.85, "DRUM", 5000, 20000, false, 0, "Ferro-tungsten FeW80", "Ferrotungsten W 75-80%");
    p("W_WIRE", "WX", "8101960000", null, "", "kg", "W", 3.5, "CARTON", 100, 2000, true, 0, "Tungsten wire 0.05 mm for lamps", "Tungsten filament wire, doped");
    p("CARBIDE_TOOL", "WX", "8209002900", null, "", "kg", "W", 2.4, "CARTON", 50, 1000, true, 0, "Cemented carbide inserts CNMG120408", "Tungsten carbide cutting tool tips", "硬质合金刀片");
    // tellurium
    p("TE_METAL", "TE", "2804500001", WTB, "6C002.a", "kg", "TE", 1.0, "SMALL", 50, 2000, false, 0, "Tellurium ingot 99.99%", "Tellurium metal 4N lumps", "碲锭 4N");
    p("CDTE", "TE", "2842902000", WTB, "6C002.b", "kg", "TE", 3.2, "SMALL", 5, 100, true, 0, "Cadmium telluride polycrystal 5N", "CdTe evaporation material 99.999%");
    p("TE_DIOXIDE", "TEX", "2811299090", null, "", "kg", "TE", 0.7, "FDRUM", 100, 2000, false, 0, "Tellurium dioxide TeO2 99.9% powder", "TeO2 powder for glass");
    // bismuth
    p("BI_METAL", "BI", "8106101091", WTB, "6C001.a", "kg", "BI", 1.0, "INGOT", 1000, 20000, false, 0, "Bismuth ingot Bi 99.99%", "Bismuth metal 4N, 10 kg ingots", "铋锭 Bi99.99");
    p("BI_NEEDLE", "BI", "8106101092", WTB, "6C001.a", "kg", "BI", 1.12, "DRUM", 500, 5000, false, 0, "Bismuth needles 99.99%", "Bismuth granules 5N");
    p("BI_SNBI", "BI", "8106909090", WTB, "6C001.a", "kg", "BI", 1.3, "CARTON", 100, 2000, true, 0, "Bismuth-tin alloy Sn42Bi58 (Bi 58%) solder", "Low-temperature Bi58Sn42 alloy bar/paste, Bi 58%");
    p("BGO", "BI", "2841900041", WTB, "6C001.b", "kg", "BI", 22, "SMALL", 5, 60, true, 0, "Bismuth germanate BGO scintillation crystals", "BGO crystal Bi4Ge3O12");
    p("BI_OXIDE", "BIX", "2825909090", null, "", "kg", "BI", 1.25, "DRUM", 1000, 10000, false, 0, "Bismuth oxide Bi2O3 99.99% powder (compound, not metal)", "Bismuth trioxide for varistors");
    p("SAC_SOLDER", "BIX", "3810102000", null, "", "kg", "FLAT", 46, "CARTON", 50, 2000, true, 0, "Lead-free solder paste SAC305 (Sn96.5Ag3Cu0.5), bismuth free", "Solder paste SAC0307, 500 g jars", "无铅锡膏 SAC305");
    // molybdenum
    p("MO_FINE", "MO", "8102100001", WTB, "1C117.b", "kg", "MO", 1.0, "DRUM", 200, 5000, false, 0, "Molybdenum powder Mo 99.95%, FSSS 3 um", "Spherical molybdenum powder 15-45 um", "钼粉 FSSS3.0");
    p("MO_COARSE", "MOX", "8102100090", null, "", "kg", "MO", 0.85, "DRUM", 500, 8000, false, 0, "Molybdenum powder -100 mesh (150 um), not controlled", "Mo powder 75-150 um for thermal spray");
    p("FEMO", "MOX", "7202700000", null, "", "kg", "MO", 0.52, "BAG25", 5000, 25000, false, 0, "Ferro-molybdenum FeMo60", "Ferromolybdenum Mo 60%", "钼铁 FeMo60");
    p("MO_OXIDE", "MOX", "2613100000", null, "", "kg", "MO", 0.4, "JUMBO", 10000, 40000, false, 0, "Roasted molybdenum concentrate Mo 57%", "Technical molybdenum oxide");
    p("MO_WIRE", "MOX", "8102960000", null, "", "kg", "MO", 1.7, "CARTON", 100, 2000, false, 0, "Molybdenum wire 0.18 mm for wire-cut EDM", "Molybdenum wire, black");
    // indium
    p("INP_WAFER", "IN", "2853904051", WTB, "3C004.a", "pcs", "FLAT", 420, "WAFER", 20, 500, true, 0.01, "Indium phosphide wafer 3 inch, S-doped", "InP substrate 2 inch, epi-ready");
    p("TMIN", "IN", "2931900032", WTB, "3C004.b", "kg", "IN", 12, "SMALL", 1, 20, true, 0, "Trimethylindium 6N, electronic grade, in bubbler", "TMIn electronic grade");
    p("IN_INGOT", "INX", "8112929020", null, "", "kg", "IN", 1.0, "SMALL", 50, 2000, false, 0, "Indium ingot 99.995% (metal, not controlled)", "Indium metal 4N5 ingots 500 g", "铟锭 4N5");
    p("ITO_TARGET", "INX", "3824999999", null, "", "kg", "IN", 0.9, "CARTON", 20, 500, true, 0, "ITO sputtering target In2O3:SnO2 90:10", "Indium tin oxide rotary target");
    // rare earths
    p("DY_OXIDE", "RE", "2846901993", REE, "1C905.b", "kg", "DY", 1.0, "DRUM", 50, 2000, false, 0, "Dysprosium oxide Dy2O3 99.5%", "Dysprosium oxide 99.9%", "氧化镝 99.5%");
    p("TB_OXIDE", "RE", "2846901993", REE, "1C904.b", "kg", "TB", 1.0, "DRUM", 20, 500, false, 0, "Terbium oxide Tb4O7 99.99%", "Terbium oxide 4N", "氧化铽 99.99%");
    p("Y_OXIDE", "RE", "2846901993", REE, "1C908.b", "kg", "Y", 1.0, "DRUM", 500, 10000, false, 0, "Yttrium oxide Y2O3 99.999%", "Yttria 5N powder", "氧化钇 5N");
    p("GD_OXIDE", "RE", "2846901930", REE, "1C903.b", "kg", "NDPR", 0.42, "DRUM", 500, 5000, false, 0, "Gadolinium oxide Gd2O3 99.99%", "Gadolinia 4N");
    p("SM_METAL", "RE", "2805301910", REE, "1C902.a", "kg", "FLAT", 32, "DRUM", 100, 2000, false, 0, "Samarium metal 99.9%", "Samarium metal lumps");
    p("DY_METAL", "RE", "2805301200", REE, "1C905.a", "kg", "DY", 1.3, "DRUM", 10, 300, false, 0, "Dysprosium metal 99.5%", "Dysprosium metal chips", "金属镝");
    p("TB_METAL", "RE", "2805301300", REE, "1C904.a", "kg", "TB", 1.3, "DRUM", 5, 100, false, 0, "Terbium metal 99.9%", "Terbium metal ingot");
    p("SMCO", "MAG", "8505111000", REE, "1C902.a", "kg", "FLAT", 95, "MAGNET", 50, 2000, false, 0, "Sm2Co17 permanent magnets, grade YXG-30", "Samarium-cobalt magnets SmCo5", "钐钴磁体");
    p("NDFEB_DY", "MAG", "8505111000", REE, "1C905.a.4", "kg", "MAGN", 1.45, "MAGNET", 200, 8000, false, 0, "Sintered NdFeB magnets 42SH, Dy 2.5%", "NdFeB magnets 38UH (contains Dy 4%)", "钕铁硼磁体 42SH 含镝");
    p("NDFEB_TB", "MAG", "8505111000", REE, "1C904.a", "kg", "MAGN", 1.7, "MAGNET", 200, 5000, false, 0, "NdFeB magnets 48UH, grain-boundary diffused Tb 0.6%", "Sintered NdFeB 45EH, Tb 0.8%");
    p("NDFEB_STD", "MAGX", "8505111000", null, "", "kg", "MAGN", 1.0, "MAGNET", 200, 20000, false, 0, "Sintered NdFeB magnets N52, NiCuNi coated, Dy/Tb free", "NdFeB magnets N42, Zn coated, no heavy rare earth", "钕铁硼磁体 N35 不含镝铽", "NdFeB magnets N48M, Dy 0%, Tb 0%, not controlled");
    p("FERRITE", "MAGX", "8505119000", null, "", "kg", "FLAT", 1.8, "CARTON", 5000, 25000, false, 0, "Hard ferrite magnets Y30BH", "Sintered ferrite segments for motors", "铁氧体磁瓦");
    p("NDPR_OXIDE", "REX", "2846901920", null, "", "kg", "NDPR", 1.0, "DRUM", 1000, 10000, false, 0, "Praseodymium-neodymium oxide (Pr,Nd)2O3 99%", "PrNd oxide, TREO 99%", "氧化镨钕");
    p("LA_OXIDE", "REX", "2846901100", null, "", "kg", "FLAT", 0.95, "BAG25", 5000, 20000, false, 0, "Lanthanum oxide La2O3 99.99%", "Lanthana 4N");
    p("CE_OXIDE", "REX", "2846101000", null, "", "kg", "FLAT", 1.6, "BAG25", 5000, 20000, false, 0, "Cerium oxide CeO2 99.9%", "Ceria powder 3N", "氧化铈");
    p("HO_OXIDE", "REX", "2846901999", null, "", "kg", "NDPR", 1.1, "DRUM", 100, 2000, false, 0, "Holmium oxide Ho2O3 99.9%", "Erbium oxide Er2O3 99.9%", "氧化钬");
    p("PRND_METAL", "REX", "2805301990", null, "", "kg", "NDPR", 1.25, "DRUM", 500, 5000, false, 0, "Praseodymium-neodymium metal PrNd 99%", "PrNd alloy metal lumps");
    p("FESIMG", "REX", "7202999000", null, "", "kg", "FLAT", 1.6, "JUMBO", 10000, 25000, false, 0, "Rare-earth ferrosilicon magnesium nodulariser (Ce/La RE 1-3%)", "FeSiMg alloy Mg6 RE1");
    // base metals and general goods
    p("ZN_INGOT", "BASE", "7901111000", null, "", "kg", "BASE", 2.85, "INGOT", 20000, 150000, false, 0, "Zinc ingot 99.995%", "Special high grade zinc ingots", "锌锭 0#");
    p("PB_INGOT", "BASE", "7801100000", null, "", "kg", "BASE", 2.1, "INGOT", 20000, 100000, false, 0, "Refined lead ingot 99.994%", "Lead ingots Pb 99.99%", "铅锭 1#");
    p("SN_INGOT", "BASE", "8001100000", null, "", "kg", "BASE", 32, "INGOT", 5000, 25000, false, 0, "Tin ingot 99.9%", "Refined tin ingots Sn 99.95%");
    p("SI_METAL", "BASE", "2804690000", null, "", "kg", "BASE", 1.75, "JUMBO", 25000, 200000, false, 0, "Silicon metal 553", "Silicon metal 441, 10-100 mm", "工业硅 553");
    p("NI_POWDER", "BASE", "7504000010", null, "", "kg", "BASE", 26, "DRUM", 300, 5000, false, 0, "Nickel powder 99.8%, carbonyl", "Electrolytic nickel powder");
    p("FESI", "BASE", "7202210000", null, "", "kg", "BASE", 1.3, "JUMBO", 20000, 100000, false, 0, "Ferro silicon FeSi75", "Ferrosilicon 72%");
    p("TILES", "GEN", "6907210000", null, "", "kg", "BASE", 0.45, "TILE", 18000, 26000, false, 0, "Porcelain floor tiles 600x600 mm, glazed", "Ceramic wall tiles 300x600", "瓷质抛釉砖 600x600");
    p("TILE_ADH", "GEN", "3214909000", null, "", "kg", "BASE", 0.22, "BAG25", 15000, 25000, false, 0, "Tile adhesive C2TE, 20 kg bags", "Cement-based tile adhesive", "瓷砖胶");
    p("REFRACTORY", "GEN", "6902100000", null, "", "kg", "BASE", 0.9, "TILE", 15000, 25000, false, 0, "Magnesia-carbon refractory bricks", "Alumina refractory bricks 75%");
    p("FASTENERS", "GEN", "7318159001", null, "", "kg", "BASE", 1.9, "CARTON", 5000, 22000, false, 0, "Steel hex bolts and nuts, zinc plated", "Carbon steel fasteners grade 8.8", "紧固件 螺栓");
    p("MACH_PARTS", "GEN", "8483409000", null, "", "kg", "BASE", 6.0, "CRATE", 1000, 12000, false, 0, "Gearbox and transmission parts", "Industrial gear reducers and parts");
    p("CAST_IRON", "GEN", "7325991000", null, "", "kg", "BASE", 1.4, "INGOT", 10000, 24000, false, 0, "Ductile iron castings, manhole covers", "Cast iron pipe fittings");
    p("AL_PROFILE", "GEN", "7604291000", null, "", "kg", "BASE", 3.6, "CARTON", 5000, 20000, false, 0, "Aluminium alloy profiles 6063-T5", "Aluminium extrusions for windows");
    p("LED_LAMPS", "GEN", "9405409000", null, "", "kg", "BASE", 7.0, "LIGHT", 1000, 6000, false, 0, "LED panel lights and bulbs", "LED street lamps 100W", "LED灯具");
    p("MANNEQUIN", "GEN", "9618000000", null, "", "kg", "BASE", 4.5, "LIGHT", 800, 4000, false, 0, "Plastic display mannequins, full body", "Fibreglass mannequins for shop display", "塑料模特道具");
    p("FURNITURE", "GEN", "9403609990", null, "", "kg", "BASE", 2.2, "LIGHT", 2000, 8000, false, 0, "Wooden furniture, flat-packed", "Office desks and cabinets, MDF");
    p("WATER", "GEN", "2201101000", null, "", "kg", "BASE", 0.25, "BOTTLE", 15000, 22000, false, 0, "Mineral water in PET bottles 550 ml", "Drinking water 1.5 L bottles");
    p("LI_BATT", "GEN", "8507600090", null, "", "kg", "BASE", 11, "CARTON", 1000, 15000, false, 0, "Lithium-ion battery cells 18650, 3.6V (UN3480)", "LFP prismatic cells 280Ah", "锂离子电池");
    p("ART_SUP", "GEN", "3213100000", null, "", "kg", "BASE", 3.0, "CARTON", 1000, 8000, false, 0, "Art supplies: acrylic paint sets", "Artist colour sets and brushes");
    p("SAMPLE_MISC", "GEN", "7326909000", null, "", "kg", "BASE", 8.0, "CARTON", 1, 30, false, 0, "Steel hardware samples", "Metal parts samples, no commercial value");
  }

  // ------------------------------------------------------------------ places
  record Office(String code, String mode, String region, String[] dests) {}
  static final Map<String, Office> OF = new LinkedHashMap<>();
  static void of(String code, String mode, String region, String... dests) { OF.put(code, new Office(code, mode, region, dests)); }
  static {
    of("2248", "SEA", "SH"); of("2218", "SEA", "SH"); of("2233", "AIR", "SH"); of("2244", "POST", "SH");
    of("3104", "SEA", "ZJ"); of("3120", "SEA", "ZJ"); of("3106", "AIR", "ZJ");
    of("5316", "SEA", "GD"); of("5304", "SEA", "GD"); of("5301", "ROAD", "GD", "HK"); of("5320", "AIR", "GD"); of("5349", "POST", "GD");
    of("5141", "SEA", "GD"); of("5166", "AIR", "GD");
    of("3702", "SEA", "FJ"); of("3715", "AIR", "FJ");
    of("4218", "SEA", "SD"); of("4230", "AIR", "SD");
    of("0202", "SEA", "TJ"); of("0101", "AIR", "BJ"); of("0150", "POST", "BJ"); of("0901", "SEA", "LN");
    of("7201", "AIR", "GX"); of("7216", "ROAD", "GX", "VN"); of("7217", "RAIL", "GX", "VN"); of("7207", "SEA", "GX"); of("7206", "ROAD", "GX", "VN");
    of("8601", "AIR", "YN"); of("8603", "ROAD", "YN", "VN"); of("8611", "ROAD", "YN", "LA", "TH");
    of("0605", "RAIL", "NM", "RU"); of("0712", "RAIL", "NM", "MN", "RU"); of("0713", "ROAD", "NM", "MN");
    of("1901", "RAIL", "HL", "RU");
    of("9401", "RAIL", "XJ", "KZ", "RU", "PL", "DE", "NL", "BE"); of("9404", "ROAD", "XJ", "KZ");
    of("4901", "AIR", "HN"); of("4605", "AIR", "HA"); of("4610", "RAIL", "HA", "DE", "PL", "NL", "BE", "RU", "KZ");
    of("7901", "AIR", "SC"); of("7920", "RAIL", "SC", "DE", "PL", "NL", "RU", "KZ");
  }
  // province -> offices an exporter there uses (own region first)
  static final Map<String, String[]> PROV_OFF = Map.ofEntries(
      Map.entry("HN", new String[]{"5316", "5301", "5141", "4901", "2248", "5320"}), Map.entry("GX", new String[]{"7207", "7216", "7217", "7201", "5316", "7206"}),
      Map.entry("YN", new String[]{"8601", "8603", "8611", "5316", "5320"}), Map.entry("JX", new String[]{"3702", "5316", "2248", "3104", "5320"}),
      Map.entry("FJ", new String[]{"3702", "3715", "5316"}), Map.entry("NM", new String[]{"0202", "0712", "0605", "0101", "0713"}),
      Map.entry("HL", new String[]{"0901", "1901", "4218"}), Map.entry("SD", new String[]{"4218", "4230", "2248"}),
      Map.entry("HA", new String[]{"4605", "4610", "4218", "2248"}), Map.entry("SC", new String[]{"7901", "7920", "2248", "5316"}),
      Map.entry("SN", new String[]{"7920", "2248", "4218", "4610"}), Map.entry("SH", new String[]{"2248", "2218", "2233", "2244"}),
      Map.entry("ZJ", new String[]{"3104", "3120", "3106", "2248", "2233", "2244"}), Map.entry("GD", new String[]{"5316", "5304", "5301", "5320", "5349", "5141", "5166"}),
      Map.entry("BJ", new String[]{"0101", "0202", "0150", "2248"}), Map.entry("TJ", new String[]{"0202", "0101", "0150"}),
      Map.entry("XJ", new String[]{"9401", "9404", "2248"}), Map.entry("LN", new String[]{"0901", "0202"}));
  // admin division codes and city names
  static final String[][] CITIES = {
      {"HN", "431381", "Lengshuijiang", "冷水江"}, {"HN", "430100", "Changsha", "长沙"}, {"HN", "431000", "Chenzhou", "郴州"}, {"HN", "430200", "Zhuzhou", "株洲"},
      {"GX", "451200", "Hechi", "河池"}, {"GX", "450100", "Nanning", "南宁"}, {"GX", "450200", "Liuzhou", "柳州"},
      {"YN", "530900", "Lincang", "临沧"}, {"YN", "530100", "Kunming", "昆明"}, {"JX", "360700", "Ganzhou", "赣州"}, {"JX", "360100", "Nanchang", "南昌"},
      {"FJ", "350200", "Xiamen", "厦门"}, {"FJ", "350800", "Longyan", "龙岩"}, {"NM", "150200", "Baotou", "包头"}, {"NM", "150100", "Hohhot", "呼和浩特"},
      {"HL", "230300", "Jixi", "鸡西"}, {"HL", "230400", "Hegang", "鹤岗"}, {"SD", "370200", "Qingdao", "青岛"}, {"SD", "370300", "Zibo", "淄博"},
      {"HA", "410300", "Luoyang", "洛阳"}, {"HA", "410100", "Zhengzhou", "郑州"}, {"SC", "510100", "Chengdu", "成都"}, {"SN", "610100", "Xi'an", "西安"},
      {"SH", "310115", "Shanghai", "上海"}, {"SH", "310112", "Shanghai", "上海"}, {"ZJ", "330200", "Ningbo", "宁波"}, {"ZJ", "330100", "Hangzhou", "杭州"},
      {"ZJ", "330782", "Yiwu", "义乌"}, {"ZJ", "330400", "Jiaxing", "嘉兴"}, {"GD", "440300", "Shenzhen", "深圳"}, {"GD", "440100", "Guangzhou", "广州"},
      {"GD", "440600", "Foshan", "佛山"}, {"GD", "442000", "Zhongshan", "中山"}, {"GD", "441900", "Dongguan", "东莞"}, {"GD", "441800", "Qingyuan", "清远"},
      {"BJ", "110108", "Beijing", "北京"}, {"TJ", "120116", "Tianjin", "天津"}, {"XJ", "650100", "Urumqi", "乌鲁木齐"}, {"LN", "210200", "Dalian", "大连"}};
  static String[] city(String prov) { List<String[]> l = new ArrayList<>(); for (String[] c : CITIES) if (c[0].equals(prov)) l.add(c); return pick(l); }

  // ------------------------------------------------------------------ USCC (GB 32100 / GB 11714)
  static final String UC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] UW = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  static final Set<String> USED_IDS = new HashSet<>();
  static String uscc(String div, boolean newStyle) {
    while (true) {
      StringBuilder oc = new StringBuilder();
      if (newStyle) { oc.append("MA"); for (int i = 0; i < 6; i++) oc.append(UC.charAt(R.nextInt(UC.length()))); }
      else { oc.append((char) ('5' + R.nextInt(4))); for (int i = 0; i < 7; i++) oc.append((char) ('0' + R.nextInt(10))); }
      int[] ow = {3, 7, 9, 10, 5, 8, 4, 2}; int s = 0;
      for (int i = 0; i < 8; i++) { char c = oc.charAt(i); int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10; s += v * ow[i]; }
      int c9 = 11 - s % 11; oc.append(c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9));
      String b = "91" + div + oc; int t = 0;
      for (int i = 0; i < 17; i++) t += UC.indexOf(b.charAt(i)) * UW[i];
      int ck = (31 - t % 31) % 31; String id = b + UC.charAt(ck);
      if (USED_IDS.add(id)) return id;
    }
  }

  // ------------------------------------------------------------------ parties
  static final String[] PY = {"Xinyuan", "Hengtai", "Jinding", "Huaxin", "Ruida", "Tianli", "Shengda", "Zhongke", "Hongyu", "Jiahe", "Kaiyuan", "Longsheng",
      "Minghui", "Dingsheng", "Boyuan", "Xiangrui", "Yongxing", "Huarong", "Fuxin", "Zhenhua", "Tiancheng", "Jinlong", "Baoli", "Chenguang", "Heda", "Runfeng",
      "Sanhe", "Weiye", "Xinghai", "Yida", "Guangyuan", "Hongda", "Jinhui", "Lianfa", "Mingda", "Shuntai", "Tongda", "Wanfeng", "Xiecheng", "Yuhua", "Zhongxing",
      "Anxin", "Changsheng", "Dahua", "Fengyuan", "Haoxiang", "Jiayu", "Kunpeng", "Lutai", "Qixin", "Ronghui", "Shenglong", "Taihe", "Xinhe", "Yaxin", "Zhuoyue",
      "Huayu", "Jinrun", "Baiyi", "Defu", "Gaoke", "Hanwei", "Jinxin", "Keda", "Liyuan", "Nanfang", "Puhui", "Qiangsheng", "Ruixiang", "Senlin", "Tianyu"};
  static final String[] HZ = {"鑫源", "恒泰", "金鼎", "华鑫", "瑞达", "天力", "盛达", "中科", "宏宇", "嘉禾", "开元", "隆盛", "明辉", "鼎盛", "博源", "祥瑞", "永兴",
      "华荣", "富鑫", "振华", "天成", "金龙", "宝利", "晨光", "合达", "润丰", "三和", "伟业", "星海", "亿达"};
  static final Map<String, String[]> IND_EN = Map.ofEntries(
      Map.entry("GA", new String[]{"Rare Metals", "Semiconductor Materials", "Gallium Industry", "New Materials"}),
      Map.entry("GE", new String[]{"Germanium Industry", "Rare Metals", "Optoelectronic Materials"}),
      Map.entry("GR", new String[]{"Graphite", "Carbon Materials", "New Energy Materials", "Graphite Products"}),
      Map.entry("SB", new String[]{"Antimony Industry", "Antimony Products", "Nonferrous Metals", "Smelting"}),
      Map.entry("SH", new String[]{"Superhard Materials", "Diamond Tools", "Abrasives"}),
      Map.entry("W", new String[]{"Tungsten", "Tungsten Materials", "Cemented Carbide", "Tungsten & Molybdenum"}),
      Map.entry("TE", new String[]{"Advanced Materials", "Rare Metals", "Thin Film Materials"}),
      Map.entry("BI", new String[]{"Bismuth Industry", "Nonferrous Metals", "Smelting"}),
      Map.entry("MO", new String[]{"Molybdenum", "Tungsten & Molybdenum", "Metal Powders"}),
      Map.entry("IN", new String[]{"Indium Industry", "Rare Metals", "Photoelectric Materials"}),
      Map.entry("RE", new String[]{"Rare Earth", "Rare Earth New Materials", "Rare Earth Functional Materials"}),
      Map.entry("MAG", new String[]{"Magnetics", "Magnet Technology", "Magnetoelectric", "Permanent Magnet"}),
      Map.entry("TRADE", new String[]{"Import & Export", "International Trade", "Metals & Minerals", "Supply Chain Management", "Trading", "Industrial"}),
      Map.entry("GEN", new String[]{"Ceramics", "Hardware", "Lighting", "Machinery", "Building Materials", "Industry", "Display Products", "Furniture"}));
  static final Map<String, String> IND_ZH = Map.ofEntries(Map.entry("GA", "镓业"), Map.entry("GE", "锗业"), Map.entry("GR", "石墨"), Map.entry("SB", "锑业"),
      Map.entry("SH", "超硬材料"), Map.entry("W", "钨业"), Map.entry("TE", "新材料"), Map.entry("BI", "铋业"), Map.entry("MO", "钼业"), Map.entry("IN", "铟业"),
      Map.entry("RE", "稀土"), Map.entry("MAG", "磁业"), Map.entry("TRADE", "进出口贸易"), Map.entry("GEN", "实业"));

  static final class Exporter {
    String id, name, prov, cityEn, type, fam; LocalDate from, to; List<String> range = new ArrayList<>(); String[] offices; double size;
    Exporter sibling; // a related company of the same group (honest groups have them too)
  }
  static final List<Exporter> EXP = new ArrayList<>();
  static Exporter newExporter(String type, String fam, String prov, String brand, LocalDate from, LocalDate to) {
    Exporter e = new Exporter(); String[] c = city(prov); e.prov = prov; e.cityEn = c[2]; e.type = type; e.fam = fam;
    e.id = uscc(c[1], from.isAfter(LocalDate.of(2024, 6, 1)) || p(0.6));
    String indKey = type.equals("TRADER") || type.equals("SHELL") ? "TRADE" : fam;
    if (brand == null) brand = pick(PY);
    if (p(0.22)) {
      String hz = HZ[Math.floorMod(brand.hashCode(), HZ.length)];
      e.name = c[3] + hz + IND_ZH.getOrDefault(indKey, "实业") + (p(0.8) ? "有限公司" : "股份有限公司");
    } else {
      String ind = pick(IND_EN.getOrDefault(indKey, IND_EN.get("TRADE")));
      e.name = (p(0.7) ? c[2] + " " : "") + brand + " " + ind + (p(0.85) ? " Co., Ltd." : " Group Co., Ltd.");
      if (p(0.15)) e.name = e.name.toUpperCase(Locale.ROOT);
    }
    e.offices = PROV_OFF.get(prov); e.from = from; e.to = to; e.size = logU(0.3, 4);
    EXP.add(e); return e;
  }

  record Ctry(String code, String[] stems, String[] inds, String[] forms, String[] cities, String[] streets) {}
  static final Map<String, Ctry> CT = new LinkedHashMap<>();
  static void ct(String code, String stems, String inds, String forms, String cities, String streets) {
    CT.put(code, new Ctry(code, stems.split("\\|"), inds.split("\\|"), forms.split("\\|"), cities.split("\\|"), streets.split("\\|")));
  }
  static {
    ct("JP", "Tokai|Sanwa|Daiichi|Kanto|Hokuriku|Shinko|Yamato|Asahi|Kyowa|Toyo|Chuo|Taisei|Nisshin|Kohoku|Meiwa|Sakura|Tomoe", "Rare Metals|Materials|Chemical|Shoji|Metal Industry|Electronics|Magnetics|Crystal", "Co., Ltd.|K.K.|Corporation", "Tokyo|Osaka|Nagoya|Yokohama|Kitakyushu|Sendai|Hamamatsu", "2-5-1 Marunouchi, Chiyoda-ku|1-8-3 Nihonbashi, Chuo-ku|4-2-8 Shiba, Minato-ku|3-6-15 Umeda, Kita-ku|1-1-1 Meieki, Nakamura-ku");
    ct("KR", "Hanil|Daesung|Seoul|Korea|Samhwa|Dongbang|Kumho|Shinhan|Hyosan|Daejin|Poongsan|Jinyang", "Materials|Metal|Chemical|Electronics|Tech|Industrial", "Co., Ltd.|Corp.|Inc.", "Seoul|Incheon|Ulsan|Busan|Gumi|Pyeongtaek", "123 Teheran-ro, Gangnam-gu|45 Gongdan-ro|88 Saneop-ro|17 Namdong-daero");
    ct("TW", "Formosa|Chang Hong|Da Tong|Tai Yuan|Hsin Chu|Kuo Ming|Lien Hwa|Yuan Li|Jing Tai|Chia Hsin", "Materials|Electronics|Metal|Industrial|Technology|Optoelectronics", "Co., Ltd.|Corp.", "Hsinchu|Taoyuan|Taichung|Kaohsiung|Tainan", "No. 12, Keyuan Rd.|No. 5, Industry E. Rd.|No. 88, Sec. 2, Zhongshan Rd.");
    ct("US", "Midwest|Atlantic|Pacific|Summit|Keystone|Liberty|Great Lakes|Western|Pioneer|Allied|Continental|Cascade|Lone Star", "Alloys|Materials|Metals|Chemicals|Specialty Materials|Industrial Supply|Magnetics", "Inc.|LLC|Corp.", "Pittsburgh, PA|Cleveland, OH|Houston, TX|Phoenix, AZ|Newark, NJ|Chicago, IL|Portland, OR", "1200 Industrial Pkwy|455 Commerce Dr|88 Harbor Blvd|7100 Westfield Ave");
    ct("DE", "Rhein|Nord|Süd|Hansa|Bayern|Elbe|Ruhr|Schwarzwald|Main|Weser", "Metall|Metallhandel|Werkstoffe|Chemie|Magnettechnik|Rohstoffe", "GmbH|AG|GmbH & Co. KG", "Düsseldorf|Hamburg|Frankfurt am Main|Stuttgart|München|Essen|Hanau", "Industriestraße 12|Hafenstraße 45|Am Bahnhof 3|Siemensring 7");
    ct("NL", "Holland|Delta|Maas|Noord|Oranje|Lowlands|Rijn", "Metals|Trading|Chemicals|Minerals|Materials", "B.V.", "Rotterdam|Amsterdam|Eindhoven|Venlo", "Waalhaven Z.z. 21|Keizersgracht 120|Industrieweg 8");
    ct("BE", "Antwerp|Flanders|Scheldt|Brabant|Meuse|Wallonie", "Metals|Chemicals|Trading|Materials|Rare Metals", "NV|SA|BV", "Antwerpen|Olen|Hoboken|Liège|Gent", "Noorderlaan 147|Kanaaldijk 2|Rue de l'Industrie 10");
    ct("FR", "Alpes|Provence|Atlantique|Loire|Normandie", "Métaux|Matériaux|Chimie|Industrie", "SAS|SA", "Lyon|Grenoble|Paris|Marseille", "12 rue de la Gare|45 avenue Jean Jaurès");
    ct("IT", "Lombarda|Veneta|Adriatica|Padana|Ligure", "Metalli|Materiali|Magneti|Chimica", "S.r.l.|S.p.A.", "Milano|Torino|Brescia|Bologna", "Via Industriale 14|Via Roma 201");
    ct("GB", "Albion|Pennine|Thames|Northumbria|Severn|Midland", "Metals|Materials|Alloys|Trading|Chemicals", "Ltd|Limited|plc", "Sheffield|Birmingham|London|Manchester", "Unit 4, Riverside Park|12 Carlisle St");
    ct("PL", "Polmet|Wisła|Silesia|Baltic|Mazowsze", "Metale|Materiały|Trading|Magnesy", "Sp. z o.o.|S.A.", "Katowice|Warszawa|Wrocław|Łódź", "ul. Przemysłowa 12|ul. Fabryczna 5");
    ct("AT", "Tirol|Alpen|Donau|Steir", "Metall|Werkstoffe|Sinter", "GmbH|AG", "Reutte|Wien|Linz|Graz", "Industriezone 3|Hauptstraße 20");
    ct("SE", "Nordic|Svea|Bergslagen|Gota", "Metals|Hardmaterials|Materials", "AB", "Stockholm|Sandviken|Göteborg", "Industrivägen 8|Storgatan 15");
    ct("VN", "Viet Hung|Hoang Long|Thanh Dat|Minh Phat|An Phu|Dai Viet|Tan Thanh|Phu Thai", "Trading|Metal|Import Export|Industrial|Material", "Company Limited|JSC|Co., Ltd", "Hanoi|Hai Phong|Ho Chi Minh City|Lang Son|Lao Cai|Bac Ninh", "No. 15, Lane 68, Cau Giay|Lot B2, Dinh Vu Industrial Zone|KCN Dong Van, Lot 7|So 23 Le Loi");
    ct("TH", "Siam|Thai|Chao Phraya|Rayong|Bangkok|Eastern Seaboard|Krungthep", "Industries|Chemical|Metal|Trading|Materials|Polymer", "Co., Ltd.|Public Co., Ltd.", "Bangkok|Rayong|Chonburi|Samut Prakan|Ayutthaya", "99/9 Moo 4, Map Ta Phut|188 Sukhumvit Rd|55 Bangna-Trad Km 23|7/1 Amata City");
    ct("MY", "Malaysia|Pinang|Selangor|Johor|Perak|Klang", "Metal|Industries|Trading|Chemical|Materials", "Sdn. Bhd.|Berhad", "Penang|Shah Alam|Johor Bahru|Ipoh|Port Klang", "Plot 22, Bayan Lepas FIZ|Lot 5, Jalan Perindustrian|No. 8 Jalan SS 13/3");
    ct("SG", "Lion|Pacific|Straits|Marina|Orient|Temasek|Jurong", "Resources|Trading|Metals|Materials|Commodities", "Pte. Ltd.|Pte Ltd", "Singapore", "10 Anson Road #12-05|1 Raffles Place #44-01|21 Tuas Ave 3|80 Robinson Rd #10-01");
    ct("HK", "Hong Kong|Victoria|Kowloon|Golden Bridge|Harbour|Pearl River|Wing Fat|Tai Shing", "Trading|Metals|Resources|International|Industrial|Development", "Limited|Co., Limited|Company Limited", "Hong Kong|Kowloon|Kwun Tong|Tsim Sha Tsui", "Unit 1203, 12/F, Tower B, Millennium City|Flat 8, 17/F, Nathan Centre, 580 Nathan Rd|Room 2105, 21/F, Wing On Centre|Unit A, 9/F, Kwai Shing Ind. Bldg");
    ct("IN", "Bharat|Shree|Hindustan|Deccan|Gujarat|Indus|Sai|Vardhman", "Metals|Alloys|Chemicals|Industries|Magnetics|Minerals", "Pvt. Ltd.|Limited|Private Limited", "Mumbai|Pune|Chennai|Ahmedabad|Bengaluru|Vadodara", "Plot 45, MIDC Bhosari|Survey No. 112, GIDC Vapi|23 Industrial Estate, Guindy");
    ct("AE", "Gulf|Emirates|Falcon|Al Noor|Desert Star|Jebel Ali|Oasis|Crescent", "General Trading|Metals|Commodities|Trading|Resources", "FZE|FZCO|LLC|L.L.C.", "Dubai|Sharjah|Abu Dhabi", "Office 1204, JAFZA View 18|Warehouse 5, Al Quoz Ind. 3|PO Box 61244, Jebel Ali Free Zone|Office 305, SAIF Zone");
    ct("TR", "Anadolu|Marmara|Ege|Bosphorus|Kartal|Başak", "Metal|Kimya|Dış Ticaret|Sanayi", "A.Ş.|Ltd. Şti.", "Istanbul|Izmir|Bursa|Kocaeli", "Organize Sanayi Bölgesi 4. Cad. No:12|Atatürk Cad. No:88");
    ct("MX", "Metales del Norte|Aztec|Monterrey|Bajío|Golfo|Sierra Madre", "Industrial|Metales|Químicos|Comercializadora", "S.A. de C.V.|S. de R.L. de C.V.", "Monterrey, N.L.|Querétaro, Qro.|Guadalajara, Jal.|Nuevo Laredo, Tamps.|Ciudad de México", "Av. Industrial 1450|Blvd. Aeropuerto 300|Calle 5 de Mayo 22");
    ct("RU", "Ural|Sibir|Volga|Baltika|Neva|Primorye|Sever", "Metall|Trade|Materials|Khimprom|Splav", "LLC|JSC|OOO", "Moscow|Yekaterinburg|Novosibirsk|St. Petersburg|Chelyabinsk", "ul. Promyshlennaya 14|prospekt Mira 101|ul. Lenina 8");
    ct("KZ", "Kazakh|Astana|Altyn|Steppe|Saryarka|Almaty", "Trade|Metal|Resource|Industrial", "LLP|TOO|JSC", "Almaty|Astana|Karaganda|Pavlodar|Khorgos", "Abay Ave 52|Dostyk St 180|Industrial zone 4, bld 7");
    ct("BR", "Paulista|Minas|Atlântico|Cerrado", "Metais|Materiais|Química", "Ltda.|S.A.", "São Paulo|Belo Horizonte|Campinas", "Rua da Indústria 450|Av. Paulista 1000");
    ct("CA", "Maple|Northern|Laurentian|Pacific Rim|Great North", "Metals|Materials|Alloys|Industrial", "Inc.|Ltd.", "Toronto, ON|Montreal, QC|Vancouver, BC|Trail, BC", "250 Industrial Rd|1100 Boul. Industriel");
    ct("AU", "Southern Cross|Coral|Outback|Eureka|Murray", "Metals|Materials|Resources|Industrial", "Pty Ltd", "Sydney NSW|Melbourne VIC|Perth WA|Brisbane QLD", "12 Frankston Rd|45 Kewdale Rd");
    ct("EE", "Baltic|Tallinn|Narva|Viru", "Metals|Materials|Rare Metals", "AS|OÜ", "Sillamäe|Tallinn|Narva", "Kesk 2|Tööstuse 12");
    ct("MN", "Mongol|Khan|Gobi|Ulaan|Tenger", "Trade|Resources|Metal", "LLC", "Ulaanbaatar|Zamyn-Uud", "Peace Ave 17|Chinggis Ave 24");
    ct("LA", "Lao|Mekong|Vientiane|Champa", "Trading|Import Export|Industry", "Sole Co., Ltd.|Co., Ltd.", "Vientiane|Boten|Luang Namtha", "Ban Nongbone, Saysettha Dist.|Boten Special Economic Zone, Lot 12");
    ct("ID", "Nusantara|Garuda|Merdeka|Java|Borneo", "Metal|Industri|Kimia|Trading", "PT|PT Tbk", "Jakarta|Surabaya|Batam|Bekasi", "Jl. Industri Raya No. 12|Kawasan Industri MM2100 Blok C");
    ct("IL", "Negev|Galil|Carmel|Sharon", "Materials|Industries|Technologies", "Ltd.", "Haifa|Petah Tikva|Beersheba", "12 HaMelacha St|5 Ha'Atsmaut Rd");
    ct("CZ", "Bohemia|Morava|Vltava", "Metals|Materials", "s.r.o.|a.s.", "Praha|Ostrava|Brno", "Průmyslová 1225|Vídeňská 55");
  }
  static final class Consignee { String name, country, addr, kind; LocalDate first; boolean hub; }
  static final Map<String, List<Consignee>> CONS = new HashMap<>();
  static Consignee newConsignee(String cc, String kind) {
    Ctry c = CT.get(cc); Consignee k = new Consignee(); k.country = cc; k.kind = kind;
    String stem = pick(c.stems), ind = pick(c.inds), form = pick(c.forms);
    if (cc.equals("JP") && form.equals("K.K.") && p(0.5)) k.name = pick(c.stems) + " " + ind + " Kabushiki Kaisha";
    else if (cc.equals("ID")) k.name = form.startsWith("PT Tbk") ? "PT " + stem + " " + ind + " Tbk" : "PT " + stem + " " + ind;
    else k.name = stem + " " + ind + " " + form;
    if (kind.equals("FWD") && p(0.6)) k.name = stem + " " + pick(new String[]{"Logistics", "Global Supply", "Freight", "International Trading", "Sourcing"}) + " " + form;
    k.addr = pick(c.streets) + ", " + pick(c.cities) + (cc.equals("HK") || cc.equals("SG") ? "" : ", " + countryName(cc));
    CONS.computeIfAbsent(cc, x -> new ArrayList<>()).add(k);
    return k;
  }
  static String countryName(String cc) {
    return switch (cc) { case "JP" -> "Japan"; case "KR" -> "Korea"; case "TW" -> "Taiwan"; case "US" -> "USA"; case "DE" -> "Germany"; case "NL" -> "Netherlands";
      case "BE" -> "Belgium"; case "FR" -> "France"; case "IT" -> "Italy"; case "GB" -> "United Kingdom"; case "PL" -> "Poland"; case "AT" -> "Austria"; case "SE" -> "Sweden";
      case "VN" -> "Vietnam"; case "TH" -> "Thailand"; case "MY" -> "Malaysia"; case "IN" -> "India"; case "AE" -> "UAE"; case "TR" -> "Türkiye"; case "MX" -> "Mexico";
      case "RU" -> "Russia"; case "KZ" -> "Kazakhstan"; case "BR" -> "Brazil"; case "CA" -> "Canada"; case "AU" -> "Australia"; case "EE" -> "Estonia"; case "MN" -> "Mongolia";
      case "LA" -> "Lao PDR"; case "ID" -> "Indonesia"; case "IL" -> "Israel"; case "CZ" -> "Czech Republic"; default -> cc; };
  }
  static Consignee consignee(String cc, boolean fresh) {
    List<Consignee> l = CONS.get(cc);
    if (fresh || l == null || l.size() < 3 || p(0.25)) return newConsignee(cc, p(0.05) ? "FWD" : p(0.12) ? "DIST" : "END");
    return pick(l);
  }
  // honest destination mix per family
  static String destFor(String fam) {
    return switch (fam) {
      case "GA" -> wpick("JP", 45, "DE", 20, "KR", 15, "NL", 8, "TW", 7, "FR", 2, "GB", 2, "IN", 1);
      case "GE", "GEX" -> wpick("BE", 26, "RU", 18, "JP", 18, "DE", 14, "TW", 5, "FR", 5, "KR", 4, "CA", 2, "IL", 3, "GB", 3, "US", 2);
      case "GR" -> wpick("KR", 25, "JP", 15, "US", 10, "IN", 12, "DE", 6, "PL", 6, "ID", 5, "TR", 4, "SE", 3, "NL", 4, "VN", 4, "CA", 3, "RU", 3);
      case "GRX" -> wpick("IN", 15, "RU", 12, "TR", 10, "KR", 10, "VN", 8, "ID", 8, "US", 8, "DE", 6, "MY", 5, "KZ", 5, "BR", 5, "JP", 8);
      case "SB" -> wpick("JP", 20, "KR", 15, "VN", 10, "IN", 10, "BE", 6, "NL", 5, "DE", 8, "MY", 8, "TH", 7, "TW", 5, "TR", 3, "ID", 3);
      case "SBX" -> wpick("US", 12, "JP", 12, "KR", 10, "IN", 12, "TH", 10, "MY", 8, "VN", 10, "DE", 6, "BE", 4, "MX", 6, "TR", 5, "ID", 5);
      case "SH", "SHX" -> wpick("IN", 22, "TR", 10, "RU", 10, "VN", 10, "KR", 8, "DE", 8, "IT", 8, "BR", 6, "US", 8, "AE", 5, "TH", 5);
      case "W", "WX" -> wpick("JP", 35, "KR", 14, "US", 10, "DE", 12, "AT", 6, "SE", 5, "IN", 6, "VN", 3, "RU", 4, "TW", 3, "IL", 2);
      case "TE", "TEX" -> wpick("JP", 25, "US", 15, "KR", 15, "DE", 12, "MY", 10, "IN", 8, "TW", 10, "RU", 5);
      case "BI", "BIX" -> wpick("JP", 22, "KR", 15, "NL", 10, "DE", 10, "US", 12, "BE", 6, "IN", 8, "TW", 6, "VN", 5, "MY", 6);
      case "MO", "MOX" -> wpick("JP", 18, "KR", 18, "DE", 12, "NL", 8, "US", 10, "IN", 10, "RU", 6, "TR", 6, "BE", 6, "TW", 6);
      case "IN", "INX" -> wpick("JP", 30, "KR", 25, "TW", 20, "US", 10, "DE", 8, "NL", 7);
      case "RE" -> wpick("JP", 35, "US", 12, "NL", 10, "KR", 12, "VN", 6, "EE", 4, "DE", 8, "FR", 4, "IN", 5, "TW", 4);
      case "REX" -> wpick("JP", 25, "US", 12, "KR", 12, "VN", 8, "IN", 10, "DE", 8, "NL", 6, "MY", 5, "TR", 5, "RU", 5, "BR", 4);
      case "MAG", "MAGX" -> wpick("DE", 15, "US", 12, "KR", 10, "VN", 8, "IN", 10, "TH", 7, "JP", 8, "MX", 5, "IT", 5, "PL", 4, "TR", 4, "BR", 4, "TW", 4, "CZ", 3, "MY", 3);
      case "BASE" -> wpick("KR", 12, "VN", 15, "IN", 12, "TH", 8, "MY", 8, "JP", 10, "ID", 8, "TR", 6, "AE", 6, "HK", 5, "RU", 5, "KZ", 5);
      default -> wpick("US", 14, "VN", 10, "TH", 8, "MY", 7, "AE", 8, "HK", 9, "DE", 6, "GB", 5, "AU", 6, "IN", 6, "MX", 5, "KZ", 4, "RU", 6, "MN", 3, "LA", 3);
    };
  }

  // ------------------------------------------------------------------ licenses
  static final class LItem { int no; String code, hs, desc, unit; double qty, value, used; P pr; }
  static final class License {
    String no, type, status = "VALID"; LocalDate issued, from, until; Exporter ex; String cons, consCc, eu, euCc, endUse; List<String> dests = new ArrayList<>();
    List<LItem> items = new ArrayList<>(); boolean honest = true;
    LItem item(String hs) { for (LItem i : items) if (i.hs.equals(hs)) return i; return null; }
  }
  static final List<License> LIC = new ArrayList<>();
  static final Set<String> LICNO = new HashSet<>();
  static String licNo(LocalDate issued, String fam) {
    String f = switch (fam) { case "GA" -> "GA"; case "GE" -> "GE"; case "GR" -> "GR"; case "SB" -> "SB"; case "SH" -> "SH"; case "W" -> "WU"; case "TE" -> "TE";
      case "BI" -> "BI"; case "MO" -> "MO"; case "IN" -> "IN"; default -> "RE"; };
    while (true) { String s = String.format(Locale.ROOT, "%02d%s%06d", issued.getYear() % 100, f, ri(1, 999999)); if (LICNO.add(s)) return s; }
  }
  static License newLicense(String type, LocalDate need, Exporter ex, Consignee c, String eu, String euCc, List<String> dests, String fam) {
    License l = new License(); l.type = type;
    l.issued = need.minusDays(type.equals("SINGLE") ? ri(12, 75) : ri(20, 120));
    if (fam.equals("RE") || fam.equals("MAG")) { LocalDate min = LocalDate.of(2025, 4, 20); if (l.issued.isBefore(min) && !need.isBefore(min)) l.issued = min.plusDays(ri(0, Math.max(0, (int) (need.toEpochDay() - min.toEpochDay())))); }
    if (l.issued.isAfter(need)) l.issued = need;
    l.from = l.issued;
    l.until = type.equals("SINGLE") ? l.from.plusMonths(p(0.5) ? 6 : 12).minusDays(1) : l.from.plusYears(p(0.5) ? 1 : p(0.5) ? 2 : 3).minusDays(1);
    l.no = licNo(l.issued, fam); l.ex = ex; l.cons = c.name; l.consCc = c.country; l.eu = eu; l.euCc = euCc; l.dests.addAll(dests);
    l.endUse = pick(new String[]{"production of semiconductor devices", "manufacture of electronic components", "civil industrial use", "production of alloys for civil use",
        "manufacture of electric motors", "optical components for civil cameras", "catalyst production", "flame retardant production", "battery materials", "research and development"});
    LIC.add(l); return l;
  }
  static LItem addItem(License l, P pr, double qty, double value) {
    LItem i = new LItem(); i.pr = pr; i.no = l.items.size() + 1; i.code = pr.code; i.hs = pr.hs; i.desc = pr.d[0]; i.unit = pr.unit.toUpperCase(Locale.ROOT);
    i.qty = qty; i.value = value; l.items.add(i); return i;
  }

  // ------------------------------------------------------------------ declarations
  static final class Line { String hs, desc, unit, lic = ""; double qty, net, value; }
  static final class Decl {
    String id = "", office, consName, consCc, consAddr = "", euName = "", euCc = "", euAddr = "", dest, transit = "", mode, endUse = "";
    LocalDate date; Exporter ex; int containers; double gross; List<Line> lines = new ArrayList<>();
    String typ = "", diff = "", mech = "", la = ""; int order;
  }
  // honest trade relationship
  static final class Rel {
    Exporter ex; Consignee c; List<P> prods = new ArrayList<>(); String office, dest, transit = ""; LocalDate from, to; double lot, contract, weight;
    String licMode; String eu = "", euCc = "", euAddr = ""; License gen; int n; String la = ""; boolean usLate;
  }
  static final List<Rel> RELS = new ArrayList<>();

  static double gpn(String pack) { Pack k = PK.get(pack); return u(k.lo, k.hi); }
  static Line line(P pr, double qty, double unitPrice) {
    Line l = new Line(); l.hs = pr.hs; l.unit = pr.unit; l.qty = qty; l.desc = pick(pr.d);
    l.net = pr.unit.equals("kg") ? qty : qty * pr.kgPc * u(0.9, 1.1);
    l.value = qty * unitPrice; return l;
  }
  static void finish(Decl d, List<P> packs) {
    double g = 0, net = 0;
    for (int i = 0; i < d.lines.size(); i++) { Line l = d.lines.get(i); String pk = packs.get(i).pack; Pack k = PK.get(pk); g += l.net * gpn(pk) + k.extra; net += l.net; }
    if (d.mode.equals("POST")) g += u(0.1, 0.6);
    d.gross = g;
    d.containers = containersFor(d, packs);
  }
  static int containersFor(Decl d, List<P> packs) {
    if (d.mode.equals("AIR") || d.mode.equals("POST")) return 0;
    double cap = Double.MAX_VALUE; for (P x : packs) cap = Math.min(cap, PK.get(x.pack).perCont);
    if (d.mode.equals("ROAD")) return d.dest.equals("HK") || d.gross > 8000 ? Math.max(1, (int) Math.ceil(d.gross / Math.max(cap, 20000))) : (p(0.5) ? 0 : 1);
    if (d.gross < cap * 0.45 && p(0.8)) return 0; // LCL / break bulk
    if (packs.get(0).pack.equals("JUMBO") && d.gross > 60000 && p(0.4)) return 0; // bulk vessel
    return Math.max(1, (int) Math.ceil(d.gross / (cap * u(0.92, 1.0))));
  }
  static String modeOf(String office) { return OF.get(office).mode; }
  static String transitFor(String office, String dest) {
    Office o = OF.get(office);
    if (o.mode.equals("RAIL") && (o.region.equals("XJ") || o.region.equals("HA") || o.region.equals("SC"))) {
      if (dest.equals("KZ")) return ""; if (dest.equals("RU")) return "KZ";
      return dest.equals("PL") ? "KZ;RU;BY" : "KZ;RU;BY;PL";
    }
    if (o.code.equals("8611") && dest.equals("TH")) return "LA";
    if (o.code.equals("0712") && dest.equals("RU")) return "MN";
    return "";
  }
  static String officeFor(Exporter e, String dest, P pr) {
    List<String> ok = new ArrayList<>();
    for (String oc : e.offices) {
      Office o = OF.get(oc);
      if (o.dests.length > 0) { if (Arrays.asList(o.dests).contains(dest)) ok.add(oc); continue; }
      if (o.mode.equals("POST")) continue;
      if (o.mode.equals("AIR") != pr.air) { if (!(pr.air && pr.unit.equals("kg") && pr.hi > 3000 && o.mode.equals("SEA"))) continue; }
      ok.add(oc);
    }
    if (pr.air && p(0.1)) for (String oc : e.offices) if (OF.get(oc).mode.equals("POST")) return oc; // courier lots of small high-value goods
    if (ok.isEmpty()) for (String oc : e.offices) if (OF.get(oc).dests.length == 0 && !OF.get(oc).mode.equals("POST")) ok.add(oc);
    // land offices get preference for neighbours
    for (String oc : ok) if (OF.get(oc).dests.length > 0 && p(0.75)) return oc;
    return pick(ok);
  }

  // honest date density
  static double density(String fam, String dest, LocalDate d) {
    double x = 1;
    int dow = d.getDayOfWeek().getValue(); if (dow == 7) x *= 0.25; else if (dow == 6) x *= 0.55;
    for (LocalDate cny : new LocalDate[]{LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17)}) {
      long k = d.toEpochDay() - cny.toEpochDay(); if (k >= -3 && k <= 7) x *= 0.2; else if (k > 7 && k <= 16) x *= 0.6; else if (k >= -18 && k < -3) x *= 1.25;
    }
    if (d.getMonthValue() == 10 && d.getDayOfMonth() <= 7) x *= 0.3;
    if (d.getMonthValue() == 12 || d.getMonthValue() == 11) x *= 1.12;
    if (d.getMonthValue() == 8) x *= 0.92;
    int m = (d.getYear() - 2025) * 12 + d.getMonthValue() - 1;
    switch (fam) {
      case "GA" -> { if (m == 3) x *= 0.6; if (m == 4) x *= 0.12; if (m == 5) x *= 0.7; if (m >= 12) x *= 1.15; }
      case "GE" -> { if (m >= 3 && m <= 5) x *= 0.15; else if (m >= 6 && m <= 11) x *= 0.7; }
      case "SB" -> { x *= m <= 3 ? 0.8 : m <= 7 ? 0.3 : m <= 11 ? 0.45 : 0.6; }
      case "RE", "MAG" -> { if (m == 3 && d.getDayOfMonth() >= 4) x *= 0.15; else if (m == 4) x *= 0.25; else if (m == 5) x *= 0.6; else if (m >= 6) x *= 0.95; }
      case "W", "BI", "TE", "MO", "IN" -> { if (m == 1 && d.getDayOfMonth() >= 4) x *= 0.35; else if (m == 2) x *= 0.55; else if (m >= 3 && m <= 5) x *= 0.85; }
      case "SBX" -> { if (m >= 4) x *= 1.1; }
      default -> {}
    }
    if (dest.equals("US") && (fam.equals("MAG") || fam.equals("RE"))) { if (m >= 3 && m <= 5) x *= 0.4; }
    return x;
  }
  static LocalDate sampleDate(String fam, String dest, LocalDate from, LocalDate to) {
    int a = Math.max(0, idx(from)), b = Math.min(NDAYS - 1, idx(to)); if (b < a) b = a;
    for (int t = 0; t < 200; t++) { LocalDate d = day(ri(a, b)); if (u() * 1.5 < density(fam, dest, d)) return d; }
    return day(ri(a, b));
  }

  // build an honest declaration for a relationship on a date
  static Decl honest(Rel r, LocalDate d) {
    Decl x = new Decl(); x.date = d; x.ex = r.ex; x.office = r.office; x.mode = modeOf(r.office); x.dest = r.dest; x.transit = r.transit;
    x.consName = r.c.name; x.consCc = r.c.country; x.consAddr = r.c.addr;
    int nl = r.prods.size() == 1 ? 1 : p(0.55) ? 1 : Math.min(r.prods.size(), ri(2, 3));
    List<P> chosen = new ArrayList<>(); List<P> pool = new ArrayList<>(r.prods);
    chosen.add(pool.remove(p(0.7) ? 0 : R.nextInt(pool.size())));
    while (chosen.size() < nl && !pool.isEmpty()) chosen.add(pool.remove(R.nextInt(pool.size())));
    boolean anyCtrl = false;
    for (P pr : chosen) {
      double q = logU(pr.lo, pr.hi) * r.lot / (nl > 1 ? nl * 0.8 : 1);
      if (x.mode.equals("AIR") && pr.unit.equals("kg")) q = Math.min(q, pr.air ? pr.hi : 1500 * u(0.3, 1));
      if (x.mode.equals("POST") && pr.unit.equals("kg")) q = Math.min(q, u(1, 25));
      q = roundQty(pr, Math.max(q, pr.unit.equals("kg") ? 1 : 1));
      double price = pr.price(d) * r.contract * logn(0.035);
      Line l = line(pr, q, price); x.lines.add(l);
      if (pr.controlledAt(d)) anyCtrl = true;
    }
    if (anyCtrl) { x.euName = r.eu.isEmpty() ? r.c.name : r.eu; x.euCc = r.eu.isEmpty() ? r.c.country : r.euCc; x.euAddr = r.eu.isEmpty() ? (p(0.5) ? r.c.addr : "") : r.euAddr; x.endUse = "CIVIL"; }
    else if (!r.eu.isEmpty() && p(0.5)) { x.euName = r.eu; x.euCc = r.euCc; x.euAddr = r.euAddr; }
    else if (p(0.25)) { x.euName = r.c.name; x.euCc = r.c.country; }
    for (int i = 0; i < chosen.size(); i++) {
      P pr = chosen.get(i); Line l = x.lines.get(i);
      if (pr.controlledAt(d)) {
        if (p(0.35)) l.desc = l.desc + (p(0.5) ? " [dual-use item" + (pr.code.isEmpty() ? "" : " " + pr.code) + "]" : " 属于两用物项" + (pr.code.isEmpty() ? "" : " " + pr.code));
        l.lic = honestLicense(r, pr, d, l.qty, l.value, x);
      } else if (pr.ctrl != null && p(0.2)) l.desc = l.desc + " (pre-control shipment)";
    }
    finish(x, chosen);
    return x;
  }
  static double roundQty(P pr, double q) {
    if (!pr.unit.equals("kg")) return Math.max(1, Math.round(q));
    if (q > 5000) return Math.round(q / 500) * 500.0; if (q > 500) return Math.round(q / 25) * 25.0; if (q > 20) return Math.round(q); return Math.round(q * 10) / 10.0;
  }
  static List<String> licDests(Rel r) { List<String> l = new ArrayList<>(); l.add(r.dest); if (!r.euCc.isEmpty() && !r.euCc.equals(r.dest)) l.add(r.euCc); return l; }
  static String honestLicense(Rel r, P pr, LocalDate d, double qty, double value, Decl x) {
    if (r.licMode.equals("GENERAL")) {
      License g = r.gen;
      LItem it = g == null ? null : g.item(pr.hs);
      if (g == null || d.isAfter(g.until) || it == null || it.qty - it.used < qty) {
        // new general license for the relationship (a fresh one; previous may stay partly unused)
        g = newLicense("GENERAL", d, r.ex, r.c, x.euName, x.euCc, licDests(r), pr.fam);
        if (g.issued.isBefore(d.minusDays(200))) g.issued = d.minusDays(ri(20, 90));
        g.from = g.issued; g.until = g.from.plusYears(ri(1, 3)).minusDays(1);
        for (P q : r.prods) if (q.ctrl != null) {
          double perShip = Math.sqrt(q.lo * q.hi) * r.lot; double expect = Math.max(perShip * r.weight * 1.3 * u(1.0, 1.6), qty * 1.5);
          expect = Math.ceil(expect / 100) * 100; addItem(g, q, expect, expect * q.price(d) * 1.4);
        }
        r.gen = g; it = g.item(pr.hs);
      }
      it.used += qty; return g.no;
    }
    // single license: one per declaration (items for each controlled line)
    License s = null;
    for (Line l : x.lines) if (!l.lic.isEmpty()) { s = findLic(l.lic); break; }
    if (s == null) s = newLicense("SINGLE", d, r.ex, r.c, x.euName, x.euCc, licDests(r), pr.fam);
    double lq = p(0.7) ? qty : roundQty(pr, qty * u(1.0, 1.15));
    LItem it = addItem(s, pr, lq, Math.max(value, lq * pr.price(d)) * u(1.0, 1.2)); it.used += qty;
    return s.no;
  }
  static final Map<String, License> LIC_BY_NO = new HashMap<>();
  static License findLic(String no) { if (LIC_BY_NO.size() != LIC.size()) { LIC_BY_NO.clear(); for (License l : LIC) LIC_BY_NO.put(l.no, l); } return LIC_BY_NO.get(no); }

  // ------------------------------------------------------------------ population
  static final String[][] PRODUCER_RANGES = {
      {"SB", "HN", "SB_INGOT", "SB_TRIOX_HP", "SB_TRIOX_ORD", "SB_POWDER", "PB_SB_ALLOY"}, {"SB", "GX", "SB_INGOT", "SB_TRIOX_ORD", "SB_TRIOX_HP", "PB_SB_ALLOY"},
      {"SBX", "HN", "SB_TRIOX_ORD", "FR_MB", "PB_SB_ALLOY"}, {"SB", "YN", "SB_INGOT", "SB_ORE", "SB_TRIOX_ORD"},
      {"GA", "SD", "GA_METAL", "GA_6N", "GA_OXIDE"}, {"GA", "HA", "GA_METAL", "GA_OXIDE"}, {"GA", "BJ", "GAAS_WAFER", "GAN_WAFER", "GE_SUBSTRATE"}, {"GA", "GD", "GA_METAL", "GA_6N", "IN_INGOT"},
      {"GE", "YN", "GE_INGOT", "GE_DIOXIDE", "GE_LENS"}, {"GE", "GD", "GE_DIOXIDE", "GE_INGOT"}, {"GEX", "YN", "GE_LENS"}, {"GEX", "HB", "GE_LENS"},
      {"GR", "HL", "GR_FLAKE", "GR_SPHERICAL", "GR_AMORPH"}, {"GR", "SD", "GR_FLAKE", "GR_EXPANDED", "GR_SPHERICAL"}, {"GR", "SH", "GR_HP", "GR_ANODE"},
      {"GRX", "NM", "GR_ELECTRODE", "GR_AMORPH"}, {"GRX", "GD", "GR_ANODE"}, {"SH", "HA", "DIA_POWDER", "DIA_SAW", "SH_PRESS"}, {"SHX", "HA", "DIA_POWDER", "DIA_SAW"},
      {"SH", "SH", "SH_WINDOW", "DIA_POWDER"},
      {"W", "JX", "W_APT", "W_OXIDE", "W_CARBIDE", "W_POWDER", "FERRO_W"}, {"W", "FJ", "W_APT", "W_CARBIDE", "W_POWDER", "W_HEAVY"}, {"WX", "HN", "CARBIDE_TOOL", "W_POWDER"},
      {"W", "HN", "W_CARBIDE", "CARBIDE_TOOL", "W_HEAVY"}, {"WX", "ZJ", "W_WIRE", "MO_WIRE"},
      {"TE", "SC", "TE_METAL", "CDTE", "TE_DIOXIDE"}, {"TE", "GD", "TE_METAL", "TE_DIOXIDE", "BI_OXIDE"},
      {"BI", "HN", "BI_METAL", "BI_NEEDLE", "BI_OXIDE"}, {"BI", "GD", "BI_SNBI", "SAC_SOLDER"}, {"BIX", "GD", "SAC_SOLDER"}, {"BI", "SH", "BGO", "BI_OXIDE"},
      {"MO", "HA", "MO_FINE", "MO_COARSE", "FEMO", "MO_OXIDE"}, {"MO", "SN", "MO_FINE", "MO_COARSE", "MO_WIRE"}, {"MOX", "HA", "FEMO", "MO_OXIDE"},
      {"IN", "GX", "IN_INGOT", "ITO_TARGET", "INP_WAFER"}, {"IN", "BJ", "INP_WAFER", "TMIN", "GAAS_WAFER"}, {"INX", "HN", "IN_INGOT", "ITO_TARGET"},
      {"RE", "NM", "DY_OXIDE", "TB_OXIDE", "Y_OXIDE", "NDPR_OXIDE", "LA_OXIDE", "CE_OXIDE", "PRND_METAL"}, {"RE", "JX", "DY_OXIDE", "TB_OXIDE", "DY_METAL", "TB_METAL", "Y_OXIDE", "HO_OXIDE", "GD_OXIDE"},
      {"RE", "FJ", "Y_OXIDE", "GD_OXIDE", "SM_METAL", "CE_OXIDE"}, {"REX", "NM", "LA_OXIDE", "CE_OXIDE", "NDPR_OXIDE", "FESIMG"}, {"REX", "SC", "CE_OXIDE", "LA_OXIDE", "NDPR_OXIDE"},
      {"MAG", "ZJ", "NDFEB_STD", "NDFEB_DY", "NDFEB_TB", "FERRITE"}, {"MAG", "NM", "NDFEB_STD", "NDFEB_DY"}, {"MAG", "BJ", "NDFEB_STD", "NDFEB_DY", "SMCO"},
      {"MAG", "JX", "NDFEB_STD", "NDFEB_TB", "NDFEB_DY"}, {"MAGX", "ZJ", "NDFEB_STD", "FERRITE"}, {"MAGX", "GD", "NDFEB_STD", "FERRITE"}, {"MAG", "SH", "SMCO", "NDFEB_STD"},
      {"BASE", "YN", "ZN_INGOT", "PB_INGOT", "SN_INGOT"}, {"BASE", "HN", "ZN_INGOT", "PB_INGOT"}, {"BASE", "NM", "SI_METAL", "FESI"}, {"BASE", "XJ", "SI_METAL", "FESI"},
      {"BASE", "GX", "ZN_INGOT", "SN_INGOT", "PB_INGOT"},
      {"GEN", "GD", "TILES", "TILE_ADH"}, {"GEN", "GD", "LED_LAMPS"}, {"GEN", "GD", "MANNEQUIN", "FURNITURE"}, {"GEN", "ZJ", "FASTENERS", "MACH_PARTS"},
      {"GEN", "ZJ", "ART_SUP", "LED_LAMPS", "SAMPLE_MISC"}, {"GEN", "HA", "REFRACTORY", "CAST_IRON"}, {"GEN", "SD", "CAST_IRON", "MACH_PARTS", "AL_PROFILE"},
      {"GEN", "GD", "LI_BATT"}, {"GEN", "GD", "WATER", "FURNITURE"}, {"GEN", "FJ", "TILES", "FURNITURE"}, {"GEN", "SH", "MACH_PARTS", "AL_PROFILE", "LI_BATT"}};
  static final String[][] TRADER_RANGES = {
      {"SH", "SB_INGOT", "SB_TRIOX_ORD", "W_APT", "BI_METAL", "ZN_INGOT", "TE_METAL"}, {"GD", "NDFEB_STD", "NDFEB_DY", "GA_METAL", "IN_INGOT", "SN_INGOT", "TILES"},
      {"ZJ", "NDFEB_STD", "FERRITE", "W_CARBIDE", "MO_COARSE", "FASTENERS"}, {"BJ", "GA_METAL", "GE_INGOT", "GE_DIOXIDE", "INP_WAFER", "Y_OXIDE"},
      {"TJ", "Y_OXIDE", "CE_OXIDE", "LA_OXIDE", "SI_METAL", "FESIMG"}, {"HN", "SB_TRIOX_ORD", "SB_INGOT", "BI_METAL", "PB_SB_ALLOY", "ZN_INGOT"},
      {"GX", "SB_INGOT", "IN_INGOT", "ZN_INGOT", "TILES", "SB_TRIOX_ORD"}, {"YN", "GE_INGOT", "SN_INGOT", "ZN_INGOT", "SB_TRIOX_ORD"},
      {"FJ", "W_APT", "W_OXIDE", "Y_OXIDE", "TILES"}, {"XJ", "SI_METAL", "FASTENERS", "TILES", "MACH_PARTS", "GR_ELECTRODE"}, {"SH", "GR_SPHERICAL", "GR_FLAKE", "GR_ANODE", "LI_BATT"},
      {"GD", "LED_LAMPS", "SAMPLE_MISC", "DIA_POWDER", "CARBIDE_TOOL", "SAC_SOLDER", "NDFEB_STD"}};

  static Rel rel(Exporter e, Consignee c, List<P> prods, LocalDate from, LocalDate to) {
    Rel r = new Rel(); r.ex = e; r.c = c; r.prods = prods; r.dest = c.country; r.office = officeFor(e, r.dest, prods.get(0)); r.transit = transitFor(r.office, r.dest);
    r.from = from; r.to = to; r.lot = logn(0.35); r.contract = logn(0.07); r.weight = e.size * logU(0.5, 3);
    boolean big = e.type.equals("PRODUCER") && e.size > 1.2;
    r.licMode = big && p(0.6) ? "GENERAL" : p(0.15) ? "GENERAL" : "SINGLE";
    if (c.kind.equals("DIST") || c.kind.equals("FWD")) { // distributor/forwarder/re-exporter: names its customer abroad
      String euc = wpick(c.country, 3, "DE", 1, "FR", 1, "IT", 1, "PL", 1, "JP", 1, "KR", 1, "IN", 1);
      Consignee eu = consignee(euc, p(0.5)); if (eu != c) { r.eu = eu.name; r.euCc = eu.country; r.euAddr = eu.addr; r.la = "LA_HUB_REEXPORT"; }
    }
    RELS.add(r); return r;
  }

  // ------------------------------------------------------------------ events
  static final class Ev { LocalDate d; int seq; Supplier<Decl> f; Ev(LocalDate d, int seq, Supplier<Decl> f) { this.d = d; this.seq = seq; this.f = f; } }
  static final List<Ev> EV = new ArrayList<>();
  static int evSeq = 0;
  static void ev(LocalDate d, Supplier<Decl> f) { EV.add(new Ev(d, evSeq++, f)); }
  static final Map<String, Integer> VCOUNT = new TreeMap<>(), LCOUNT = new TreeMap<>();
  static void vcount(String t) { VCOUNT.merge(t, 1, Integer::sum); }
  static void lcount(String t) { LCOUNT.merge(t, 1, Integer::sum); }
  static Decl tagV(Decl d, String typ, String diff, String mech) { d.typ = typ; d.diff = diff; d.mech = mech; return d; }
  static Decl tagL(Decl d, String la) { d.la = la; return d; }
  static String fmt2(double x) { return String.format(Locale.ROOT, "%.2f", x); }

  static List<Rel> relsWith(java.util.function.Predicate<Rel> f) { List<Rel> l = new ArrayList<>(); for (Rel r : RELS) if (f.test(r)) l.add(r); return l; }
  static Rel relWith(java.util.function.Predicate<Rel> f) { List<Rel> l = relsWith(f); return l.isEmpty() ? null : pick(l); }
  static boolean hasCtrl(Rel r) { for (P x : r.prods) if (x.ctrl != null) return true; return false; }
  static boolean hasFam(Rel r, String... f) { for (P x : r.prods) for (String y : f) if (x.fam.equals(y)) return true; return false; }
  static LocalDate clampInRel(Rel r, LocalDate d) { if (d.isBefore(r.from)) return r.from; if (d.isAfter(r.to)) return r.to; return d; }
  static LocalDate randDay(LocalDate a, LocalDate b) { int lo = Math.max(0, Math.min(NDAYS - 1, idx(a))), hi = Math.max(0, Math.min(NDAYS - 1, idx(b))); if (hi < lo) hi = lo; return day(ri(lo, hi)); }

  // a decl skeleton for a violating or special shipment
  static Decl skel(Exporter e, Consignee c, String office, LocalDate d) {
    Decl x = new Decl(); x.date = d; x.ex = e; x.office = office; x.mode = modeOf(office); x.consName = c.name; x.consCc = c.country; x.consAddr = c.addr; x.dest = c.country;
    x.transit = transitFor(office, x.dest); return x;
  }
  static String officeMode(Exporter e, String mode, String dest) {
    List<String> ok = new ArrayList<>();
    for (String oc : e.offices) { Office o = OF.get(oc); if (o.mode.equals(mode) && (o.dests.length == 0 || Arrays.asList(o.dests).contains(dest))) ok.add(oc); }
    if (ok.isEmpty()) for (Office o : OF.values()) if (o.mode.equals(mode) && (o.dests.length == 0 || Arrays.asList(o.dests).contains(dest))) ok.add(o.code);
    return ok.isEmpty() ? e.offices[0] : pick(ok);
  }

  public static void main(String[] a) throws Exception {
    int n = 100000; long seed = 1; String out = "out";
    for (int i = 0; i < a.length; i++) switch (a[i]) { case "--declarations" -> n = Integer.parseInt(a[++i]); case "--seed" -> seed = Long.parseLong(a[++i]); case "--out" -> out = a[++i]; default -> throw new IllegalArgumentException(a[i]); }
    R = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    long t0 = System.currentTimeMillis();
    buildPopulation(n);
    Scen.build(n);
    int special = EV.size();
    int nh = n - special;
    honestEvents(nh);
    EV.sort(Comparator.comparing((Ev e) -> e.d).thenComparingInt(e -> e.seq));
    List<Decl> ds = new ArrayList<>(n);
    for (Ev e : EV) { Decl d = e.f.get(); if (d == null) continue; d.date = e.d; ds.add(d); }
    assignIds(ds);
    write(Paths.get(out), ds);
    int v = 0; for (Decl d : ds) if (!d.typ.isEmpty()) v++;
    StringBuilder sb = new StringBuilder();
    sb.append("declarations=").append(ds.size()).append(" violations=").append(v).append(String.format(Locale.ROOT, " (%.2f%%)", 100.0 * v / ds.size()));
    sb.append(" licenses=").append(LIC.size()).append(" exporters=").append(EXP.size()).append(" | typologies:");
    Map<String, Integer> vc = new TreeMap<>(), lc = new TreeMap<>(); Map<String, int[]> dc = new TreeMap<>();
    for (Decl d : ds) { if (!d.typ.isEmpty()) { vc.merge(d.typ, 1, Integer::sum); int[] z = dc.computeIfAbsent(d.typ, k -> new int[3]); z[d.diff.equals("EASY") ? 0 : d.diff.equals("MEDIUM") ? 1 : 2]++; } if (!d.la.isEmpty()) lc.merge(d.la, 1, Integer::sum); }
    for (var en : vc.entrySet()) { int[] z = dc.get(en.getKey()); sb.append(' ').append(en.getKey()).append('=').append(en.getValue()).append("(e").append(z[0]).append("/m").append(z[1]).append("/h").append(z[2]).append(')'); }
    sb.append(" | honest look-alikes:"); for (var en : lc.entrySet()) sb.append(' ').append(en.getKey()).append('=').append(en.getValue());
    sb.append(" | ").append(System.currentTimeMillis() - t0).append(" ms");
    System.out.println(sb);
  }

  static void buildPopulation(int n) {
    double scale = Math.max(0.15, n / 100000.0);
    // producers and general-goods manufacturers
    for (String[] pr : PRODUCER_RANGES) {
      int k = (int) Math.max(1, Math.round(u(3, 7) * Math.sqrt(scale)));
      String prov = pr[1].equals("HB") ? "BJ" : pr[1];
      for (int i = 0; i < k; i++) {
        LocalDate from = p(0.78) ? START : day(ri(30, NDAYS - 120)), to = p(0.85) ? END : day(ri(Math.max(idx(from) + 90, 120), NDAYS - 1));
        Exporter e = newExporter(pr[0].equals("GEN") || pr[0].equals("BASE") ? "MANUF" : "PRODUCER", pr[0], prov, null, from, to);
        for (int j = 2; j < pr.length; j++) if (j < 4 || p(0.7)) e.range.add(pr[j]);
        if (p(0.12)) { // honest group trading arm with its own id, same brand word
          String brand = e.name.replaceAll("^[A-Z][a-z']+ ", "").split(" ")[0];
          if (brand.matches("[A-Za-z]+")) { Exporter s = newExporter("TRADER", pr[0], prov, brand, START.plusDays(ri(0, 300)), END); s.range.addAll(e.range); e.sibling = s; s.sibling = e; }
        }
      }
    }
    for (String[] tr : TRADER_RANGES) {
      int k = (int) Math.max(1, Math.round(u(4, 8) * Math.sqrt(scale)));
      for (int i = 0; i < k; i++) {
        LocalDate from = p(0.75) ? START : day(ri(30, NDAYS - 120)), to = p(0.85) ? END : day(ri(Math.max(idx(from) + 90, 120), NDAYS - 1));
        Exporter e = newExporter("TRADER", "TRADE", tr[0], null, from, to);
        for (int j = 1; j < tr.length; j++) if (p(0.65)) e.range.add(tr[j]);
        if (e.range.isEmpty()) e.range.add(tr[1]);
      }
    }
    // relationships
    int target = (int) Math.max(80, 1700 * scale);
    List<Exporter> ex = new ArrayList<>(EXP);
    for (int i = 0; i < target; i++) {
      Exporter e = pick(ex);
      if (e.range.isEmpty()) continue;
      List<P> prods = new ArrayList<>(); for (String k : e.range) if (prods.isEmpty() || p(0.45)) prods.add(P(k));
      Collections.shuffle(prods, new Random(R.nextLong()));
      String fam = prods.get(0).fam;
      String dest = destFor(fam);
      // offices of the exporter may allow land routes to neighbours
      if (p(0.12)) for (String oc : e.offices) { Office o = OF.get(oc); if (o.dests.length > 0 && p(0.6)) { dest = pick(o.dests); break; } }
      if (!CT.containsKey(dest) && !dest.equals("HK")) dest = "JP";
      Consignee c = consignee(dest, false);
      LocalDate from = e.from, to = e.to;
      if (p(0.3)) from = from.plusDays(ri(0, 400)); if (p(0.2)) to = to.minusDays(ri(0, 300));
      if (!to.isAfter(from.plusDays(30))) to = from.plusDays(60);
      boolean ctrlUSfam = false; for (P x : prods) if ((x.fam.equals("GA") || x.fam.equals("GE") || x.fam.equals("SB") || x.fam.equals("SH")) && x.ctrl != null) ctrlUSfam = true;
      if (dest.equals("US") && ctrlUSfam && from.isBefore(LocalDate.of(2025, 12, 1))) from = LocalDate.of(2025, 12, 1).plusDays(ri(0, 60));
      Rel r = rel(e, c, prods, from, to);
      if (p(0.07) && to.isBefore(END.minusDays(60))) { // consignee switches to another honest supplier of the same family
        List<Exporter> alt = new ArrayList<>(); for (Exporter y : EXP) if (y != e && y.fam.equals(e.fam) && !y.range.isEmpty()) alt.add(y);
        if (!alt.isEmpty()) { Exporter y = pick(alt); List<P> pp = new ArrayList<>(); for (String k : y.range) if (pp.isEmpty() || p(0.4)) pp.add(P(k)); Rel r2 = rel(y, c, pp, to.plusDays(ri(5, 40)), END); r2.la = "LA_CONSIGNEE_SWAP"; }
      }
    }
  }

  static void honestEvents(int nh) {
    double[] w = new double[RELS.size()]; double s = 0;
    for (int i = 0; i < w.length; i++) { Rel r = RELS.get(i); double len = Math.max(20, r.to.toEpochDay() - r.from.toEpochDay()); w[i] = r.weight * len; s += w[i]; }
    int given = 0; int[] cnt = new int[w.length];
    for (int i = 0; i < w.length; i++) { cnt[i] = (int) Math.floor(nh * w[i] / s); given += cnt[i]; }
    while (given < nh) { cnt[R.nextInt(w.length)]++; given++; }
    for (int i = 0; i < w.length; i++) {
      Rel r = RELS.get(i); String fam = r.prods.get(0).fam;
      List<LocalDate> dates = new ArrayList<>();
      for (int k = 0; k < cnt[i]; k++) dates.add(sampleDate(fam, r.dest, r.from, r.to));
      Collections.sort(dates);
      int swapMark = r.la.equals("LA_CONSIGNEE_SWAP") ? Math.min(3, dates.size()) : 0;
      for (int k = 0; k < dates.size(); k++) {
        final String la = k < swapMark ? "LA_CONSIGNEE_SWAP" : (r.la.equals("LA_HUB_REEXPORT") && p(0.5) ? "LA_HUB_REEXPORT" : "");
        final LocalDate dd = dates.get(k);
        ev(dd, () -> { Decl d = honest(r, dd); d.la = la; if (d.la.isEmpty() && preEffective(d)) d.la = "LA_PRE_EFFECTIVE"; return d; });
      }
    }
  }
  static boolean preEffective(Decl d) {
    for (Line l : d.lines) { P pr = byHs(l.hs, l.desc); if (pr != null && pr.ctrl != null && d.date.isBefore(pr.ctrl) && d.date.isAfter(pr.ctrl.minusDays(40))) return true; }
    return false;
  }
  static P byHs(String hs, String desc) { for (P x : PR.values()) if (x.hs.equals(hs)) for (String s : x.d) if (desc.startsWith(s)) return x; return null; }

  // ------------------------------------------------------------------ ids and output
  static void assignIds(List<Decl> ds) {
    Map<String, long[]> ctr = new HashMap<>();
    for (Decl d : ds) {
      String k = d.office + d.date.getYear();
      long[] c = ctr.computeIfAbsent(k, z -> new long[]{ri(1000, 90000)});
      c[0] += 1 + (long) (-Math.log(1 - u()) * 25);
      d.id = d.office + d.date.getYear() + "0" + String.format(Locale.ROOT, "%09d", c[0]);
    }
  }
  static String q(String s) {
    if (s == null) return "";
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) return "\"" + s.replace("\"", "\"\"") + "\"";
    return s;
  }
  static String num(double x, int dec) { return new java.math.BigDecimal(x).setScale(dec, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(); }
  static void write(Path dir, List<Decl> ds) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("declarations.csv"), StandardCharsets.UTF_8);
         BufferedWriter t = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8);
         BufferedWriter td = Files.newBufferedWriter(dir.resolve("truth-detail.csv"), StandardCharsets.UTF_8)) {
      w.write("declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,consignee_name,consignee_country,consignee_address,end_user_name,end_user_country,destination_country,transit_countries,transport_mode,container_count,gross_weight_kg,hs_code,description,quantity,unit,net_weight_kg,value_usd,license_no,end_user_address,end_use\n");
      t.write("declaration_id,outcome,typology\n");
      td.write("declaration_id,outcome,typology,difficulty,mechanism,honest_lookalike\n");
      StringBuilder sb = new StringBuilder(512);
      for (Decl d : ds) {
        double netSum = 0; for (Line l : d.lines) netSum += l.net;
        if (d.gross <= netSum) d.gross = netSum * 1.002 + 0.1;
        String head = q(d.id) + ",";
        for (int i = 0; i < d.lines.size(); i++) {
          Line l = d.lines.get(i); sb.setLength(0);
          sb.append(head).append(i + 1).append(',').append(d.date).append(',').append(q(d.office)).append(',').append(d.ex.id).append(',').append(q(d.ex.name)).append(',')
            .append(q(d.consName)).append(',').append(d.consCc).append(',').append(q(d.consAddr)).append(',').append(q(d.euName)).append(',').append(d.euCc).append(',')
            .append(d.dest).append(',').append(d.transit).append(',').append(d.mode).append(',').append(d.containers).append(',').append(num(d.gross, 1)).append(',')
            .append(l.hs).append(',').append(q(l.desc)).append(',').append(num(l.qty, 3)).append(',').append(q(l.unit)).append(',').append(num(l.net, 3)).append(',')
            .append(num(l.value, 2)).append(',').append(q(l.lic)).append(',').append(q(d.euName.isEmpty() ? "" : d.euAddr)).append(',').append(d.endUse).append('\n');
          w.write(sb.toString());
        }
        boolean v = !d.typ.isEmpty();
        t.write(d.id + "," + (v ? "VIOLATION" : "CLEAN") + "," + d.typ + "\n");
        td.write(d.id + "," + (v ? "VIOLATION" : "CLEAN") + "," + d.typ + "," + d.diff + "," + q(d.mech) + "," + d.la + "\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("licenses.csv"), StandardCharsets.UTF_8)) {
      w.write("license_no,license_type,issued_at,valid_from,valid_until,status,exporter_id,exporter_name,consignee_name,consignee_country,end_user_name,end_user_country,end_use,destination_countries,item_no,control_code,hs_code,description,quantity,unit,value_usd\n");
      List<License> ls = new ArrayList<>(LIC); ls.sort(Comparator.comparing((License l) -> l.issued).thenComparing(l -> l.no));
      for (License l : ls) {
        if (l.items.isEmpty()) continue;
        String eu = l.eu.isEmpty() ? l.cons : l.eu, euc = l.euCc.isEmpty() ? l.consCc : l.euCc;
        for (LItem it : l.items) {
          w.write(String.join(",", l.no, l.type, l.issued.toString(), l.from.toString(), l.until.toString(), l.status, l.ex.id, q(l.ex.name), q(l.cons), l.consCc, q(eu), euc,
              q(l.endUse), String.join(";", l.dests), String.valueOf(it.no), q(it.code), it.hs, q(it.desc), num(it.qty, 3), it.unit, num(Math.max(1, it.value), 2)) + "\n");
        }
      }
    }
  }

  // ================================================================== violations and honest look-alikes
  static final class Scen {
    static int N;
    static int quota(double perHundredK) { return (int) Math.max(3, Math.round(N * perHundredK / 100000.0)); }
    static final String[] HUBS = {"VN", "TH", "MY", "HK", "AE", "TR", "KZ", "IN", "MX", "SG", "KR"};
    static final LocalDate CRACK = LocalDate.of(2025, 5, 9);

    static Exporter shell(LocalDate from) {
      String prov = wpick("GD", 4, "GX", 2, "YN", 1, "HN", 2, "ZJ", 2, "SH", 2, "FJ", 1, "XJ", 1, "NM", 1);
      Exporter e = newExporter("TRADER", "TRADE", prov, null, from, END); e.size = 0.5; return e;
    }
    static Exporter insider(String fam) {
      List<Exporter> l = new ArrayList<>();
      for (Exporter e : EXP) { if (e.type.equals("MANUF")) continue; for (String k : e.range) if (P(k).fam.equals(fam) || P(k).fam.equals(fam + "X")) { l.add(e); break; } }
      return l.isEmpty() ? shell(START) : pick(l);
    }
    static LocalDate after(P pr, LocalDate earliest) {
      LocalDate a = pr.ctrl != null && pr.ctrl.isAfter(earliest) ? pr.ctrl : earliest; if (a.isBefore(START)) a = START;
      return randDay(a.plusDays(3), END.minusDays(5));
    }
    static String hubFor(String fam, LocalDate d) {
      if (fam.equals("SB") && d.isBefore(CRACK)) return wpick("TH", 4, "MX", 3, "VN", 2, "MY", 2, "HK", 1);
      return pick(HUBS);
    }
    static double lotKg(P pr, double f) { return roundQty(pr, logU(pr.lo, pr.hi) * f); }
    static void addLine(Decl x, String hs, String desc, String unit, double qty, double net, double value, String lic) {
      Line l = new Line(); l.hs = hs; l.desc = desc; l.unit = unit; l.qty = qty; l.net = net; l.value = value; l.lic = lic; x.lines.add(l);
    }
    static void weigh(Decl x, String pack, double extraGross) {
      double g = 0; for (Line l : x.lines) g += l.net * gpn(pack) + PK.get(pack).extra; g += extraGross; if (x.mode.equals("POST")) g += u(0.1, 0.5);
      x.gross = g; List<P> pk = new ArrayList<>(); P dummy = new P(); dummy.pack = pack; for (int i = 0; i < Math.max(1, x.lines.size()); i++) pk.add(dummy);
      x.containers = containersFor(x, pk);
    }
    static String land(Exporter e, String dest, P pr) { return officeFor(e, dest, pr); }

    static void build(int n) {
      N = n;
      hsMisdeclaration(quota(300)); falseDescription(quota(240)); undervaluation(quota(210)); concealment(quota(210)); hiddenGoods(quota(210));
      splitShipments(quota(300)); transshipment(quota(300)); restricted(quota(190)); licenseMisuse(quota(250)); unlicensed(quota(180));
      lookalikes();
    }
    static final Map<String, Integer> PLAN = new HashMap<>();
    static void plan(String t, int k) { PLAN.merge(t, k, Integer::sum); }
    static int planned(String t) { return PLAN.getOrDefault(t, 0); }

    // ---------------------------------------------------------------- 1. HS-code misdeclaration
    // true key, false HS, false description, price idx, price mul (for the false goods), honest product of the false code (or "")
    static final String[][] MIS = {
        {"SB_INGOT", "7801910000", "Lead-antimony alloy ingot (Sb 3%)", "BASE", "2.7", "PB_SB_ALLOY"},
        {"SB_INGOT", "7801999000", "Lead alloy ingots, secondary", "BASE", "2.3", ""},
        {"SB_TRIOX_HP", "2825800090", "Antimony trioxide 99.8%", "SB", "0.9", "SB_TRIOX_ORD"},
        {"SB_POWDER", "7801910000", "Lead-antimony alloy granules", "BASE", "2.8", "PB_SB_ALLOY"},
        {"GA_METAL", "7601200000", "Aluminium alloy ingot (Al-Ga master alloy)", "BASE", "3.2", ""},
        {"GA_METAL", "8112929020", "Indium-gallium alloy (low melting), indium based", "IN", "0.9", ""},
        {"GE_INGOT", "2804619000", "Silicon monocrystal offcuts", "BASE", "14", ""},
        {"GE_DIOXIDE", "2825600090", "Zirconium dioxide powder", "BASE", "6", ""},
        {"DY_OXIDE", "2846901920", "Praseodymium-neodymium oxide", "NDPR", "1.0", "NDPR_OXIDE"},
        {"TB_OXIDE", "2846101000", "Cerium oxide polishing powder", "BASE", "1.8", "CE_OXIDE"},
        {"TB_OXIDE", "2846901999", "Holmium oxide 99.9%", "NDPR", "1.1", "HO_OXIDE"},
        {"DY_METAL", "7202999000", "Ferro-alloy lumps (iron alloy)", "BASE", "2.5", "FESIMG"},
        {"TB_METAL", "7504000010", "Nickel powder", "BASE", "26", "NI_POWDER"},
        {"NDFEB_DY", "8505119000", "Permanent magnets, other than rare-earth", "FLAT", "6", "FERRITE"},
        {"SMCO", "8505119000", "AlNiCo permanent magnets", "FLAT", "14", ""},
        {"W_APT", "2841809000", "Sodium tungstate dihydrate", "W", "0.7", ""},
        {"W_CARBIDE", "2849909000", "Titanium carbide powder", "FLAT", "15", ""},
        {"W_HEAVY", "7326909000", "Machined steel counterweights", "BASE", "3", ""},
        {"BI_METAL", "7801999000", "Lead alloy ingots", "BASE", "2.2", ""},
        {"BI_SNBI", "3810102000", "Low-temperature solder paste", "FLAT", "40", "SAC_SOLDER"},
        {"MO_FINE", "8102100090", "Molybdenum powder -100 mesh (150 um)", "MO", "0.85", "MO_COARSE"},
        {"GR_SPHERICAL", "3801909090", "Artificial graphite anode material", "FLAT", "4.5", "GR_ANODE"},
        {"GR_FLAKE", "2504900000", "Amorphous graphite powder FC80", "FLAT", "0.32", "GR_AMORPH"},
        {"TE_METAL", "2804909000", "Selenium granules 99.9%", "FLAT", "25", ""},
        {"Y_OXIDE", "2846901100", "Lanthanum oxide 99.9%", "FLAT", "0.95", "LA_OXIDE"},
        {"SM_METAL", "2805301990", "Praseodymium-neodymium metal", "NDPR", "1.25", "PRND_METAL"},
        {"W_OXIDE", "2825909090", "Bismuth oxide powder", "BI", "1.25", "BI_OXIDE"}};
    static void hsMisdeclaration(int q) {
      int made = 0;
      while (made < q) {
        String[] m = pick(MIS); P tp = P(m[0]); String df = diff();
        boolean ins = p(0.45); Exporter e = ins ? insider(tp.fam) : shell(randDay(START, LocalDate.of(2026, 6, 1)));
        LocalDate d0 = after(tp, e.from); if (tp.fam.equals("SB") && p(0.5)) d0 = randDay(START, CRACK.plusDays(30));
        String hub = hubFor(tp.fam, d0); Consignee c = consignee(hub, !df.equals("HARD") || p(0.5));
        int k = Math.min(q - made, ri(1, 4)); made += k; plan("HS_MISDECLARATION", k);
        String office = land(e, hub, tp);
        for (int i = 0; i < k; i++) {
          LocalDate dm = i == 0 ? d0 : d0.plusDays(ri(10, 60) * i); if (dm.isAfter(END)) dm = END; final LocalDate d = dm;
          ev(d, () -> {
            Decl x = skel(e, c, office, d);
            double qty = lotKg(tp, tp.unit.equals("kg") ? (tp.lo > 1000 ? u(0.3, 1) : 1) : 1);
            if (x.mode.equals("AIR")) qty = Math.min(qty, 800);
            double trueV = qty * tp.price(d) * u(0.85, 1.0), fakeV = qty * index(m[3], d) * Double.parseDouble(m[4]) * logn(0.08);
            double val = df.equals("EASY") ? trueV : df.equals("MEDIUM") ? Math.sqrt(trueV * fakeV) : fakeV;
            String desc = m[2]; String pack = tp.pack;
            if (df.equals("HARD") && !m[5].isEmpty()) { P hp = P(m[5]); desc = pick(hp.d); pack = hp.pack; }
            String unit = "kg"; double net = tp.unit.equals("kg") ? qty : qty * tp.kgPc;
            addLine(x, m[1], desc, unit, tp.unit.equals("kg") ? qty : Math.round(net * 100) / 100.0, net, val, "");
            weigh(x, pack, 0);
            return tagV(x, "HS_MISDECLARATION", df, "true " + tp.key + " as " + m[1] + (ins ? " by established exporter" : " by new trader"));
          });
        }
      }
    }

    // ---------------------------------------------------------------- 2. false description, true (controlled) code, no licence
    static final String[][] FD = {
        {"NDFEB_DY", "NdFeB magnets 38UH, Dy/Tb free, not controlled", "Sintered NdFeB magnets N42SH, Ni coated", "NdFeB magnets N48H, composition Nd 24% Pr 7% B 1% Fe bal."},
        {"NDFEB_TB", "NdFeB magnets 45EH, no heavy rare earth", "Sintered NdFeB magnets 48UH", "NdFeB magnets N50H, Nd/Pr/B/Fe, for motors"},
        {"SMCO", "NdFeB magnets N35 (samarium free)", "Sintered NdFeB magnets N38, Ni coated", "Permanent magnet segments NdFeB for servo motors"},
        {"SB_TRIOX_HP", "Antimony trioxide 99.5%, ordinary grade, not controlled", "Antimony trioxide 99.8% flame retardant grade", "Antimony trioxide, catalyst grade"},
        {"MO_FINE", "Molybdenum powder 150 um, not controlled (particle >50 um)", "Molybdenum powder -100 mesh", "Molybdenum powder Mo 99.9% for thermal spray"},
        {"GR_HP", "Graphite block purity 99.5%, density 1.70, not controlled", "Artificial graphite block, purity 99.8%", "Graphite moulds for continuous casting"},
        {"W_HEAVY", "Tungsten-copper W70Cu30 electrodes (W<80%), not controlled", "Tungsten alloy W90NiFe small parts", "Tungsten alloy radiation shielding parts"},
        {"Y_OXIDE", "Lanthanum-cerium mixed oxide, no yttrium", "Rare earth oxide mixture (La/Ce) for polishing", "Rare earth oxide mixture for ceramics"},
        {"GR_SPHERICAL", "Graphite powder, not spherical, not controlled", "Carbon powder for refractories", "Graphite anode powder (artificial)"},
        {"DY_OXIDE", "Rare earth oxide (La,Ce) mixture, Dy free", "Mixed rare earth oxide for glass polishing", "Rare earth oxide, mixed, TREO 99%"}};
    static void falseDescription(int q) {
      int made = 0;
      while (made < q) {
        String[] f = pick(FD); P tp = P(f[0]); String df = diff();
        Exporter e = p(0.7) ? insider(tp.fam) : shell(randDay(START, LocalDate.of(2026, 3, 1)));
        String dest = p(0.5) ? destFor(tp.fam) : pick(HUBS); if (!CT.containsKey(dest) && !dest.equals("HK")) dest = "VN";
        Consignee c = consignee(dest, p(0.5)); String office = officeFor(e, dest, tp);
        int k = Math.min(q - made, ri(1, 5)); made += k; plan("FALSE_DESCRIPTION", k);
        LocalDate d0 = after(tp, e.from);
        for (int i = 0; i < k; i++) {
          LocalDate d = d0.plusDays(ri(7, 45) * i); if (d.isAfter(END)) break;
          ev(d, () -> {
            Decl x = skel(e, c, office, d);
            double qty = lotKg(tp, 0.6); if (x.mode.equals("AIR")) qty = Math.min(qty, 600);
            double v = qty * tp.price(d) * (df.equals("EASY") ? u(0.9, 1.05) : df.equals("MEDIUM") ? u(0.7, 0.95) : u(0.6, 0.85));
            addLine(x, tp.hs, df.equals("EASY") ? f[1] : df.equals("MEDIUM") ? f[2] : f[3], "kg", qty, qty, v, "");
            if (p(0.3)) { P o = P(pick(new String[]{"NDFEB_STD", "FERRITE", "SB_TRIOX_ORD", "MO_COARSE", "CE_OXIDE"})); double oq = lotKg(o, 0.3); addLine(x, o.hs, pick(o.d), "kg", oq, oq, oq * o.price(d), ""); }
            weigh(x, tp.pack, 0);
            return tagV(x, "FALSE_DESCRIPTION", df, tp.key + " under its own code described as uncontrolled");
          });
        }
      }
    }

    // ---------------------------------------------------------------- 3. undervaluation of licensed goods
    static Consignee affiliate(Exporter e) {
      String brand = e.name.matches("^[A-Za-z].*") ? e.name.replaceAll("^[A-Z][a-z']+ ", "").split(" ")[0] : pick(PY);
      String cc = wpick("HK", 5, "SG", 2, "AE", 1);
      Consignee c = new Consignee(); c.country = cc; c.kind = "DIST";
      c.name = brand + " " + pick(new String[]{"Metals", "Resources", "International", "Trading", "Materials"}) + (cc.equals("HK") ? " (HK) Limited" : cc.equals("SG") ? " (Singapore) Pte. Ltd." : " FZE");
      c.addr = pick(CT.get(cc).streets) + ", " + pick(CT.get(cc).cities); CONS.computeIfAbsent(cc, z -> new ArrayList<>()).add(c); return c;
    }
    static void undervaluation(int q) {
      List<Rel> cand = relsWith(r -> hasCtrl(r) && !r.c.kind.equals("FWD"));
      int made = 0;
      while (made < q && !cand.isEmpty()) {
        Rel base = pick(cand); String df = diff();
        Rel r = base;
        if (p(0.4)) { // goods invoiced to the exporter's own offshore affiliate
          Consignee af = affiliate(base.ex); r = rel(base.ex, af, base.prods, base.from, base.to); r.weight = 0; r.eu = base.c.name; r.euCc = base.c.country; r.euAddr = base.c.addr;
          r.office = officeFor(base.ex, "HK", base.prods.get(0)); r.transit = ""; r.dest = af.country;
          final Rel rr = r; for (int i = 0; i < ri(1, 3); i++) { LocalDate d = randDay(r.from, r.to); ev(d, () -> tagL(honest(rr, d), "LA_AFFILIATE_MARKET_PRICE")); plan("LA", 1); }
        }
        int k = Math.min(q - made, ri(1, 4)); made += k; plan("UNDERVALUATION", k);
        final Rel rr = r;
        for (int i = 0; i < k; i++) {
          LocalDate d = randDay(r.from.isAfter(LocalDate.of(2025, 4, 10)) ? r.from : LocalDate.of(2025, 4, 10), r.to);
          ev(d, () -> {
            Decl x = honest(rr, d);
            double f = df.equals("EASY") ? u(0.18, 0.35) : df.equals("MEDIUM") ? u(0.4, 0.6) : u(0.62, 0.78);
            boolean any = false;
            for (Line l : x.lines) if (!l.lic.isEmpty()) { l.value *= f; any = true; }
            if (!any) { x.lines.get(0).value *= f; }
            return tagV(x, "UNDERVALUATION", df, "declared at " + fmt2(f) + " of market" + (rr.c.kind.equals("DIST") && rr.weight == 0 ? " to own affiliate" : ""));
          });
        }
      }
    }

    // ---------------------------------------------------------------- 4. concealment: controlled goods declared as ordinary cargo
    static final String[][] CONC = {{"SB_INGOT", "ZN_INGOT"}, {"SB_INGOT", "PB_INGOT"}, {"SB_INGOT", "CAST_IRON"}, {"DY_OXIDE", "TILE_ADH"}, {"TB_OXIDE", "REFRACTORY"},
        {"Y_OXIDE", "TILE_ADH"}, {"NDFEB_DY", "MANNEQUIN"}, {"NDFEB_DY", "FASTENERS"}, {"SMCO", "MACH_PARTS"}, {"GA_METAL", "WATER"}, {"GE_INGOT", "MACH_PARTS"},
        {"W_APT", "TILE_ADH"}, {"BI_METAL", "PB_INGOT"}, {"TB_METAL", "FASTENERS"}, {"SB_TRIOX_HP", "TILE_ADH"}, {"W_CARBIDE", "REFRACTORY"}};
    static void concealment(int q) {
      int made = 0;
      while (made < q) {
        String[] cc = pick(CONC); P tp = P(cc[0]), cp = P(cc[1]); String df = diff();
        Exporter e = df.equals("HARD") || p(0.5) ? insider(tp.fam) : shell(randDay(START, LocalDate.of(2026, 6, 1)));
        LocalDate d0 = after(tp, e.from);
        String dest = wpick("HK", 4, "VN", 3, "TH", 2, "MY", 2, "AE", 1, "KR", 1, "LA", 1, "KZ", 1);
        Consignee c = consignee(dest, true); String office = land(e, dest, cp);
        int k = Math.min(q - made, ri(1, 4)); made += k; plan("CONCEALMENT", k);
        for (int i = 0; i < k; i++) {
          LocalDate d = d0.plusDays(ri(5, 40) * i); if (d.isAfter(END)) break;
          ev(d, () -> {
            Decl x = skel(e, c, office, d);
            double trueKg = tp.lo >= 1000 ? u(8000, 24000) : logU(Math.max(50, tp.lo), Math.max(200, tp.hi));
            double carrierKg = cp.lo >= 5000 ? u(cp.lo, cp.hi) : logU(cp.lo, cp.hi);
            String mech;
            double declaredNet, value, extra = 0;
            if (tp.lo >= 1000 && (cp.key.endsWith("INGOT") || cp.key.equals("CAST_IRON"))) { // whole lot disguised as base metal
              declaredNet = roundQty(cp, trueKg); mech = "whole lot disguised as " + cp.key;
            } else { declaredNet = roundQty(cp, carrierKg); extra = trueKg; mech = tp.key + " packed inside " + cp.key; }
            double carrierV = declaredNet * cp.price(d) * logn(0.06), trueV = trueKg * tp.price(d);
            if (df.equals("EASY")) value = p(0.5) ? trueV * u(0.6, 1) : carrierV;
            else if (df.equals("MEDIUM")) value = carrierV * u(1.6, 3.0);
            else value = carrierV;
            addLine(x, cp.hs, pick(cp.d), "kg", declaredNet, declaredNet, value, "");
            double g = declaredNet * gpn(cp.pack);
            if (extra > 0) g += df.equals("EASY") ? extra * 1.02 : df.equals("MEDIUM") ? extra * u(0.5, 0.8) : extra * u(0.0, 0.25);
            else if (df.equals("EASY")) g = declaredNet * u(1.12, 1.2); // ingot lots do not carry this much packing
            if (df.equals("EASY") && value < carrierV * 1.5 && extra == 0) g *= 1.0;
            x.gross = g; List<P> pk = List.of(cp); x.containers = containersFor(x, pk);
            if (df.equals("MEDIUM") && extra > 0 && x.containers > 0 && p(0.5)) x.containers += 1;
            return tagV(x, "CONCEALMENT", df, mech);
          });
        }
      }
    }

    // ---------------------------------------------------------------- 5. hidden goods beside declared ordinary goods
    static final String[] HID_TRUE = {"SB_INGOT", "GA_METAL", "GE_INGOT", "DY_OXIDE", "TB_OXIDE", "NDFEB_DY", "W_APT", "BI_METAL", "TB_METAL", "SMCO", "INP_WAFER"};
    static void hiddenGoods(int q) {
      List<Rel> gen = relsWith(r -> r.prods.get(0).fam.equals("GEN") || r.prods.get(0).fam.equals("BASE"));
      int made = 0;
      while (made < q) {
        String df = diff(); P tp = P(pick(HID_TRUE)); String mech = wpick("weight", 6, "value", 2.5, "containers", 1.5);
        Rel r;
        if (p(0.55) && !gen.isEmpty()) r = pick(gen);
        else {
          Exporter e = p(0.5) ? shell(randDay(START, LocalDate.of(2026, 6, 1))) : insider(tp.fam);
          String gk = pick(new String[]{"TILES", "FASTENERS", "MACH_PARTS", "LED_LAMPS", "FURNITURE", "CAST_IRON", "AL_PROFILE", "ZN_INGOT"});
          String dest = pick(HUBS); Consignee c = consignee(dest, p(0.6)); List<P> pr = new ArrayList<>(List.of(P(gk))); if (p(0.4)) pr.add(P(pick(new String[]{"FASTENERS", "ART_SUP", "LED_LAMPS", "MACH_PARTS"})));
          r = rel(e, c, pr, e.from, END); r.weight = 0;
        }
        int k = Math.min(q - made, ri(1, 3)); made += k; plan("HIDDEN_GOODS", k);
        final Rel rr = r;
        for (int i = 0; i < k; i++) {
          LocalDate d = after(tp, rr.from.isAfter(START) ? rr.from : START); if (d.isAfter(rr.to)) d = rr.to; if (d.isBefore(START)) d = START;
          final LocalDate dd = d;
          ev(dd, () -> {
            Decl x = honest(rr, dd);
            if (x.mode.equals("POST") || x.mode.equals("AIR")) { x.mode = "SEA"; x.office = officeMode(rr.ex, "SEA", x.dest); x.transit = ""; }
            double net = 0; for (Line l : x.lines) net += l.net;
            double hidKg, share = df.equals("EASY") ? u(0.35, 0.8) : df.equals("MEDIUM") ? u(0.12, 0.25) : u(0.05, 0.1);
            hidKg = tp.unit.equals("kg") ? Math.min(net * share, tp.lo >= 1000 ? 24000 : tp.hi * 3) : u(200, 1500) * tp.kgPc;
            double hidV = (tp.unit.equals("kg") ? hidKg : hidKg / tp.kgPc) * tp.price(dd);
            switch (mech) {
              case "weight" -> x.gross += hidKg * 1.02;
              case "value" -> { double add = df.equals("EASY") ? hidV : df.equals("MEDIUM") ? hidV * 0.5 : Math.min(hidV * 0.3, x.lines.get(0).value * 0.6); x.lines.get(0).value += add; x.gross += hidKg * (df.equals("HARD") ? 0.3 : 0.6); }
              default -> { x.gross += hidKg * 1.02; x.containers = Math.max(1, x.containers) + (df.equals("EASY") ? 2 : 1); }
            }
            if (x.containers == 0 && x.gross > 15000) x.containers = 1;
            return tagV(x, "HIDDEN_GOODS", df, "undeclared " + tp.key + " ~" + Math.round(hidKg) + " kg, visible in " + mech);
          });
        }
      }
    }

    // ---------------------------------------------------------------- 6. split shipments: many small parcels
    static final String[][] SPLIT = {
        {"GA_METAL", "7601200000", "Aluminium alloy sample"}, {"GE_INGOT", "7326909000", "Metal parts samples"}, {"TB_OXIDE", "3824999999", "Ceramic powder sample"},
        {"DY_OXIDE", "2846101000", "Cerium oxide polishing powder sample"}, {"TB_METAL", "7504000010", "Nickel powder sample"}, {"SMCO", "8505119000", "Ferrite magnet samples"},
        {"INP_WAFER", "3818001900", "Silicon wafer samples"}, {"TMIN", "2931900090", "Organometallic compound sample (non-hazardous)"}, {"GA_6N", "8003000000", "Tin solder bar sample"},
        {"W_HEAVY", "7326909000", "Steel weights samples"}, {"GE_DIOXIDE", "2825600090", "Zirconia powder sample"}};
    static void splitShipments(int q) {
      int made = 0;
      while (made < q) {
        String[] s = pick(SPLIT); P tp = P(s[0]); String df = diff();
        LocalDate start = after(tp, START);
        String dest = wpick("US", start.isBefore(LocalDate.of(2025, 11, 10)) ? 4 : 1, "HK", 3, "SG", 2, "KR", 1, "TW", 1, "AE", 1, "TH", 1, "DE", 1, "JP", 1, "MY", 1);
        int nEx = df.equals("HARD") ? ri(2, 4) : 1; List<Exporter> exs = new ArrayList<>();
        for (int i = 0; i < nEx; i++) exs.add(p(0.7) ? shell(start.minusDays(ri(0, 200))) : insider(tp.fam));
        Consignee c = newConsignee(dest.equals("HK") || dest.equals("SG") || dest.equals("AE") ? dest : dest, "END");
        List<String> names = new ArrayList<>(List.of(c.name));
        if (df.equals("HARD")) { names.add(c.name.toUpperCase(Locale.ROOT)); names.add(c.name.replace(",", "").replace(".", "")); names.add(pick(CT.get(dest).stems) + " " + pick(CT.get(dest).inds) + " " + pick(CT.get(dest).forms)); }
        int k = Math.min(q - made, ri(6, 22)); made += k; plan("SPLIT_SHIPMENT", k);
        int span = df.equals("EASY") ? ri(7, 20) : df.equals("MEDIUM") ? ri(20, 45) : ri(40, 90);
        for (int i = 0; i < k; i++) {
          LocalDate dm = start.plusDays(ri(0, span)); if (dm.isAfter(END)) dm = END; final LocalDate d = dm;
          Exporter e = pick(exs); String nm = pick(names);
          String office = officeMode(e, p(0.65) ? "POST" : "AIR", dest);
          ev(d, () -> {
            Consignee cc = new Consignee(); cc.name = nm; cc.country = c.country; cc.addr = df.equals("HARD") && p(0.4) ? c.addr.replace("Unit", "Rm").replace("Room", "Rm") : c.addr;
            Decl x = skel(e, cc, office, d);
            double qty = tp.unit.equals("kg") ? Math.round(u(0.5, tp.key.equals("TMIN") ? 1.0 : 6.0) * 10) / 10.0 : ri(5, 40);
            double net = tp.unit.equals("kg") ? qty : qty * tp.kgPc;
            if (df.equals("EASY")) addLine(x, tp.hs, pick(tp.d) + ", sample", tp.unit, qty, net, qty * tp.price(d) * u(0.3, 1.0), "");
            else addLine(x, s[1], s[2], "kg", Math.round(net * 100) / 100.0, net, df.equals("MEDIUM") ? u(30, 200) : u(15, 90), "");
            weigh(x, "SMALL", 0);
            return tagV(x, "SPLIT_SHIPMENT", df, tp.key + " split in parcels to " + c.name);
          });
        }
      }
    }

    // ---------------------------------------------------------------- 7. third-country transshipment
    static void transshipment(int q) {
      int made = 0;
      String[] goods = {"SB_INGOT", "SB_TRIOX_HP", "SB_INGOT", "GA_METAL", "GE_INGOT", "GE_DIOXIDE", "W_APT", "DY_OXIDE", "NDFEB_DY", "TB_OXIDE", "BI_METAL"};
      while (made < q) {
        String df = diff(); P tp = P(pick(goods));
        LocalDate vStart = tp.fam.equals("SB") ? randDay(START, LocalDate.of(2025, 9, 1)) : after(tp, START);
        if (tp.ctrl != null && vStart.isBefore(tp.ctrl.plusDays(5))) vStart = tp.ctrl.plusDays(ri(5, 60));
        String hub = hubFor(tp.fam, vStart); if (hub.equals("KR")) hub = "MY";
        Exporter e = p(0.6) ? insider(tp.fam) : shell(vStart.minusDays(ri(60, 300)));
        Consignee c = newConsignee(hub, "FWD"); c.hub = true;
        String office = officeFor(e, hub, tp);
        int k = Math.min(q - made, ri(2, 7)); made += k; plan("TRANSSHIPMENT", k);
        if (df.equals("HARD")) { // months of honest-looking trade first
          if (vStart.isBefore(LocalDate.of(2025, 7, 1))) vStart = vStart.plusDays(200);
          if (vStart.isAfter(END.minusDays(40))) vStart = END.minusDays(ri(40, 120));
          P pre = P(pick(new String[]{"SB_TRIOX_ORD", "PB_SB_ALLOY", "NDFEB_STD", "ZN_INGOT", "W_POWDER", "CE_OXIDE"}));
          int np = ri(3, 8); LocalDate ps = vStart.minusDays(ri(120, 300)); if (ps.isBefore(START)) ps = START;
          Rel pr = rel(e, c, List.of(pre), ps, vStart); pr.weight = 0; pr.lot = 0.4;
          for (int i = 0; i < np; i++) { LocalDate d = randDay(ps, vStart.minusDays(10)); ev(d, () -> { Decl x = honest(pr, d); x.la = "PREHISTORY_OF_LATER_VIOLATION"; return x; }); plan("PRE", 1); }
        }
        final String hubF = hub; final LocalDate vs = vStart;
        String[] usCities = {"Houston, TX", "Laredo, TX", "Newark, NJ", "Los Angeles, CA", "Chicago, IL"};
        License[] lic = new License[1];
        for (int i = 0; i < k; i++) {
          LocalDate dm = vs.plusDays(ri(12, 40) * i + ri(0, 5)); if (dm.isAfter(END)) dm = END.minusDays(ri(0, 20)); final LocalDate d = dm;
          final int ii = i;
          ev(d, () -> {
            Decl x = skel(e, c, office, EV_D(d));
            double qty = lotKg(tp, df.equals("HARD") ? u(1.5, 3) * (1 + ii * 0.3) : u(0.8, 1.5)); if (x.mode.equals("AIR")) qty = Math.min(qty, 900);
            String lic0 = "";
            boolean withLic = !df.equals("EASY") || p(0.4);
            if (df.equals("EASY")) {
              if (p(0.5)) { x.euName = pick(CT.get("US").stems) + " " + pick(CT.get("US").inds) + " Inc."; x.euCc = "US"; x.euAddr = pick(CT.get("US").streets) + ", " + pick(usCities) + ", USA"; }
              else x.consAddr = "c/o " + pick(CT.get("US").stems) + " Logistics, " + pick(CT.get("US").streets) + ", " + pick(usCities) + ", USA";
              x.endUse = "CIVIL";
            } else { x.euName = df.equals("MEDIUM") && p(0.5) ? "" : c.name; x.euCc = x.euName.isEmpty() ? "" : c.country; x.endUse = "CIVIL"; }
            if (withLic) {
              if (lic[0] == null || lic[0].item(tp.hs) == null || lic[0].until.isBefore(x.date)) {
                lic[0] = newLicense("GENERAL", x.date, e, c, c.name, c.country, List.of(hubF), tp.fam); lic[0].honest = false;
                lic[0].until = lic[0].from.plusYears(1).minusDays(1);
                double cap = Math.ceil(qty * (k + 1) * 1.2 / 100) * 100; addItem(lic[0], tp, cap, cap * tp.price(x.date) * 1.3);
              }
              LItem it = lic[0].item(tp.hs); it.used += qty; lic0 = lic[0].no;
            }
            addLine(x, tp.hs, pick(tp.d), tp.unit, qty, tp.unit.equals("kg") ? qty : qty * tp.kgPc, qty * tp.price(x.date) * logn(0.05), lic0);
            weigh(x, tp.pack, 0);
            return tagV(x, "TRANSSHIPMENT", df, tp.key + " via " + hubF + (df.equals("HARD") ? " after honest-looking history" : ""));
          });
        }
      }
    }
    static LocalDate EV_D(LocalDate d) { return d; }

    // ---------------------------------------------------------------- 8. restricted parties (names as smugglers write them)
    // listing date, country, easy variant | medium variants | hard variants
    static final String[][] RP = {
        {"2025-01-02", "US", "L3Harris Technologies, Inc.", "L-3 Harris Tech.|L3 HARRIS TECHNOLOGIES INC|Harris L3 Technologies", "L3Harris Space & Airborne Systems LLC|Harris Technologies L3 Corp."},
        {"2025-01-02", "US", "Lockheed Martin Corp.", "LOCKHEED-MARTIN CORPORATION|Lockheed Martin Missles & Fire Control|Lockheed Martin Aeronautics Co", "LM Advanced Technology Labs|Lockheed Martin Global Inc.|Martin Lockheed Corp"},
        {"2025-01-02", "US", "General Dynamics Mission Systems, Inc.", "Gen. Dynamics Mission Sys.|GD Mission Systems|General Dynamic Mission Systems", "GDMS Inc.|General Dynamics IT (GDIT)"},
        {"2025-01-02", "US", "Intelligent Epitaxy Technology, Inc.", "IntelliEPI|Intelligent Epitaxy Tech Inc|Intelligent Epitaxy Technologies", "IntelliEpi Inc. (Richardson TX)|I.E.T. Epitaxy"},
        {"2025-01-02", "US", "Clear Align LLC", "ClearAlign|Clear-Align L.L.C.", "ClearAlign Optics Inc.|Clear Align Optical"},
        {"2025-01-02", "US", "Raytheon Missiles & Defense", "Raytheon Missile & Defence|RAYTHEON MISSILES AND DEFENSE|Raytheon Missile Systems Co.", "RTX Raytheon (RMD)|Raytheon Co. Tucson"},
        {"2025-03-04", "US", "Skydio, Inc.", "Skydio Incorporated|SKYDIO INC", "Skydio Drones Inc."},
        {"2025-03-04", "US", "Shield AI, Inc.", "Shield A.I. LLC|ShieldAI Inc", "Shield Artificial Intelligence Inc."},
        {"2025-03-04", "US", "AeroVironment, Inc.", "Aero Vironment Inc|AEROVIRONMENT", "AV Inc. (AeroVironment)|Aerovironment Simi Valley"},
        {"2025-04-04", "US", "Sierra Nevada Corporation", "Sierra Nevada Corp.|SIERRA NEVADA CORP", "SNC Sierra Nevada|Sierra Nevada Space Systems"},
        {"2025-04-04", "US", "Cubic Corporation", "Cubic Corp.|CUBIC CORP", "Cubic Defense Applications, Inc.|Cubic Mission Solutions"},
        {"2025-04-09", "US", "Teledyne Brown Engineering, Inc.", "Teledyne Brown Engrg. Inc.|Teledyne-Brown Engineering", "TBE Huntsville|Teledyne Brown Eng. Co."},
        {"2025-04-09", "US", "Kratos Unmanned Aerial Systems, Inc.", "Kratos UAS Inc.|Kratos Unmanned Aerial Sys.", "Kratos Defense & Security Solutions (UAS)|Kratos Unmanned Systems"},
        {"2025-04-09", "US", "Insitu, Inc.", "Insitu Inc|INSITU INCORPORATED", "Insitu Pacific Pty Ltd|Insitu Boeing Co."},
        {"2025-04-09", "US", "Echodyne Corp.", "Echodyne Corporation|ECHODYNE", "Echodyne Radar Inc."},
        {"2025-04-09", "US", "American Photonics, Inc.", "American Photonics Inc|AMERICAN PHOTONICS", "Amer. Photonics Corp."},
        {"2025-07-09", "TW", "National Chung-Shan Institute of Science & Technology", "NCSIST|National Chung Shan Inst. of Sci. & Tech.|Chung-Shan Institute of Science and Technology", "Zhongshan Institute of Science and Technology|Chungshan Research Institute"},
        {"2025-07-09", "TW", "Aerospace Industrial Development Corporation", "AIDC|Aerospace Industrial Dev. Corp.|Aerospace Industrial Development Co.", "Hanxiang Aviation Industry Co., Ltd.|Han Xiang Aerospace Industrial Co."},
        {"2025-07-09", "TW", "Jong Shyn Shipbuilding Co., Ltd.", "Jong-Shyn Shipbuilding|JONG SHYN SHIPBUILDING CO LTD", "Zhongxin Shipbuilding Co., Ltd.|Chung Hsin Shipbuilding"},
        {"2025-07-09", "TW", "Lungteh Shipbuilding Co., Ltd.", "Lung Teh Shipbuilding Co.|LUNGTEH SHIPBUILDING", "Longde Shipbuilding Industry Co., Ltd.|Long De Shipbuilding"},
        {"2025-07-09", "TW", "GEOSAT Aerospace & Technology Inc.", "Geosat Aerospace and Technology|GEOSAT Aerospace & Tech", "Jingwei Aerospace Technology Co.|Jing Wei Aerospace Tech"},
        {"2025-07-09", "TW", "JC Technology Inc.", "J.C. Technology Inc|JC Tech Inc.", "Zhongshuo Technology Co., Ltd.|Chung Shuo Technology"},
        {"2025-07-09", "TW", "CSBC Corporation, Taiwan", "CSBC Corp.|C.S.B.C. Corporation", "Taiwan International Shipbuilding Corp.|Guoji Shipbuilding Co."},
        {"2025-09-25", "US", "Huntington Ingalls Industries, Inc.", "Huntington Ingals Industries|HUNTINGTON INGALLS IND.|Huntington Ingalls Inc", "HII Newport News Shipbuilding|HII Mission Technologies"},
        {"2025-10-09", "US", "Teledyne FLIR, LLC", "Teledyne Flir LLC|TELEDYNE FLIR", "FLIR Systems, Inc.|FLIR Systems Inc (Teledyne)"}};
    static final String[] RP_GOODS = {"GE_INGOT", "GE_LENS", "GA_METAL", "GAAS_WAFER", "INP_WAFER", "W_HEAVY", "NDFEB_DY", "SMCO", "SB_INGOT", "TB_OXIDE", "BI_METAL", "GE_SUBSTRATE", "NDFEB_STD", "W_CARBIDE"};
    static void restricted(int q) {
      int made = 0;
      while (made < q) {
        String[] r = pick(RP); String df = diff(); LocalDate listed = LocalDate.parse(r[0]);
        P tp = P(pick(RP_GOODS)); Exporter e = p(0.5) ? insider(tp.fam.replace("X", "")) : shell(randDay(START, LocalDate.of(2026, 6, 1)));
        String cc = r[1];
        String name = df.equals("EASY") ? r[2] : pick(df.equals("MEDIUM") ? r[3].split("\\|") : r[4].split("\\|"));
        boolean asEU = !df.equals("EASY") && p(0.6);
        Consignee direct = new Consignee(); direct.name = name; direct.country = cc;
        direct.addr = pick(CT.get(cc).streets) + ", " + pick(CT.get(cc).cities) + ", " + countryName(cc);
        if (name.contains("Pacific Pty")) { direct.country = "AU"; direct.addr = "12 Frankston Rd, Melbourne VIC, Australia"; }
        String distCc = cc.equals("TW") ? wpick("TW", 2, "HK", 2, "SG", 1) : wpick("US", 2, "CA", 2, "MX", 1, "SG", 1, "GB", 1);
        Consignee dist = consignee(distCc, p(0.4));
        int k = Math.min(q - made, ri(1, 4)); made += k; plan("RESTRICTED_PARTY", k);
        LocalDate d0 = randDay(listed.plusDays(5), END.minusDays(10)); if (tp.ctrl != null && d0.isBefore(tp.ctrl)) d0 = tp.ctrl.plusDays(ri(5, 30));
        Consignee cons = asEU ? dist : direct; String office = officeFor(e, cons.country, tp);
        for (int i = 0; i < k; i++) {
          LocalDate dm = d0.plusDays(ri(15, 70) * i); if (dm.isAfter(END)) dm = END; final LocalDate d = dm;
          ev(d, () -> {
            Decl x = skel(e, cons, office, d);
            if (asEU) { x.euName = name; x.euCc = direct.country; x.euAddr = p(0.6) ? direct.addr : ""; }
            else if (p(0.5)) { x.euName = name; x.euCc = direct.country; }
            x.endUse = p(0.8) ? "CIVIL" : "";
            double qty = lotKg(tp, 0.4); if (x.mode.equals("AIR") && tp.unit.equals("kg")) qty = Math.min(qty, 300);
            addLine(x, tp.hs, pick(tp.d), tp.unit, qty, tp.unit.equals("kg") ? qty : qty * tp.kgPc, qty * tp.price(d) * logn(0.05), "");
            weigh(x, tp.pack, 0);
            return tagV(x, "RESTRICTED_PARTY", df, (asEU ? "end user " : "consignee ") + "is listed party " + r[2]);
          });
        }
      }
    }

    // ---------------------------------------------------------------- 9. licence misuse
    static void licenseMisuse(int q) {
      plan("LICENSE_MISUSE", q);
      for (int i = 0; i < q; i++) {
        String df = diff(); String mech = wpick("BEYOND_QTY", 3, "EXPIRED", 3, "OTHER_DEST", 1.5, "OTHER_CONSIGNEE", 1.5, "OTHER_EXPORTER", 2);
        LocalDate d = randDay(LocalDate.of(2025, 6, 1), END);
        ev(d, () -> misuse(d, df, mech));
      }
    }
    static License pickLic(java.util.function.Predicate<License> f) { List<License> l = new ArrayList<>(); for (License x : LIC) if (x.honest && !x.items.isEmpty() && f.test(x)) l.add(x); return l.isEmpty() ? null : pick(l); }
    static Decl misuse(LocalDate d, String df, String mech0) {
      String mech = mech0; License l = null;
      int lag = df.equals("EASY") ? ri(60, 200) : df.equals("MEDIUM") ? ri(10, 59) : ri(1, 9);
      if (mech.equals("EXPIRED")) { l = pickLic(x -> x.until.isBefore(d.minusDays(lag - 1)) && !x.until.isBefore(d.minusDays(lag + 30))); if (l == null) l = pickLic(x -> x.until.isBefore(d)); if (l == null) mech = "BEYOND_QTY"; }
      if (l == null) {
        l = pickLic(x -> !x.from.isAfter(d) && !x.until.isBefore(d) && (!df.equals("HARD") || x.type.equals("GENERAL")));
        if (l == null) l = pickLic(x -> !x.from.isAfter(d));
        if (l == null) return null;
        if (mech.equals("EXPIRED")) mech = "BEYOND_QTY";
      }
      LItem it = pick(l.items); P tp = it.pr;
      Exporter e = l.ex; String cName = l.cons, cCc = l.consCc, cAddr = "";
      for (Consignee c : CONS.getOrDefault(cCc, List.of())) if (c.name.equals(cName)) { cAddr = c.addr; break; }
      double rem = it.qty - it.used;
      double qty = Math.max(1, Math.min(it.qty, Math.sqrt(tp.lo * tp.hi))) * u(0.5, 1.0);
      String detail = mech;
      switch (mech) {
        case "BEYOND_QTY" -> {
          if (df.equals("EASY")) qty = Math.max(qty, rem + it.qty * u(0.3, 0.8));
          else if (df.equals("MEDIUM")) qty = Math.max(rem, 0) + it.qty * u(0.12, 0.3);
          else qty = Math.max(rem, 0) + it.qty * u(0.03, 0.08);
          detail = "beyond quantity: remaining " + fmt2(Math.max(rem, 0)) + " of " + fmt2(it.qty);
        }
        case "EXPIRED" -> detail = "used " + (d.toEpochDay() - l.until.toEpochDay()) + " days after expiry";
        case "OTHER_DEST" -> {
          String nc = df.equals("EASY") ? (d.isBefore(LocalDate.of(2025, 11, 10)) ? "US" : "RU") : pick(new String[]{"KR", "TW", "VN", "TH", "MY", "IN", "TR", "AE", "MX", "DE", "NL"});
          if (l.dests.contains(nc)) nc = l.dests.contains("SG") ? "HK" : "SG";
          if (df.equals("HARD")) { cName = l.cons.replaceAll(" (Co\\., Ltd\\.|K\\.K\\.|Corporation|GmbH|B\\.V\\.|Inc\\.|NV|Ltd)$", "") + " " + countryName(nc) + " Co., Ltd."; }
          else { Consignee c = consignee(nc, true); cName = c.name; }
          cCc = nc; cAddr = pick(CT.containsKey(nc) ? CT.get(nc).streets : CT.get("SG").streets) + ", " + countryName(nc);
          detail = "licence for " + String.join(";", l.dests) + " used for " + nc;
        }
        case "OTHER_CONSIGNEE" -> {
          Consignee c = consignee(cCc, df.equals("EASY")); if (c.name.equals(l.cons)) c = newConsignee(cCc, "END"); cName = c.name; cAddr = c.addr;
          detail = "licence of consignee " + l.cons + " used for " + cName;
        }
        default -> {
          Exporter o = l.ex.sibling != null && df.equals("HARD") ? l.ex.sibling : pick(EXP);
          if (o == l.ex) o = shell(START); e = o; detail = "licence of " + l.ex.name + " used by " + o.name;
        }
      }
      qty = roundQty(tp, qty);
      Consignee c = new Consignee(); c.name = cName; c.country = cCc; c.addr = cAddr;
      Decl x = skel(e, c, officeFor(e, cCc, tp), d);
      x.euName = cCc.equals(l.consCc) ? l.eu : cName; x.euCc = cCc.equals(l.consCc) ? l.euCc : cCc; x.endUse = "CIVIL";
      if (x.euName.isEmpty()) x.euCc = "";
      addLine(x, tp.hs, pick(tp.d), tp.unit, qty, tp.unit.equals("kg") ? qty : qty * tp.kgPc, qty * tp.price(d) * logn(0.05), l.no);
      it.used += qty;
      weigh(x, tp.pack, 0);
      return tagV(x, "LICENSE_MISUSE", df, detail);
    }

    // ---------------------------------------------------------------- 10. unlicensed export, truthfully declared
    static void unlicensed(int q) {
      int made = 0;
      while (made < q) {
        String df = diff(); int k = Math.min(q - made, ri(1, 3)); made += k; plan("UNLICENSED_EXPORT", k);
        if (df.equals("HARD")) {
          List<Rel> cand = relsWith(r -> { int c = 0; for (P x : r.prods) if (x.ctrl != null) c++; return c >= 1 && r.prods.size() >= 2; });
          Rel r = pick(cand);
          for (int i = 0; i < k; i++) {
            LocalDate d = randDay(r.from.isAfter(LocalDate.of(2025, 4, 10)) ? r.from : LocalDate.of(2025, 4, 10), r.to);
            ev(d, () -> {
              Decl x = honest(r, d);
              P ctrlP = null; for (P y : r.prods) if (y.controlledAt(d)) { ctrlP = y; break; }
              if (ctrlP == null) return tagV(x, "UNLICENSED_EXPORT", df, "no controlled line");
              Line target = null; for (Line l : x.lines) if (l.hs.equals(ctrlP.hs) && !l.lic.isEmpty()) target = l;
              if (target == null || x.lines.size() < 2) { // add an unlicensed controlled line beside licensed/ordinary ones
                double qq = roundQty(ctrlP, logU(ctrlP.lo, ctrlP.hi) * 0.3);
                Line l = line(ctrlP, qq, ctrlP.price(d) * r.contract); x.lines.add(l); x.gross += l.net * gpn(ctrlP.pack);
              } else target.lic = "";
              return tagV(x, "UNLICENSED_EXPORT", df, "one controlled line without licence in a multi-line declaration");
            });
          }
        } else {
          String key = df.equals("EASY") ? pick(new String[]{"GA_METAL", "GE_INGOT", "SB_INGOT", "GE_DIOXIDE", "W_APT", "TE_METAL"}) : pick(new String[]{"NDFEB_DY", "W_APT", "BI_METAL", "DY_OXIDE", "TB_OXIDE", "MO_FINE", "W_CARBIDE"});
          P tp = P(key); Exporter e = p(0.6) ? shell(randDay(START, LocalDate.of(2026, 3, 1))) : insider(tp.fam);
          LocalDate d0 = df.equals("MEDIUM") && p(0.6) ? tp.ctrl.plusDays(ri(1, 45)) : after(tp, e.from);
          String dest = destFor(tp.fam); if (!CT.containsKey(dest)) dest = "VN";
          Consignee c = consignee(dest, p(0.5)); String office = officeFor(e, dest, tp);
          for (int i = 0; i < k; i++) {
            LocalDate dm = d0.plusDays(ri(5, 30) * i); if (dm.isAfter(END)) dm = END; final LocalDate d = dm;
            ev(d, () -> {
              Decl x = skel(e, c, office, d);
              double qty = lotKg(tp, 0.5); if (x.mode.equals("AIR")) qty = Math.min(qty, 500);
              String desc = pick(tp.d); if (tp.key.equals("NDFEB_DY") && p(0.5)) desc = "NdFeB magnets N45SH, Dy " + ri(2, 5) + "%";
              addLine(x, tp.hs, desc, tp.unit, qty, qty, qty * tp.price(d) * logn(0.05), "");
              weigh(x, tp.pack, 0);
              return tagV(x, "UNLICENSED_EXPORT", df, tp.key + " declared truthfully without licence");
            });
          }
        }
      }
    }

    // ================================================================ honest look-alikes
    static void lookalikes() {
      // neighbour codes and related ordinary goods shipped by producers of controlled goods, often to hubs
      String[] neigh = {"SB_TRIOX_ORD", "PB_SB_ALLOY", "FERRITE", "MO_COARSE", "GR_ANODE", "GR_AMORPH", "NDPR_OXIDE", "CE_OXIDE", "LA_OXIDE", "PRND_METAL", "HO_OXIDE",
          "SAC_SOLDER", "BI_OXIDE", "TE_DIOXIDE", "IN_INGOT", "W_POWDER", "FERRO_W", "FESIMG", "FR_MB", "ITO_TARGET", "GE_LENS", "DIA_POWDER", "CARBIDE_TOOL", "W_WIRE", "MO_WIRE"};
      int n1 = (int) Math.round(planned("HS_MISDECLARATION") * 1.35);
      for (int i = 0; i < n1; i++) {
        P pr = P(pick(neigh)); Exporter e = insider(pr.fam.replace("X", ""));
        String dest = p(0.5) ? pick(HUBS) : destFor(pr.fam); if (!CT.containsKey(dest) && !dest.equals("HK")) dest = "VN";
        Rel r = rel(e, consignee(dest, p(0.3)), List.of(pr), START, END); r.weight = 0;
        LocalDate d = randDay(e.from, e.to); ev(d, () -> tagL(honest(r, d), "LA_NEIGHBOUR_CODE_BY_CONTROLLED_PRODUCER"));
      }
      // honest descriptions that name a controlled element and state it is absent / below threshold
      String[][] stmt = {{"NDFEB_STD", "NdFeB magnets N42SH-equivalent coercivity by Ce-free GBD process, Dy 0%, Tb 0%, 不属于管制物项", "NdFeB magnets N52, Dy/Tb not contained, not dual-use", "Sintered NdFeB N48M, heavy rare earth free (Dy<0.01%)"},
          {"SB_TRIOX_ORD", "Antimony trioxide 99.5%, purity below 99.99%, not controlled", "Sb2O3 99.8%, 不属于管制物项 (纯度99.8%)"},
          {"MO_COARSE", "Molybdenum powder D50 120 um (>50 um), not controlled", "Mo powder -100 mesh, 不属于管制物项 粒度150um"},
          {"GR_AMORPH", "Graphite powder FC 85%, amorphous, not flake, not controlled"}, {"W_POWDER", "Tungsten powder 3 um (powder, not 1C117.c solid)"},
          {"IN_INGOT", "Indium ingot 99.995% (indium metal not listed)"}, {"BI_OXIDE", "Bismuth oxide (compound), not bismuth metal, not controlled"},
          {"GR_ANODE", "Artificial graphite anode, purity 99.95%, flexural strength <30 MPa, not controlled"}, {"HO_OXIDE", "Holmium oxide 99.9% (No.57 suspended until 2026-11-10)"},
          {"SAC_SOLDER", "Solder paste SAC305, contains no bismuth"}, {"GE_LENS", "Finished germanium lens (optical element), not germanium metal"}};
      int n2 = (int) Math.round(planned("FALSE_DESCRIPTION") * 1.35);
      for (int i = 0; i < n2; i++) {
        String[] s = pick(stmt); P pr = P(s[0]); Exporter e = insider(pr.fam.replace("X", ""));
        String dest = destFor(pr.fam); if (!CT.containsKey(dest)) dest = "JP";
        Rel r = rel(e, consignee(dest, false), List.of(pr), START, END); r.weight = 0;
        LocalDate d = randDay(LocalDate.of(2025, 4, 10), END);
        ev(d, () -> { Decl x = honest(r, d); x.lines.get(0).desc = s[1 + R.nextInt(s.length - 1)]; return tagL(x, "LA_NOT_CONTROLLED_STATEMENT"); });
      }
      // honest low prices: low grades, off-spec, and long-term contracts lagging a rising spot market
      int n3 = (int) Math.round(planned("UNDERVALUATION") * 1.35);
      List<Rel> ctrlRels = relsWith(r -> hasCtrl(r) && r.weight > 0);
      for (int i = 0; i < n3; i++) {
        if (p(0.5) && !ctrlRels.isEmpty()) {
          Rel r = pick(ctrlRels); LocalDate d = randDay(LocalDate.of(2025, 5, 1), END);
          ev(d, () -> { Decl x = honest(r, d); for (Line l : x.lines) { if (l.lic.isEmpty()) continue; P pr = byHs(l.hs, l.desc); if (pr == null) continue; double old = pr.price(d.minusDays(ri(90, 180))) / pr.price(d); l.value *= Math.min(0.92, old * u(0.95, 1.02)); } return tagL(x, "LA_CONTRACT_PRICE_LAG"); });
        } else {
          String[][] low = {{"SB_INGOT", "Antimony ingot Sb 99.0% off-grade (high As), for lead alloys", "0.72"}, {"GE_DIOXIDE", "Germanium-bearing residue/scrap, Ge 12% (by assay)", "0.15"},
              {"GA_METAL", "Gallium-bearing scrap from GaAs wafer processing, Ga ~40%", "0.3"}, {"W_APT", "APT off-spec (Mo 0.01%), re-processing grade", "0.8"},
              {"GR_FLAKE", "Natural flake graphite -200 mesh FC90 fines", "0.55"}, {"DY_OXIDE", "Dysprosium oxide 99% (2N) with Tb/Gd impurities", "0.8"},
              {"SB_ORE", "Antimony concentrate Sb 30%, high arsenic", "0.6"}, {"BI_METAL", "Bismuth ingot 99.5% secondary", "0.8"}, {"TE_METAL", "Crude tellurium 95%", "0.6"}};
          String[] lw = pick(low); P pr = P(lw[0]); Exporter e = insider(pr.fam);
          String dest = destFor(pr.fam); if (!CT.containsKey(dest)) dest = "JP";
          Rel r = rel(e, consignee(dest, false), List.of(pr), START, END); r.weight = 0; r.contract = Double.parseDouble(lw[2]) * logn(0.05);
          LocalDate d = after(pr, START);
          ev(d, () -> { Decl x = honest(r, d); x.lines.get(0).desc = lw[1]; return tagL(x, "LA_LOW_GRADE_PRICE"); });
        }
      }
      // ordinary cargo by traders that also deal in minerals, via the same border routes; heavy honest packing
      int n4 = (int) Math.round(planned("CONCEALMENT") * 1.35);
      String[] carriers = {"ZN_INGOT", "PB_INGOT", "CAST_IRON", "TILE_ADH", "REFRACTORY", "MANNEQUIN", "FASTENERS", "MACH_PARTS", "WATER", "TILES"};
      for (int i = 0; i < n4; i++) {
        P cp = P(pick(carriers)); String fam = pick(new String[]{"SB", "RE", "MAG", "GA", "GE", "W", "BI"});
        Exporter e = insider(fam); String dest = wpick("HK", 4, "VN", 3, "TH", 2, "MY", 2, "AE", 1, "KR", 1, "LA", 1, "KZ", 1);
        Rel r = rel(e, consignee(dest, p(0.5)), List.of(cp), START, END); r.weight = 0;
        LocalDate d = randDay(START, END);
        ev(d, () -> { Decl x = honest(r, d); if (p(0.4)) x.gross *= u(1.06, 1.12); return tagL(x, "LA_ORDINARY_CARGO_BY_MINERAL_TRADER"); });
      }
      // honest packing/value/container variance in general cargo
      int n5 = (int) Math.round(planned("HIDDEN_GOODS") * 1.35);
      List<Rel> gen = relsWith(r -> r.prods.get(0).fam.equals("GEN") && r.weight > 0);
      for (int i = 0; i < n5 && !gen.isEmpty(); i++) {
        Rel r = pick(gen); LocalDate d = randDay(r.from, r.to); String k = wpick("crate", 5, "value", 2.5, "volume", 2.5);
        ev(d, () -> {
          Decl x = honest(r, d);
          switch (k) {
            case "crate" -> { double net = 0; for (Line l : x.lines) net += l.net; x.gross = net * u(1.25, 1.45); x.lines.get(0).desc += ", in steel-framed wooden crates"; }
            case "value" -> { x.lines.get(0).value *= u(1.8, 3.0); x.lines.get(0).desc += ", premium grade"; }
            default -> { x.containers = Math.max(1, x.containers) + ri(1, 2); x.lines.get(0).desc += ", bulky, 40HQ"; }
          }
          return tagL(x, "LA_PACKING_OR_VALUE_VARIANCE");
        });
      }
      // honest small parcels: samples and licensed small lots to labs, repeated to the same address
      int n6 = (int) Math.round(planned("SPLIT_SHIPMENT") * 1.35), made6 = 0;
      while (made6 < n6) {
        boolean lic = p(0.45);
        P pr = P(lic ? pick(new String[]{"GA_METAL", "GE_INGOT", "INP_WAFER", "GAAS_WAFER", "TB_OXIDE", "TMIN", "GA_6N"}) : pick(new String[]{"NDFEB_STD", "CARBIDE_TOOL", "DIA_POWDER", "ITO_TARGET", "GE_LENS", "SAC_SOLDER", "IN_INGOT", "SAMPLE_MISC"}));
        Exporter e = insider(pr.fam.replace("X", "")); String dest = wpick("US", 3, "JP", 3, "KR", 2, "DE", 2, "SG", 1, "HK", 1, "TW", 1, "GB", 1, "IL", 1);
        Consignee c = consignee(dest, p(0.5));
        Rel r = rel(e, c, List.of(pr), START, END); r.weight = 0; r.lot = 0.02; r.licMode = "SINGLE";
        r.office = officeMode(e, p(0.5) ? "POST" : "AIR", dest);
        int k = Math.min(n6 - made6, ri(3, 12)); made6 += k;
        LocalDate s0 = after(pr, START);
        if (dest.equals("US") && pr.ctrl != null && (pr.fam.equals("GA") || pr.fam.equals("GE")) && s0.isBefore(LocalDate.of(2025, 12, 1))) s0 = LocalDate.of(2025, 12, 1).plusDays(ri(0, 200));
        for (int j = 0; j < k; j++) {
          LocalDate d = s0.plusDays(ri(0, 120)); if (d.isAfter(END)) d = END; final LocalDate dd = d;
          ev(dd, () -> { Decl x = honest(r, dd); for (Line l : x.lines) if (l.unit.equals("kg") && l.qty > 8) { double f = u(0.5, 6) / l.qty; l.qty = Math.round(l.qty * f * 10) / 10.0; l.net = l.qty; l.value *= f; }
            if (x.lines.get(0).lic.isEmpty() && p(0.5)) x.lines.get(0).desc += ", sample"; weigh(x, "SMALL", 0); return tagL(x, "LA_SMALL_PARCEL"); });
        }
      }
      // new honest customers in trade hubs with steadily growing, licensed or ordinary trade
      int n7 = (int) Math.round(planned("TRANSSHIPMENT") * 1.35), made7 = 0;
      while (made7 < n7) {
        String hub = wpick("TH", 3, "MY", 2, "VN", 3, "MX", 2, "IN", 2, "TR", 1, "AE", 1, "KZ", 1);
        P pr = P(pick(new String[]{"SB_TRIOX_ORD", "SB_TRIOX_HP", "SB_INGOT", "NDFEB_DY", "NDFEB_STD", "W_APT", "GE_DIOXIDE", "GA_METAL", "FR_MB", "DY_OXIDE"}));
        Exporter e = insider(pr.fam.replace("X", "")); Consignee c = newConsignee(hub, "END");
        LocalDate from = randDay(LocalDate.of(2025, 2, 1), LocalDate.of(2026, 6, 1));
        if (pr.ctrl != null && from.isBefore(pr.ctrl)) from = pr.ctrl.plusDays(ri(20, 90));
        Rel r = rel(e, c, List.of(pr), from, END); r.weight = 0; r.licMode = "GENERAL"; r.eu = c.name; r.euCc = c.country; r.euAddr = c.addr;
        int k = Math.min(n7 - made7, ri(3, 9)); made7 += k;
        for (int j = 0; j < k; j++) {
          LocalDate d = from.plusDays(j * ri(20, 45)); if (d.isAfter(END)) break; final int jj = j;
          ev(d, () -> { double keep = r.lot; r.lot = 0.5 * (1 + 0.25 * jj); Decl x = honest(r, d); r.lot = keep; return tagL(x, "LA_NEW_HUB_CUSTOMER"); });
        }
      }
      // honest parties whose names resemble listed ones
      String[][] sim = {{"US", "Harris Metals Technologies LLC"}, {"GB", "L&H Technologies Ltd"}, {"AU", "Lockhart Martin Metals Pty Ltd"}, {"US", "Lockwood Materials Corp."},
          {"DE", "General Magnetics GmbH"}, {"US", "Dynamics Materials Inc."}, {"TW", "Cubic Crystal Technologies Co., Ltd."}, {"DE", "Cubic Materials GmbH"},
          {"GB", "ShieldTech Alloys Ltd"}, {"SG", "Echo Dynamics Pte. Ltd."}, {"US", "American Photonic Glass Inc."}, {"US", "Insite Materials Inc."}, {"GB", "In-Situ Instruments Ltd"},
          {"TW", "Hanxiang Trading Co., Ltd."}, {"HK", "Zhongshan Precision Alloys Limited"}, {"TW", "Longde Metals Co., Ltd."}, {"TW", "Jingwei Electronic Materials Co., Ltd."},
          {"US", "Huntington Metals Inc."}, {"US", "Raytech Metals Inc."}, {"GR", "Kratos Metallurgical S.A."}, {"GB", "Clear Alignment Optics Ltd"}, {"US", "Sierra Alloy Coatings LLC"},
          {"SG", "Intelligent Epitaxial Materials Pte. Ltd."}, {"US", "Teledyne Instruments Distribution Inc."}, {"TW", "Chung Hsin Electric Materials Co., Ltd."}, {"US", "Skyline Drones Supply LLC"},
          {"KR", "Geosat Korea Co., Ltd."}, {"JP", "JC Tech Materials K.K."}, {"US", "Aero Materials Environment Inc."}, {"TW", "CSB Chemical Corp."}};
      int n8 = (int) Math.round(planned("RESTRICTED_PARTY") * 1.35), made8 = 0;
      while (made8 < n8) {
        String[] s = pick(sim); String cc = CT.containsKey(s[0]) ? s[0] : "DE";
        Consignee c = new Consignee(); c.name = s[1]; c.country = s[0].equals("GR") ? "GR" : cc; c.kind = "END"; c.addr = pick(CT.get(cc).streets) + ", " + pick(CT.get(cc).cities) + ", " + countryName(c.country);
        if (c.country.equals("GR")) c.addr = "Leof. Kifisias 120, Athens, Greece";
        P pr = P(pick(new String[]{"NDFEB_STD", "W_CARBIDE", "GE_LENS", "MO_COARSE", "SB_TRIOX_ORD", "IN_INGOT", "W_APT", "GA_METAL", "FERRITE", "CARBIDE_TOOL", "GE_INGOT"}));
        Exporter e = insider(pr.fam.replace("X", ""));
        LocalDate from = START; if (c.country.equals("US") && pr.ctrl != null && (pr.fam.equals("GA") || pr.fam.equals("GE") || pr.fam.equals("SB"))) from = LocalDate.of(2025, 12, 1);
        Rel r = rel(e, c, List.of(pr), from, END); r.weight = 0; r.eu = c.name; r.euCc = c.country; r.euAddr = c.addr;
        int k = Math.min(n8 - made8, ri(2, 6)); made8 += k;
        for (int j = 0; j < k; j++) { LocalDate d = after(pr, from); ev(d, () -> tagL(honest(r, d), "LA_SIMILAR_NAME")); }
      }
      // honest licence edge use: last days of validity, final drawdown to the quantity, second destination, consignee spelling variant
      int n9 = (int) Math.round(planned("LICENSE_MISUSE") * 1.35);
      for (int i = 0; i < n9; i++) {
        String kind = wpick("LAST_DAYS", 3, "FULL_DRAWDOWN", 3, "SECOND_DEST", 1.5, "NAME_VARIANT", 2.5);
        LocalDate d = randDay(LocalDate.of(2025, 6, 1), END);
        ev(d, () -> edge(d, kind));
      }
      // unlicensed look-alike: honest shipment of a listed-element good that is below threshold or stated not controlled
      int n10 = (int) Math.round(planned("UNLICENSED_EXPORT") * 0.6);
      for (int i = 0; i < n10; i++) {
        P pr = P(pick(new String[]{"SB_TRIOX_ORD", "MO_COARSE", "W_POWDER", "IN_INGOT", "BI_OXIDE", "TE_DIOXIDE", "HO_OXIDE", "GR_ANODE", "DIA_POWDER"}));
        Exporter e = p(0.5) ? shell(randDay(START, LocalDate.of(2026, 3, 1))) : insider(pr.fam.replace("X", ""));
        String dest = destFor(pr.fam); if (!CT.containsKey(dest)) dest = "JP";
        Rel r = rel(e, consignee(dest, p(0.5)), List.of(pr), e.from, END); r.weight = 0;
        LocalDate d = randDay(e.from, END); ev(d, () -> tagL(honest(r, d), "LA_UNCONTROLLED_GRADE_NO_LICENCE"));
      }
    }
    static Decl edge(LocalDate d, String kind) {
      List<Rel> rs = relsWith(r -> r.gen != null && r.weight > 0 && !r.to.isBefore(d) && !r.from.isAfter(d));
      if (rs.isEmpty()) rs = relsWith(r -> hasCtrl(r) && r.weight > 0 && !r.to.isBefore(d) && !r.from.isAfter(d));
      if (rs.isEmpty()) return null;
      Rel r = pick(rs);
      Decl x = honest(r, d);
      License l = null; for (Line ln : x.lines) if (!ln.lic.isEmpty()) { l = findLic(ln.lic); break; }
      if (l == null) return tagL(x, "LA_LICENCE_EDGE_USE");
      switch (kind) {
        case "LAST_DAYS" -> { if (l.until.isAfter(d)) { l.until = d.plusDays(ri(0, 6)); if (l.until.isAfter(l.from.plusYears(l.type.equals("SINGLE") ? 1 : 3).minusDays(1))) l.until = d; } }
        case "FULL_DRAWDOWN" -> {
          for (Line ln : x.lines) { LItem it = l.item(ln.hs); if (it == null || ln.lic.isEmpty()) continue; double rem = it.qty - it.used; if (rem > 0) { double f = (ln.qty + rem * u(0.9, 1.0)) / ln.qty; ln.qty = roundQty(it.pr, ln.qty * f); if (ln.unit.equals("kg")) ln.net = ln.qty; ln.value *= f; it.used += ln.qty - ln.qty / f; if (it.used > it.qty) { ln.qty -= it.used - it.qty; if (ln.unit.equals("kg")) ln.net = ln.qty; it.used = it.qty; } } }
          double net = 0; for (Line ln : x.lines) net += ln.net; x.gross = Math.max(x.gross, net * 1.02);
        }
        case "SECOND_DEST" -> { if (!l.dests.contains("SG")) l.dests.add(x.dest.equals("SG") ? "MY" : "SG"); }
        default -> x.consName = x.consName.replace("Co., Ltd.", "Co. Ltd").replace("K.K.", "KK").replace("Inc.", "Inc").replace("GmbH", "G.m.b.H.").replace("B.V.", "BV").toUpperCase(Locale.ROOT);
      }
      return tagL(x, "LA_LICENCE_EDGE_USE");
    }
  }
}

