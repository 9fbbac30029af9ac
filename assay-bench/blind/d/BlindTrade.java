// Blind test-data generator "D" for Assay: an import-side / mirror-statistics investigator's view.
// Java 17 syntax, JDK only, deterministic for a given seed.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

public class BlindTrade {
  static RandomGenerator R;
  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final int DAYS = 730;

  // ---------------------------------------------------------------- utilities
  static double u() { return R.nextDouble(); }
  static int ri(int lo, int hiIncl) { return hiIncl <= lo ? Math.min(lo, Math.max(hiIncl, 1)) : lo + R.nextInt(hiIncl - lo + 1); }
  static boolean p(double x) { return R.nextDouble() < x; }
  static <T> T pick(T[] a) { return a[R.nextInt(a.length)]; }
  static <T> T pick(List<T> a) { return a.get(R.nextInt(a.size())); }
  static double gauss() { return R.nextGaussian(); }
  static double logn(double med, double sd) { return med * Math.exp(sd * gauss()); }
  static String r2(double v) { return String.format(Locale.ROOT, "%.2f", v); }
  static String r1(double v) { return String.format(Locale.ROOT, "%.1f", v); }
  static String r0(double v) { return String.format(Locale.ROOT, "%.0f", v); }
  static String csv(String s) {
    if (s == null) return "";
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)
      return '"' + s.replace("\"", "\"\"") + '"';
    return s;
  }
  static <T> T wpick(T[] items, double[] w) {
    double s = 0; for (double x : w) s += x;
    double t = u() * s;
    for (int i = 0; i < items.length; i++) { t -= w[i]; if (t <= 0) return items[i]; }
    return items[items.length - 1];
  }

  // GB 32100-2015 unified social credit code
  static final String UC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] UW = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  static final Set<String> USED_IDS = new HashSet<>();
  static String uscc(String region) {
    while (true) {
      StringBuilder b = new StringBuilder("91").append(region);
      if (p(0.8)) { b.append("MA"); for (int i = 0; i < 7; i++) b.append(UC.charAt(R.nextInt(UC.length()))); }
      else {
        // legacy organisation code (8 digits + GB 11714 check)
        int[] w = {3, 7, 9, 10, 5, 8, 4, 2}; int s = 0; StringBuilder o = new StringBuilder();
        for (int i = 0; i < 8; i++) { int d = R.nextInt(10); o.append(d); s += d * w[i]; }
        int c = 11 - s % 11; o.append(c == 10 ? "X" : c == 11 ? "0" : String.valueOf(c));
        b.append(o);
      }
      int sum = 0;
      for (int i = 0; i < 17; i++) sum += UC.indexOf(b.charAt(i)) * UW[i];
      int c = 31 - sum % 31; if (c == 31) c = 0;
      b.append(UC.charAt(c));
      String id = b.toString();
      if (USED_IDS.add(id)) return id;
    }
  }

  // ---------------------------------------------------------------- products
  static final class Product {
    final String key, mineral, hs, unit, pack, ctrlCode; final String[] desc; final double p0, p1; final LocalDate eff;
    Product(String key, String mineral, String hs, String[] desc, double p0, double p1, String eff, String pack, String ctrlCode) {
      this.key = key; this.mineral = mineral; this.hs = hs; this.desc = desc; this.p0 = p0; this.p1 = p1;
      this.eff = eff == null ? null : LocalDate.parse(eff); this.pack = pack; this.ctrlCode = ctrlCode; this.unit = "kg";
    }
    boolean controlled(LocalDate d) { return eff != null && !d.isBefore(eff); }
    double price(LocalDate d) { double t = (d.toEpochDay() - START.toEpochDay()) / (double) DAYS; return p0 + (p1 - p0) * t; }
  }
  static final Map<String, Product> P = new LinkedHashMap<>();
  static void prod(String key, String mineral, String hs, double p0, double p1, String eff, String pack, String cc, String... desc) {
    P.put(key, new Product(key, mineral, hs, desc, p0, p1, eff, pack, cc));
  }
  static Product P(String k) { Product x = P.get(k); if (x == null) throw new IllegalStateException(k); return x; }
  static void products() {
    // controlled (effective dates from the published measures)
    prod("GA", "gallium", "8112929010", 700, 1500, "2023-08-01", "FLASK", "", "gallium metal 4N", "gallium ingot 99.99%", "high purity gallium 6N", "gallium metal 99.9999% in PE bottles");
    prod("GAAS", "gallium", "2853909026", 900, 1600, "2023-08-01", "CARTON", "", "gallium arsenide polycrystal", "GaAs wafers 4 inch, undoped");
    prod("GE", "germanium", "8112921010", 2300, 4600, "2023-08-01", "CARTON", "", "germanium ingot 5N", "zone-refined germanium metal 50 ohm-cm", "germanium metal 99.999%");
    prod("GEO2", "germanium", "2825600002", 1500, 2900, "2023-08-01", "DRUM", "", "germanium dioxide 99.999%", "GeO2 powder 5N, optical fibre grade");
    prod("SGR", "graphite", "3801909010", 2.6, 2.9, "2023-12-01", "BAG", "", "spherical graphite SG-17, 99.95% C", "spheroidised natural graphite for anode, D50 15um", "purified spherical graphite 99.95%");
    prod("FGR", "graphite", "3801901000", 0.75, 0.85, "2023-12-01", "BAG", "", "natural flake graphite +100 mesh 94% C", "flake graphite -195 mesh 95% C", "expandable graphite 99% C");
    prod("AGR", "graphite", "3801100030", 6.0, 6.5, "2023-12-01", "PALLET", "", "isostatic graphite blocks, density 1.85 g/cm3", "high purity artificial graphite 99.99%");
    prod("SB", "antimony", "8110101000", 38, 55, "2024-09-15", "PALLET", "", "antimony ingots 99.65%", "antimony metal ingot Sb 99.85%", "antimony ingots 99.90%, 25 kg ingots");
    prod("SB2O3", "antimony", "2825800010", 33, 48, "2024-09-15", "BAG", "", "antimony trioxide 99.8%", "Sb2O3 flame retardant grade 99.5%", "antimony trioxide, catalyst grade");
    prod("SBORE", "antimony", "2617101000", 18, 25, "2024-09-15", "BULK", "", "antimony concentrate Sb 55%", "stibnite concentrate Sb 45-50%");
    prod("APT", "tungsten", "2841801000", 47, 78, "2025-02-04", "DRUM", "", "ammonium paratungstate 88.5% WO3", "APT, WO3 min 88.5%");
    prod("WO3", "tungsten", "2825901200", 52, 82, "2025-02-04", "DRUM", "", "tungsten trioxide yellow 99.95%", "blue tungsten oxide");
    prod("WC", "tungsten", "2849902000", 58, 90, "2025-02-04", "DRUM", "", "tungsten carbide powder 1.0 um", "WC powder, FSSS 2.0 um");
    prod("WBAR", "tungsten", "8101940001", 75, 110, "2025-02-04", "CARTON", "", "tungsten bars 99.95% W", "pure tungsten rods, W>=99.95%", "W-Ni-Fe heavy alloy bars 97% W");
    prod("TE", "tellurium", "2804500001", 85, 110, "2025-02-04", "CARTON", "", "tellurium ingot 99.99%", "tellurium metal 5N");
    prod("INP", "indium", "2853904051", 2200, 2500, "2025-02-04", "CARTON", "", "indium phosphide single crystal wafers", "InP substrate 3 inch");
    prod("DY", "rare-earth", "2805301200", 290, 420, "2025-04-04", "DRUM", "", "dysprosium metal 99.5%", "Dy metal 99.9% TREM");
    prod("TBO", "rare-earth", "2846901993", 950, 1350, "2025-04-04", "DRUM", "", "terbium oxide 99.99%", "Tb4O7 99.99%");
    prod("DYMAG", "rare-earth", "8505111000", 68, 82, "2025-04-04", "CARTON", "", "sintered NdFeB magnets 45SH, Dy 2.5%", "NdFeB motor magnets 42UH (Dy 3.8%)", "sintered NdFeB, grain-boundary Tb diffused 52SH");
    prod("SMCO", "rare-earth", "8505111000", 95, 110, "2025-04-04", "CARTON", "", "SmCo 2:17 magnets YXG-28", "samarium cobalt magnets Sm2Co17");
    // ordinary goods (honest mixers, and the covers that concealment borrows)
    prod("SN", null, "8001100000", 29, 33, null, "PALLET", "", "tin ingots 99.9%", "refined tin ingot Sn 99.95%");
    prod("ZN", null, "7901110000", 2.8, 3.0, null, "PALLET", "", "zinc ingots 99.995%", "special high grade zinc ingot");
    prod("PBSB", null, "7801910000", 2.4, 2.6, null, "PALLET", "", "lead-antimony alloy ingots, Sb 2.5%", "battery grid alloy Pb-Sb 1.8%", "antimonial lead, Sb 3%");
    prod("PB", null, "7801990000", 2.2, 2.4, null, "PALLET", "", "refined lead ingot 99.97%");
    prod("SI", null, "2804690000", 1.9, 2.1, null, "BAG", "", "silicon metal 553", "silicon metal 441");
    prod("SOLDER", null, "3810100000", 38, 42, null, "CARTON", "", "SAC305 lead-free solder paste", "Sn-Ag-Cu solder paste, type 4");
    prod("FEMO", null, "7202700000", 24, 28, null, "DRUM", "", "ferro molybdenum FeMo60", "ferromolybdenum 65% Mo");
    prod("MOO3", null, "2613100000", 40, 45, null, "BAG", "", "roasted molybdenum concentrate 57% Mo");
    prod("FEW", null, "7202800000", 45, 62, null, "DRUM", "", "ferro tungsten FeW80", "ferrotungsten 75% W");
    prod("INSERT", null, "8209002100", 160, 190, null, "CARTON", "", "cemented carbide inserts, coated", "carbide cutting inserts CNMG120408");
    prod("NDMAG", null, "8505119000", 40, 46, null, "CARTON", "", "sintered NdFeB magnets N42, Dy-free", "NdFeB magnets N52, no Dy/Tb added", "NdFeB block magnets N35 nickel coated");
    prod("FERRITE", null, "8505119000", 1.6, 1.8, null, "PALLET", "", "hard ferrite magnets Y30", "strontium ferrite arc segments");
    prod("CEO2", null, "2846101000", 1.6, 1.9, null, "BAG", "", "cerium oxide 99.9%", "CeO2 polishing powder");
    prod("LA2O3", null, "2846902800", 1.3, 1.5, null, "BAG", "", "lanthanum oxide 99.99%");
    prod("ELEC", null, "8545110000", 3.3, 3.6, null, "PALLET", "", "graphite electrodes UHP 450mm", "graphite electrodes HP 350mm");
    prod("AMGR", null, "2504900000", 0.35, 0.42, null, "BAG", "", "amorphous graphite powder 80% C", "microcrystalline graphite 75% C");
    prod("BIMET", "bismuth", "8106101000", 9, 32, "2025-02-04", "PALLET", "", "bismuth ingots 99.99%", "bismuth needle 99.99%");
    prod("SIC", null, "2849200000", 1.1, 1.3, null, "BAG", "", "black silicon carbide F36", "green silicon carbide micropowder");
    prod("ALU", null, "7601100000", 2.4, 2.7, null, "PALLET", "", "primary aluminium ingots 99.7%");
    prod("MGO", null, "8104110000", 2.8, 3.2, null, "PALLET", "", "magnesium ingots 99.9%");
    prod("TINPLATE", null, "8007002000", 33, 36, null, "CARTON", "", "tin anodes", "tin wire 2 mm");
  }

  // lot sizes (kg) per product: min, max, rounding step
  static final Map<String, double[]> LOT = new HashMap<>();
  static void lots() {
    Object[][] t = {
      {"GA", 50, 1000, 10}, {"GAAS", 5, 80, 1}, {"GE", 20, 300, 5}, {"GEO2", 50, 500, 25}, {"SGR", 20000, 100000, 1000},
      {"FGR", 20000, 200000, 1000}, {"AGR", 2000, 20000, 100}, {"SB", 5000, 25000, 1000}, {"SB2O3", 5000, 20000, 500},
      {"SBORE", 50000, 400000, 1000}, {"APT", 5000, 20000, 250}, {"WO3", 2000, 10000, 250}, {"WC", 1000, 5000, 50},
      {"WBAR", 100, 2000, 10}, {"TE", 200, 2000, 10}, {"INP", 2, 40, 1}, {"DY", 50, 500, 10}, {"TBO", 20, 200, 5},
      {"DYMAG", 500, 5000, 10}, {"SMCO", 100, 1000, 5}, {"SN", 5000, 25000, 500}, {"ZN", 25000, 100000, 1000},
      {"PBSB", 20000, 50000, 1000}, {"PB", 20000, 75000, 1000}, {"SI", 25000, 100000, 1000}, {"SOLDER", 200, 2000, 10},
      {"FEMO", 5000, 25000, 250}, {"MOO3", 20000, 60000, 1000}, {"FEW", 5000, 20000, 250}, {"INSERT", 50, 500, 1},
      {"NDMAG", 500, 8000, 10}, {"FERRITE", 10000, 25000, 500}, {"CEO2", 5000, 25000, 500}, {"LA2O3", 5000, 20000, 500},
      {"ELEC", 20000, 60000, 500}, {"AMGR", 25000, 100000, 1000}, {"BIMET", 1000, 20000, 250}, {"SIC", 20000, 50000, 1000},
      {"ALU", 25000, 100000, 1000}, {"MGO", 20000, 25000, 1000}, {"TINPLATE", 500, 5000, 50}};
    for (Object[] r : t) LOT.put((String) r[0], new double[]{((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue()});
  }
  static double lot(String key, double scale) {
    double[] l = LOT.get(key);
    double q = Math.exp(Math.log(l[0]) + u() * (Math.log(l[1]) - Math.log(l[0]))) * scale;
    q = Math.max(l[2], Math.round(q / l[2]) * l[2]);
    return q;
  }

  // ---------------------------------------------------------------- countries, consignees
  static final String[] DEST = {"JP", "KR", "US", "DE", "NL", "IN", "VN", "TW", "HK", "SG", "TH", "MY", "BE", "GB", "FR", "IT", "TR", "RU", "MX", "BR", "AE", "PL", "ID", "CZ", "CA", "AU"};
  static final double[] DEST_W = {14, 10, 8, 7, 5, 7, 6, 5, 4, 3, 3, 3, 3, 2, 2, 2, 2, 4, 2, 2, 2, 1, 2, 1, 1.5, 1.2};
  static final Set<String> HUBS = Set.of("HK", "SG", "AE", "NL", "BE");
  // Iterated in this order: Set.of iterates in an order that changes from one JVM run to the next.
  static final List<String> HUB_ORDER = List.of("HK", "SG", "AE", "NL", "BE");
  static final Map<String, String[]> CITY = new HashMap<>();
  static final Map<String, String[]> WORD = new HashMap<>();
  static final Map<String, String[]> FORM = new HashMap<>();
  static void countries() {
    CITY.put("JP", new String[]{"2-5-1 Marunouchi, Chiyoda-ku, Tokyo", "1-4-2 Umeda, Kita-ku, Osaka", "3-12 Meieki, Nakamura-ku, Nagoya", "5-1 Minatomirai, Nishi-ku, Yokohama"});
    WORD.put("JP", new String[]{"Tokai", "Nippon Kinzoku", "Sanwa", "Daiichi", "Kansai", "Hokuriku", "Shinko", "Toyo", "Asahi", "Marubeni Metals", "Kyowa", "Fuji"});
    FORM.put("JP", new String[]{" Materials K.K.", " Shoji Co., Ltd.", " Corporation", " Rare Metals Co., Ltd."});
    CITY.put("KR", new String[]{"Teheran-ro 152, Gangnam-gu, Seoul", "Sandan-ro 45, Danwon-gu, Ansan", "Gongdan-ro 88, Gumi, Gyeongbuk", "Centum-ro 99, Haeundae-gu, Busan"});
    WORD.put("KR", new String[]{"Hanil", "Daesung", "Seoul Metal", "Korea Zinc Trading", "Poongsan Materials", "Samhwa", "Dongbang", "Kumho", "Hyosung Materials", "Ilshin"});
    FORM.put("KR", new String[]{" Co., Ltd.", " Corporation", " Industrial Co., Ltd."});
    CITY.put("US", new String[]{"1200 Industrial Pkwy, Cleveland, OH", "45 Commerce Dr, Pittsburgh, PA", "800 Gateway Blvd, Houston, TX", "2200 Harbor Ave, Long Beach, CA", "9 Technology Way, Albany, NY", "350 Enterprise Rd, Phoenix, AZ"});
    WORD.put("US", new String[]{"Midwest", "Allegheny", "Gulf Coast", "Pacific", "Keystone", "Liberty", "Atlas", "Great Lakes", "Pioneer", "Summit Ridge", "Evergreen"});
    FORM.put("US", new String[]{" Alloys Inc.", " Materials LLC", " Metals Corp.", " Specialty Chemicals Inc."});
    CITY.put("DE", new String[]{"Hafenstrasse 12, 47119 Duisburg", "Industriestrasse 4, 63457 Hanau", "Am Sandtorkai 38, 20457 Hamburg", "Rheinallee 7, 40545 Duesseldorf", "Werkstrasse 21, 09599 Freiberg"});
    WORD.put("DE", new String[]{"Rhein", "Metallhandel Duisburg", "Hanseatische", "Nordmetall", "Sachsen", "Westfalen", "Hanau Edelmetall", "Ruhr", "Erzgebirge"});
    FORM.put("DE", new String[]{" GmbH", " Metall GmbH", " Rohstoffe GmbH & Co. KG", " AG"});
    CITY.put("NL", new String[]{"Waalhaven Z.z. 18, 3089 JH Rotterdam", "Keileweg 9, 3029 BS Rotterdam", "Kabelweg 37, 1014 BA Amsterdam", "Sluiskade 4, 4381 Vlissingen"});
    WORD.put("NL", new String[]{"Maas", "Rotterdam Metals", "Van der Berg", "Holland Minerals", "Delta", "Nieuwe Waterweg", "Oranje"});
    FORM.put("NL", new String[]{" Metals B.V.", " Trading B.V.", " Commodities B.V."});
    CITY.put("BE", new String[]{"Noorderlaan 147, 2030 Antwerpen", "Rue du Marais 31, 1000 Bruxelles", "Scheldelaan 420, 2040 Antwerpen", "Hoboken Polderstraat 2, 2660 Hoboken"});
    WORD.put("BE", new String[]{"Antwerp", "Schelde", "Flanders", "Benelux", "Hoboken", "Meuse", "Brabant"});
    FORM.put("BE", new String[]{" Trading NV", " Metals NV", " Materials BV", " SA"});
    CITY.put("IN", new String[]{"Plot 22, MIDC Taloja, Navi Mumbai", "14 Industrial Estate, Guindy, Chennai", "GIDC Estate, Vapi, Gujarat", "Phase II, Peenya, Bengaluru"});
    WORD.put("IN", new String[]{"Shree", "Bharat", "Ganesh", "Vardhman", "Sai", "Hindustan", "Jindal", "Mahalaxmi", "Om"});
    FORM.put("IN", new String[]{" Metals Pvt. Ltd.", " Alloys Pvt. Ltd.", " Chemicals Ltd.", " Impex Pvt. Ltd."});
    CITY.put("VN", new String[]{"Lot A5, VSIP II, Binh Duong", "KCN Dinh Vu, Hai An, Hai Phong", "KCN Que Vo, Bac Ninh", "Lot 7, Long Hau IZ, Long An"});
    WORD.put("VN", new String[]{"Viet Kim", "Minh Phat", "Hoang Long", "Thai Binh", "Nam Viet", "An Phu", "Phuc Hung", "Dai Viet"});
    FORM.put("VN", new String[]{" Co., Ltd.", " Trading Co., Ltd.", " Joint Stock Company", " Metal Co., Ltd."});
    CITY.put("TW", new String[]{"No. 88, Sec. 2, Zhongshan Rd, Taoyuan", "No. 5, Kejung Rd, Hsinchu Science Park", "No. 12, Linhai 3rd Rd, Kaohsiung", "No. 30, Gongye Rd, Taichung"});
    WORD.put("TW", new String[]{"Formosa", "Hsin Chu", "Chung Hwa", "Tai Yang", "Kaohsiung", "Yuan Feng", "Sheng Tai"});
    FORM.put("TW", new String[]{" Co., Ltd.", " Corp.", " Materials Inc."});
    CITY.put("HK", new String[]{"Unit 1203, 12/F, Tower 1, Kowloon Commerce Centre, Kwai Chung", "Room 2502, 25/F, Wing On Centre, Sheung Wan", "Flat B, 8/F, Harbour Industrial Bldg, Kwun Tong", "Suite 901, 9/F, Silvercord, Tsim Sha Tsui"});
    WORD.put("HK", new String[]{"Pacific Asia", "Wing Fat", "Great Harvest", "Golden Bridge", "Sino Link", "Victoria", "Kowloon Metals", "Everbright Trading", "Orient Resources"});
    FORM.put("HK", new String[]{" (HK) Limited", " Trading Limited", " International Limited", " Holdings Ltd."});
    CITY.put("SG", new String[]{"10 Anson Road #22-02, International Plaza, Singapore 079903", "1 Raffles Place #44-01, Singapore 048616", "8 Jurong Port Road, Singapore 619094", "3 Temasek Ave #18-01, Singapore 039190"});
    WORD.put("SG", new String[]{"Straits", "Lion City", "Merlion", "Temasek", "Asia Pacific", "Marina", "Equator"});
    FORM.put("SG", new String[]{" Resources Pte. Ltd.", " Metals Pte. Ltd.", " Commodities Pte. Ltd."});
    CITY.put("TH", new String[]{"Amata City Chonburi, Muang, Chonburi 20000", "Map Ta Phut IE, Rayong 21150", "Laem Chabang IE, Si Racha, Chonburi", "Bangna-Trad Km 23, Samut Prakan"});
    WORD.put("TH", new String[]{"Siam", "Thai", "Chao Phraya", "Rayong", "Eastern Seaboard", "Krungthep", "Lanna"});
    FORM.put("TH", new String[]{" (Thailand) Co., Ltd.", " Industries Co., Ltd.", " Chemical Co., Ltd."});
    CITY.put("MY", new String[]{"Lot 12, Jalan Perindustrian, Pasir Gudang, Johor", "Port Klang Free Zone, Selangor", "Kulim Hi-Tech Park, Kedah", "Bayan Lepas FIZ, Penang"});
    WORD.put("MY", new String[]{"Malaya", "Nusantara", "Klang", "Perdana", "Bumi", "Penang"});
    FORM.put("MY", new String[]{" Sdn. Bhd.", " Metals Sdn. Bhd.", " Industries Sdn. Bhd."});
    CITY.put("GB", new String[]{"Unit 4, Tinsley Park, Sheffield S9 5DL", "12 Dock Road, Liverpool L20 1BY", "Kings Norton Business Centre, Birmingham B30"});
    WORD.put("GB", new String[]{"Sheffield", "Albion", "Britannia", "Mersey", "Pennine"});
    FORM.put("GB", new String[]{" Metals Ltd", " Alloys Limited", " Materials plc"});
    CITY.put("FR", new String[]{"ZI des Glaises, 59600 Maubeuge", "12 rue de l'Industrie, 69007 Lyon", "Port de Gennevilliers, 92230 Gennevilliers"});
    WORD.put("FR", new String[]{"Rhodanienne", "Metaux de Lorraine", "Atlantique", "Alpes", "Normande"});
    FORM.put("FR", new String[]{" SAS", " SA", " Industries SAS"});
    CITY.put("IT", new String[]{"Via dell'Industria 14, 20090 Segrate MI", "Via Padana 3, 25125 Brescia", "Zona Industriale, 36100 Vicenza"});
    WORD.put("IT", new String[]{"Lombarda", "Metalli Brescia", "Padana", "Veneta", "Tirrenica"});
    FORM.put("IT", new String[]{" S.r.l.", " S.p.A."});
    CITY.put("TR", new String[]{"Gebze OSB, 41400 Kocaeli", "Ikitelli OSB, Basaksehir, Istanbul", "Ataturk OSB, Cigli, Izmir"});
    WORD.put("TR", new String[]{"Anadolu", "Marmara", "Ege", "Bosfor", "Kartal"});
    FORM.put("TR", new String[]{" Metal San. ve Tic. A.S.", " Kimya Ltd. Sti."});
    CITY.put("RU", new String[]{"ul. Promyshlennaya 8, Yekaterinburg", "prospekt Lenina 50, Chelyabinsk", "ul. Zavodskaya 3, Novosibirsk", "Kashirskoe sh. 22, Moscow"});
    WORD.put("RU", new String[]{"UralMet", "SibRes", "Volga Alloy", "Tekhnometall", "PromSnab", "Redmet", "Baikal Trade"});
    FORM.put("RU", new String[]{" LLC", " JSC"});
    CITY.put("MX", new String[]{"Parque Industrial Monterrey, Apodaca, N.L.", "Av. Tecnologico 1500, Saltillo, Coah.", "Zona Industrial, San Luis Potosi, S.L.P.", "Blvd. Agua Caliente, Tijuana, B.C."});
    WORD.put("MX", new String[]{"Metales del Norte", "Aztlan", "Sierra Madre", "Quimica Potosina", "Industrias Bajio", "Fronteriza"});
    FORM.put("MX", new String[]{" S.A. de C.V.", " S. de R.L. de C.V."});
    CITY.put("BR", new String[]{"Rod. Anhanguera km 104, Campinas, SP", "Distrito Industrial, Contagem, MG"});
    WORD.put("BR", new String[]{"Paulista", "Minas Metais", "Brasil Ligas", "Atlantica"});
    FORM.put("BR", new String[]{" Ltda.", " S.A."});
    CITY.put("AE", new String[]{"Jebel Ali Free Zone, LOB 15, Dubai", "Office 1408, Business Bay, Dubai", "SAIF Zone, Sharjah", "Dubai Airport Free Zone, West Wing 5"});
    WORD.put("AE", new String[]{"Al Noor", "Gulf Star", "Emirates Metals", "Al Madina", "Falcon", "Desert Rose"});
    FORM.put("AE", new String[]{" General Trading FZE", " Metals DMCC", " Trading LLC"});
    CITY.put("PL", new String[]{"ul. Przemyslowa 10, 44-100 Gliwice", "ul. Portowa 2, 81-340 Gdynia"});
    WORD.put("PL", new String[]{"Slask", "Polmet", "Baltyk"});
    FORM.put("PL", new String[]{" Sp. z o.o.", " S.A."});
    CITY.put("ID", new String[]{"Kawasan Industri Jababeka, Cikarang", "Kawasan Berikat Nusantara, Jakarta Utara"});
    WORD.put("ID", new String[]{"Sinar", "Maju Jaya", "Nusantara Logam", "Bintang"});
    FORM.put("ID", new String[]{"", ""});
    CITY.put("CZ", new String[]{"Prumyslova 11, 460 01 Liberec", "Vinohradska 2, 120 00 Praha"});
    WORD.put("CZ", new String[]{"Bohemia", "Morava", "Ceska Kovohut"});
    FORM.put("CZ", new String[]{" s.r.o.", " a.s."});
    CITY.put("CA", new String[]{"100 Industrial Rd, Hamilton, ON", "2500 Boul. Industriel, Montreal, QC"});
    WORD.put("CA", new String[]{"Maple", "Laurentian", "Northern", "Great Plains"});
    FORM.put("CA", new String[]{" Metals Inc.", " Materials Ltd."});
    CITY.put("AU", new String[]{"15 Kwinana Beach Rd, Kwinana WA", "30 Port Rd, Port Adelaide SA"});
    WORD.put("AU", new String[]{"Southern Cross", "Pilbara", "Kookaburra"});
    FORM.put("AU", new String[]{" Pty Ltd"});
  }

  static final class Party {
    String name, country, address; boolean hub, contract; String euName, euCountry, euAddr; // hub: true buyer elsewhere
    double size = 1; int firstDay = 0;
    Party(String n, String c, String a) { name = n; country = c; address = a; }
  }
  static final Map<String, List<Party>> BUYERS = new HashMap<>();
  static final Set<String> USED_NAMES = new HashSet<>();
  static Party newParty(String cc) {
    for (int k = 0; k < 50; k++) {
      String n = pick(WORD.get(cc)) + pick(FORM.get(cc));
      if (cc.equals("ID")) n = "PT " + pick(WORD.get(cc)) + " " + pick(new String[]{"Abadi", "Sentosa", "Makmur", "Perkasa", "Sejahtera"});
      if (k > 5) n = pick(WORD.get(cc)) + " " + pick(new String[]{"Advanced", "New", "Global", "Precision", "United", "Eastern", "Superior"}) + pick(FORM.get(cc));
      if (k > 20) n = pick(WORD.get(cc)) + " " + (char) ('A' + R.nextInt(26)) + (char) ('A' + R.nextInt(26)) + pick(FORM.get(cc));
      if (USED_NAMES.add(n)) {
        String addr = pick(CITY.get(cc));
        if (p(0.5)) addr = ri(1, 99) + (cc.equals("US") || cc.equals("GB") || cc.equals("CA") || cc.equals("AU") ? "" : "") + " " + addr.replaceFirst("^[0-9]+[ ,-]*", "").trim();
        Party pt = new Party(n, cc, addr);
        pt.size = logn(1, 0.9);
        return pt;
      }
    }
    throw new IllegalStateException("names exhausted " + cc);
  }
  static void buyers() {
    for (String cc : DEST) {
      List<Party> l = new ArrayList<>();
      int n = (int) Math.max(6, DEST_W[Arrays.asList(DEST).indexOf(cc)] * 5);
      for (int i = 0; i < n; i++) {
        Party pt = newParty(cc);
        pt.contract = p(0.45);
        if (HUBS.contains(cc) && p(0.5)) {
          pt.hub = true; // trading house: re-invoices to a real user elsewhere
          String euc = wpick(new String[]{"JP", "KR", "DE", "TW", "IN", "FR", "IT", "GB", "US", "VN"}, new double[]{4, 3, 3, 2, 2, 1, 1, 1, 1, 1});
          Party e = newParty(euc);
          pt.euName = e.name; pt.euCountry = euc; pt.euAddr = e.address;
        }
        l.add(pt);
      }
      BUYERS.put(cc, l);
    }
  }

  // ---------------------------------------------------------------- exporters
  static final class Exporter {
    String id, name, city, office, airOffice, kind; String[] range; double w; int from = 0, to = DAYS; // active window (day index)
    List<Party> regulars = new ArrayList<>();
    String renamedTo; int renameDay = -1; // honest rebrand: same USCC, new name
    Exporter pred; // phoenix successor: predecessor entity
    String name(int day) { return renameDay >= 0 && day >= renameDay ? renamedTo : name; }
  }
  static final List<Exporter> EXP = new ArrayList<>();
  static final String[] PY = {"Jinxin", "Huayu", "Xingye", "Shenghua", "Zhongke", "Hengtai", "Ruida", "Dongfang", "Tianli", "Jiahe", "Kaixin", "Yongsheng", "Hongda", "Baoli", "Xinyuan", "Changxing", "Fuda", "Huachang", "Longteng", "Zhongnan", "Jinlong", "Haoyun", "Mingyang", "Taihe", "Dingsheng", "Ruifeng", "Xinhai", "Boxin", "Chenguang", "Wanfeng", "Hexin", "Lianfa", "Shunda", "Yuanhang", "Zhengtai"};
  // city, region code, sea office, air office, product range, kind
  static final Object[][] BASES = {
    {"Lengshuijiang", "431381", "4900", "4901", new String[]{"SB", "SB2O3", "PBSB", "PB", "ZN"}, "PRODUCER", 10},
    {"Hechi", "451200", "7201", "7201", new String[]{"SB", "SB2O3", "SBORE", "PBSB", "SN", "ZN"}, "PRODUCER", 6},
    {"Lincang", "530900", "8601", "8601", new String[]{"GE", "GEO2", "ZN"}, "PRODUCER", 4},
    {"Zibo", "370300", "4218", "4227", new String[]{"GA", "GAAS", "ALU"}, "PRODUCER", 4},
    {"Taiyuan", "140100", "0202", "0231", new String[]{"GA", "ALU", "MGO"}, "PRODUCER", 3},
    {"Jixi", "230300", "0902", "0902", new String[]{"FGR", "SGR", "AMGR"}, "PRODUCER", 8},
    {"Qingdao", "370200", "4218", "4227", new String[]{"FGR", "SGR", "AGR", "ELEC", "AMGR"}, "PRODUCER", 8},
    {"Ganzhou", "360700", "2248", "2233", new String[]{"APT", "WO3", "WC", "DY", "TBO", "CEO2", "LA2O3"}, "PRODUCER", 8},
    {"Xiamen", "350200", "3702", "3702", new String[]{"APT", "WC", "WBAR", "INSERT", "FEW"}, "PRODUCER", 7},
    {"Zhuzhou", "430200", "4900", "4901", new String[]{"WC", "WBAR", "INSERT", "BIMET"}, "PRODUCER", 6},
    {"Chenzhou", "431000", "4900", "4901", new String[]{"BIMET", "SB", "PB", "SN", "TE"}, "PRODUCER", 6},
    {"Baotou", "150200", "0202", "0231", new String[]{"DY", "TBO", "CEO2", "LA2O3", "NDMAG"}, "PRODUCER", 6},
    {"Ningbo", "330200", "3104", "3104", new String[]{"NDMAG", "DYMAG", "SMCO", "FERRITE"}, "MAGNET", 12},
    {"Luoyang", "410300", "2248", "4601", new String[]{"FEMO", "MOO3", "FEW"}, "PRODUCER", 5},
    {"Shanghai", "310115", "2248", "2233", new String[]{"GA", "GE", "SB", "SB2O3", "APT", "TE", "INP", "GAAS", "SN", "ZN", "SI", "BIMET", "SOLDER"}, "TRADER", 12},
    {"Shenzhen", "440300", "5316", "5320", new String[]{"SOLDER", "SN", "GA", "NDMAG", "GAAS", "TINPLATE", "BIMET", "SB2O3"}, "TRADER", 10},
    {"Tianjin", "120116", "0202", "0231", new String[]{"SI", "ZN", "ALU", "MGO", "SIC", "ELEC", "FEMO"}, "GENERAL", 12},
    {"Guangzhou", "440100", "5201", "5141", new String[]{"SN", "TINPLATE", "SOLDER", "FERRITE", "SIC", "ZN"}, "GENERAL", 10},
    {"Beijing", "110105", "0202", "0101", new String[]{"GE", "GEO2", "INP", "GAAS", "TE", "DY", "TBO"}, "TRADER", 5},
  };
  static final String[] IND = {"Nonferrous Metals", "New Materials", "Metal Materials", "Mining", "Smelting", "Rare Metals", "Import & Export", "Industrial", "Technology", "Trading"};
  static String chineseName(String city, String kindHint) {
    for (int k = 0; k < 200; k++) {
      String n = (p(0.3) ? provinceOf(city) + " " : "") + city + " " + pick(PY) + " " + pick(IND) + pick(new String[]{" Co., Ltd.", " Co., Ltd.", " Group Co., Ltd.", " Industry Co., Ltd."});
      if (USED_NAMES.add(n)) return n;
    }
    throw new IllegalStateException();
  }
  static String provinceOf(String c) {
    switch (c) {
      case "Lengshuijiang": case "Zhuzhou": case "Chenzhou": return "Hunan";
      case "Hechi": return "Guangxi"; case "Lincang": return "Yunnan"; case "Zibo": case "Qingdao": return "Shandong";
      case "Taiyuan": return "Shanxi"; case "Jixi": return "Heilongjiang"; case "Ganzhou": return "Jiangxi"; case "Xiamen": return "Fujian";
      case "Baotou": return "Inner Mongolia"; case "Ningbo": return "Zhejiang"; case "Luoyang": return "Henan"; case "Guangzhou": case "Shenzhen": return "Guangdong";
      default: return "";
    }
  }
  static Exporter newExporter(Object[] b) {
    Exporter e = new Exporter();
    e.city = (String) b[0]; e.id = uscc((String) b[1]); e.office = (String) b[2]; e.airOffice = (String) b[3];
    String[] all = (String[]) b[4]; e.kind = (String) b[5];
    List<String> r = new ArrayList<>(Arrays.asList(all)); Collections.shuffle(r, new Random(R.nextLong()));
    int k = Math.max(1, Math.min(r.size(), e.kind.equals("TRADER") || e.kind.equals("GENERAL") ? ri(3, r.size()) : ri(1, Math.min(4, r.size()))));
    e.range = r.subList(0, k).toArray(new String[0]);
    e.name = chineseName(e.city, e.kind);
    e.w = logn(1, 0.8);
    return e;
  }
  static void exporters() {
    for (Object[] b : BASES) {
      int n = (int) b[6] * 3;
      for (int i = 0; i < n; i++) EXP.add(newExporter(b));
    }
    for (Exporter e : EXP) {
      int nreg = ri(2, 9);
      for (int i = 0; i < nreg; i++) {
        String cc = wpick(DEST, DEST_W);
        e.regulars.add(pick(BUYERS.get(cc)));
      }
      if (p(0.04)) { // honest rebrand: same registration, new name (look-alike of phoenix exporters)
        e.renameDay = ri(120, 600);
        String nn; do { nn = e.city + " " + pick(PY) + " " + pick(IND) + " Co., Ltd."; } while (!USED_NAMES.add(nn));
        e.renamedTo = nn;
      }
      if (p(0.05)) e.from = ri(60, 500); // honest new entrants
    }
  }

  // ---------------------------------------------------------------- declarations and licences
  static final class Line { String hs, desc, unit = "kg", lic = ""; double qty, net, value; String pack; }
  static final class Decl {
    String id; LocalDate date; int day; String office; String exId, exName;
    String cName, cCountry, cAddr = "", euName = "", euCountry = "", euAddr = "", dest, transit = "", mode, endUse = "";
    int containers; double gross; List<Line> lines = new ArrayList<>();
    String outcome = "CLEAN", typ = "", look = "";
  }
  static final class LicItem { String hs, desc, cc; double qty, value, left; }
  static final class Lic {
    String no, type, status = "VALID", exId, exName, cName, cCountry, euName, euCountry, endUse, dests;
    LocalDate issued, from, until; List<LicItem> items = new ArrayList<>();
  }
  static final List<Lic> LICS = new ArrayList<>();
  static final Map<String, Lic> LIC_BY_KEY = new HashMap<>();
  static final Set<String> LIC_NOS = new HashSet<>();
  static final Map<String, String> MCODE = Map.ofEntries(Map.entry("gallium", "GA"), Map.entry("germanium", "GE"), Map.entry("graphite", "SM"),
      Map.entry("antimony", "SB"), Map.entry("tungsten", "WU"), Map.entry("tellurium", "TE"), Map.entry("bismuth", "BI"), Map.entry("indium", "IN"),
      Map.entry("rare-earth", "RE"), Map.entry("molybdenum", "MO"));
  static String licNo(LocalDate issued, String mineral) {
    while (true) {
      String n = String.format(Locale.ROOT, "%02d%s%06d", issued.getYear() % 100, MCODE.get(mineral), R.nextInt(1000000));
      if (LIC_NOS.add(n)) return n;
    }
  }
  static String endUseText(Product pr) {
    switch (pr.mineral) {
      case "gallium": return pick(new String[]{"compound semiconductor wafers", "GaAs substrate production", "NdFeB additive", "LED epitaxy"});
      case "germanium": return pick(new String[]{"optical fibre preform", "infrared optics (civil thermography lenses)", "PET catalyst", "solar cell substrates"});
      case "graphite": return pick(new String[]{"lithium-ion battery anode material", "refractories", "brake linings", "EDM electrodes"});
      case "antimony": return pick(new String[]{"flame retardant masterbatch", "PET polymerisation catalyst", "lead-acid battery alloys", "glass fining agent"});
      case "tungsten": return pick(new String[]{"cemented carbide tools", "tungsten wire for lighting", "catalyst production", "radiation shielding (medical)"});
      case "tellurium": return "CdTe thin-film solar modules";
      case "bismuth": return pick(new String[]{"pharmaceutical bismuth salts", "low-melting alloys", "free-machining steel additive"});
      case "indium": return "photonic integrated circuits";
      default: return pick(new String[]{"EV traction motors", "wind turbine generators", "industrial servo motors", "phosphors"});
    }
  }
  // find or issue a licence for a controlled line (honest flow)
  static Lic licenceFor(Exporter ex, Decl d, Product pr, double qty, double value, boolean forceSingle) {
    String key = ex.id + "|" + d.cName + "|" + pr.hs + "|" + d.euName;
    Lic l = LIC_BY_KEY.get(key);
    if (l != null && !forceSingle && !d.date.isAfter(l.until) && !d.date.isBefore(l.from)) {
      LicItem it = l.items.get(0);
      if (it.left >= qty) { it.left -= qty; return l; }
    }
    l = new Lic();
    boolean general = !forceSingle && p(0.45);
    l.type = general ? "GENERAL" : "SINGLE";
    l.issued = d.date.minusDays(ri(5, general ? 200 : 75));
    l.from = l.issued; l.until = general ? l.from.plusYears(ri(1, 2)).plusDays(ri(0, 300)) : l.from.plusDays(ri(150, 364));
    if (l.until.isBefore(d.date)) l.until = d.date.plusDays(ri(30, 120));
    if (l.until.isAfter(l.from.plusYears(general ? 3 : 1).minusDays(1))) l.until = l.from.plusYears(general ? 3 : 1).minusDays(1);
    l.no = licNo(l.issued, pr.mineral);
    l.exId = ex.id; l.exName = ex.name(d.day); l.cName = d.cName; l.cCountry = d.cCountry;
    l.euName = d.euName.isEmpty() ? d.cName : d.euName; l.euCountry = d.euCountry.isEmpty() ? d.cCountry : d.euCountry;
    l.endUse = endUseText(pr);
    l.dests = d.dest.equals(l.euCountry) ? d.dest : d.dest + ";" + l.euCountry;
    LicItem it = new LicItem(); it.hs = pr.hs; it.desc = pr.desc[0]; it.cc = pr.ctrlCode;
    double mult = general ? ri(4, 12) : (p(0.3) ? ri(2, 3) : 1.0 + u() * 0.1);
    it.qty = Math.ceil(qty * mult); it.value = Math.ceil(value * mult * 1.05); it.left = it.qty - qty;
    l.items.add(it);
    LICS.add(l); LIC_BY_KEY.put(key, l);
    return l;
  }

  static final double[] MONTH = {1.0, 0.62, 1.05, 1.0, 1.05, 1.1, 0.95, 0.95, 1.1, 0.85, 1.1, 1.18};
  static final double[] DOW = {1.0, 1.0, 1.0, 1.0, 1.05, 0.55, 0.25};
  static double season(LocalDate d) { return MONTH[d.getMonthValue() - 1] * DOW[d.getDayOfWeek().getValue() - 1]; }

  // unit price with contract (quarterly fixed) or spot noise
  static final Map<String, Double> CONTRACT = new HashMap<>();
  static double unitPrice(Product pr, Party c, LocalDate d) {
    double base = pr.price(d);
    if (c != null && c.contract) {
      String k = pr.key + "|" + c.name + "|" + d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3);
      Double v = CONTRACT.get(k);
      if (v == null) { v = base * (0.93 + 0.1 * u()); CONTRACT.put(k, v); }
      return v * (1 + 0.004 * gauss());
    }
    return base * Math.exp(0.07 * gauss());
  }
  static double tare(String pack, double net) {
    switch (pack) {
      case "FLASK": return net * 0.06 + 3 + u() * 4;
      case "CARTON": return net * (0.05 + 0.04 * u()) + 2;
      case "DRUM": return Math.ceil(net / 50) * (3.5 + u()) + Math.ceil(net / 1000) * 22;
      case "BAG": return Math.ceil(net / 1000) * (3 + u() * 2) + (p(0.6) ? Math.ceil(net / 1000) * 20 : 0);
      case "PALLET": return Math.ceil(net / 1000) * (18 + u() * 12);
      case "BULK": return 0;
      default: return net * 0.05;
    }
  }
  static Line line(Product pr, double qty, double unitPrice) {
    Line l = new Line(); l.hs = pr.hs; l.desc = pick(pr.desc); l.qty = qty; l.net = qty; l.value = Math.round(qty * unitPrice * 100) / 100.0; l.pack = pr.pack;
    return l;
  }
  // fill transport from lines and destination
  static void transport(Decl d, Exporter ex, String forceMode) {
    double net = 0, val = 0, tare = 0; boolean bulk = false;
    for (Line l : d.lines) { net += l.net; val += l.value; tare += tare(l.pack, l.net); bulk |= l.pack.equals("BULK"); }
    d.gross = Math.round((net + tare) * 10) / 10.0;
    String mode = forceMode;
    if (mode == null) {
      double vk = val / net;
      if (net < 30 && p(0.6)) mode = "POST";
      else if (vk > 150 && net < 3000 && p(0.85)) mode = "AIR";
      else if ((d.dest.equals("VN") || d.dest.equals("HK")) && p(0.45)) mode = "ROAD";
      else if (d.dest.equals("RU") && p(0.6)) mode = "RAIL";
      else if ((d.dest.equals("DE") || d.dest.equals("PL") || d.dest.equals("CZ")) && p(0.12)) mode = "RAIL";
      else mode = "SEA";
    }
    d.mode = mode;
    switch (mode) {
      case "AIR": d.office = ex.airOffice; d.containers = 0; break;
      case "POST": d.office = pick(new String[]{"5349", "2244", "5141", "4227"}); d.containers = 0; break;
      case "ROAD": d.office = d.dest.equals("VN") ? pick(new String[]{"7216", "8604"}) : "5301"; d.containers = d.gross > 9000 ? 1 : 0; break;
      case "RAIL": d.office = d.dest.equals("RU") ? pick(new String[]{"0601", "0702"}) : pick(new String[]{"9409", "7901"}); d.containers = (int) Math.ceil(d.gross / 24000); break;
      default: d.office = ex.office; d.containers = bulk ? 0 : d.gross < 6000 ? 0 : (int) Math.ceil(d.gross / 24500);
    }
    if (d.dest.equals("HK") && mode.equals("SEA") && p(0.5)) d.office = "5316";
  }

  // ---------------------------------------------------------------- honest trade
  static final Set<String> US_BAN = Set.of("GA", "GAAS", "GE", "GEO2", "SB", "SB2O3", "SBORE");
  static final LocalDate BAN_FROM = LocalDate.of(2024, 12, 3), BAN_TO = LocalDate.of(2025, 11, 8);
  static boolean banned(String key, String cc, LocalDate d) { return cc.equals("US") && US_BAN.contains(key) && !d.isBefore(BAN_FROM) && !d.isAfter(BAN_TO); }
  static long SEQ = 0;
  static Decl base(int day, Exporter ex, Party c) {
    Decl d = new Decl(); d.day = day; d.date = START.plusDays(day); d.exId = ex.id; d.exName = ex.name(day);
    d.cName = c.name; d.cCountry = c.country; d.cAddr = c.address; d.dest = c.country;
    return d;
  }
  static Decl honest(int day, Exporter ex, Party c, List<String> keys, String forceMode, double scale) {
    Decl d = base(day, ex, c);
    boolean anyCtrl = false;
    for (String k : keys) if (P(k).controlled(d.date)) anyCtrl = true;
    if (anyCtrl) {
      if (c.hub && c.euName != null) { d.euName = c.euName; d.euCountry = c.euCountry; d.euAddr = c.euAddr; }
      else if (p(0.85)) { d.euName = c.name; d.euCountry = c.country; d.euAddr = p(0.5) ? c.address : ""; }
      d.endUse = p(0.9) ? "CIVIL" : "";
    } else if (c.hub && c.euName != null && p(0.3)) { d.euName = c.euName; d.euCountry = c.euCountry; }
    int ln = 0;
    for (String k : keys) {
      Product pr = P(k);
      double q = lot(k, scale);
      Line l = line(pr, q, unitPrice(pr, c, d.date));
      if (pr.controlled(d.date)) l.lic = licenceFor(ex, d, pr, q, l.value, false).no;
      d.lines.add(l);
    }
    transport(d, ex, forceMode);
    return d;
  }
  static Exporter pickExporter(int day, java.util.function.Predicate<Exporter> f) {
    double s = 0; List<Exporter> c = new ArrayList<>();
    for (Exporter e : EXP) if (day >= e.from && day <= e.to && f.test(e)) { c.add(e); s += e.w; }
    if (c.isEmpty()) return null;
    double t = u() * s; for (Exporter e : c) { t -= e.w; if (t <= 0) return e; }
    return c.get(c.size() - 1);
  }
  static List<String> honestKeys(Exporter ex) {
    int n = ex.kind.equals("TRADER") || ex.kind.equals("GENERAL") ? (p(0.45) ? ri(2, Math.min(5, ex.range.length)) : 1) : (p(0.25) ? ri(2, Math.min(3, ex.range.length)) : 1);
    List<String> r = new ArrayList<>(Arrays.asList(ex.range)); Collections.shuffle(r, new Random(R.nextLong()));
    return new ArrayList<>(r.subList(0, Math.max(1, Math.min(n, r.size()))));
  }
  static Party consigneeFor(Exporter ex, List<String> keys, LocalDate d) {
    for (int k = 0; k < 20; k++) {
      Party c = p(0.8) ? pick(ex.regulars) : pick(BUYERS.get(wpick(DEST, DEST_W)));
      boolean ok = true; for (String key : keys) if (banned(key, c.country, d)) ok = false;
      if (ok) return c;
    }
    return pick(BUYERS.get("KR"));
  }
  static Decl normal(int day) {
    Exporter ex = pickExporter(day, e -> e.pred == null);
    List<String> keys = honestKeys(ex);
    Party c = consigneeFor(ex, keys, START.plusDays(day));
    Decl d = honest(day, ex, c, keys, null, 1);
    if (ex.renameDay >= 0 && day >= ex.renameDay) d.look = "RENAMED_EXPORTER_SAME_USCC";
    else if (ex.from > 0 && day < ex.from + 120 && hasLic(d)) d.look = "NEW_ENTRANT_LICENSED";
    return d;
  }
  static boolean hasLic(Decl d) { for (Line l : d.lines) if (!l.lic.isEmpty()) return true; return false; }

  // ---------------------------------------------------------------- look-alikes
  static final Map<String, String[]> COVER = Map.of("SB", new String[]{"PBSB", "PB", "ZN"}, "SB2O3", new String[]{"ZN", "SI"}, "GA", new String[]{"SN", "ALU"},
      "GE", new String[]{"ZN", "TINPLATE"}, "BIMET", new String[]{"SOLDER", "SN"}, "DY", new String[]{"CEO2", "LA2O3"}, "TBO", new String[]{"CEO2", "LA2O3"},
      "APT", new String[]{"FEW", "MOO3"}, "WC", new String[]{"INSERT", "SIC"}, "GEO2", new String[]{"SI", "ZN"});
  static final String[] ABSENT = {", Ge < 1 ppm", ", Sb 0.02% max", ", Ga not detected", ", no Bi content", ", contains no Dy/Tb", ", Sb-free", ""};
  static Decl lookMixedProducer(int day) {
    Exporter ex = pickExporter(day, e -> e.pred == null && e.kind.equals("PRODUCER") || e.kind.equals("TRADER"));
    List<String> keys = new ArrayList<>();
    for (String k : ex.range) if (COVER.containsKey(k)) { keys.add(pick(COVER.get(k))); if (p(0.5)) keys.add(k); break; }
    if (keys.isEmpty()) keys.add(pick(new String[]{"SN", "ZN", "PBSB", "SOLDER"}));
    if (p(0.5)) keys.add(pick(new String[]{"SN", "ZN", "PB", "PBSB", "SI"}));
    keys = new ArrayList<>(new LinkedHashSet<>(keys));
    Party c = consigneeFor(ex, keys, START.plusDays(day));
    Decl d = honest(day, ex, c, keys, null, 0.6);
    for (Line l : d.lines) if (l.lic.isEmpty() && p(0.5)) l.desc = l.desc + pick(ABSENT);
    d.look = "PRODUCER_ORDINARY_MIX"; return d;
  }
  static Decl lookMagnet(int day) {
    Exporter ex = pickExporter(day, e -> e.kind.equals("MAGNET"));
    List<String> keys = new ArrayList<>(List.of("NDMAG")); if (p(0.35)) keys.add("DYMAG"); if (p(0.2)) keys.add("FERRITE");
    Party c = consigneeFor(ex, keys, START.plusDays(day));
    Decl d = honest(day, ex, c, keys, null, 1);
    Line l0 = d.lines.get(0);
    if (p(0.3)) { l0.desc = "sintered NdFeB magnets N52 high-temperature coating, Dy-free"; l0.value = Math.round(l0.value * 1.25); }
    d.look = "DY_FREE_MAGNET"; return d;
  }
  static Decl lookHub(int day) {
    LocalDate dt = START.plusDays(day);
    Exporter ex = pickExporter(day, e -> { for (String k : e.range) if (P(k).controlled(dt)) return true; return false; });
    List<String> keys = new ArrayList<>(); for (String k : ex.range) if (P(k).controlled(dt)) { keys.add(k); break; }
    Party c;
    if (p(0.65)) { List<Party> hubs = new ArrayList<>(); for (String h : HUB_ORDER) for (Party x : BUYERS.get(h)) if (x.hub) hubs.add(x); c = pick(hubs); }
    else c = pick(BUYERS.get(pick(new String[]{"TH", "MX", "VN", "MY", "IN"})));
    if (banned(keys.get(0), c.euCountry == null ? "" : c.euCountry, dt)) c = pick(BUYERS.get("DE"));
    Decl d = honest(day, ex, c, keys, null, 1);
    if (c.hub && p(0.3)) d.transit = c.country.equals("HK") ? "HK" : c.country;
    d.look = "LICENSED_HUB_REINVOICE"; return d;
  }
  static final String[][] SIMILAR = {
    {"General Dynamic Metals Trading Inc.", "US"}, {"Cubic Metal Powders GmbH", "DE"}, {"Summit Materials Technology Co., Ltd.", "TW"},
    {"Shield Alloys Inc.", "US"}, {"Insitu Coatings Ltd", "GB"}, {"Pacific Rim Metals Corp.", "US"}, {"Group W Trading Co., Ltd.", "KR"},
    {"Atlas Aerospace Castings Ltd", "GB"}, {"Sierra Metals Nevada Inc.", "US"}, {"Lockhart Martin Foundry Pty Ltd", "AU"},
    {"Teledyne Specialty Metals Trading LLC", "AE"}, {"Hudson Tech Alloys Inc.", "US"}, {"Jong Shin Steel Co., Ltd.", "KR"},
    {"Novatech Abrasives S.r.l.", "IT"}, {"Echo Dyne Electronics Co., Ltd.", "TW"}, {"Aerospace Industrial Supplies Sdn. Bhd.", "MY"}};
  static Decl lookSimilar(int day) {
    String[] s = pick(SIMILAR);
    Party c = new Party(s[0], s[1], pick(CITY.get(s[1])));
    LocalDate dt = START.plusDays(day);
    Exporter ex = pickExporter(day, e -> e.pred == null);
    List<String> keys = honestKeys(ex);
    keys.removeIf(k -> banned(k, s[1], dt));
    if (keys.isEmpty()) keys.add(pick(new String[]{"ZN", "SN", "NDMAG", "FGR"}));
    Decl d = honest(day, ex, c, keys, null, 0.7);
    d.look = "SIMILAR_NAME_TO_LISTED"; return d;
  }
  static Decl lookParcel(int day) {
    LocalDate dt = START.plusDays(day);
    Exporter ex = pickExporter(day, e -> e.kind.equals("TRADER") || e.kind.equals("PRODUCER"));
    String k = pick(ex.range);
    Party c = consigneeFor(ex, List.of(k), dt);
    Decl d = base(day, ex, c);
    Product pr = P(k);
    double q = Math.round((0.2 + u() * 8) * 10) / 10.0;
    Line l = line(pr, q, unitPrice(pr, c, dt) * (p(0.5) ? 1 : 0.2)); l.desc = pick(new String[]{"sample: ", "R&D sample, ", "trial lot, "}) + l.desc;
    if (pr.controlled(dt)) { d.euName = c.name; d.euCountry = c.country; d.endUse = "CIVIL"; l.lic = licenceFor(ex, d, pr, q, Math.max(1, l.value), true).no; }
    d.lines.add(l);
    transport(d, ex, p(0.6) ? "POST" : "AIR");
    d.look = "SMALL_SAMPLE_PARCEL"; return d;
  }

  // ---------------------------------------------------------------- violations
  static int tier() { double x = u(); return x < 0.3 ? 0 : x < 0.65 ? 1 : 2; } // easy / medium / hard
  static final String[] TIER = {"easy", "medium", "hard"};
  static final Map<String, int[]> TIERS = new TreeMap<>();
  static Decl viol(Decl d, String typ, int t) {
    d.outcome = "VIOLATION"; d.typ = typ; TIERS.computeIfAbsent(typ, k -> new int[3])[t]++; return d;
  }

  // T1: a controlled good hidden as one line of a mixed consignment, declared as the ordinary good it resembles
  static Decl vMixed(int day) {
    LocalDate dt = START.plusDays(day);
    Exporter ex = pickExporter(day, e -> { if (e.pred != null) return false; for (String k : e.range) if (COVER.containsKey(k) && P(k).controlled(dt)) return true; return false; });
    String hid = null; for (String k : ex.range) if (COVER.containsKey(k) && P(k).controlled(dt)) { hid = k; break; }
    Product hp = P(hid), cp = P(pick(COVER.get(hid)));
    List<String> keys = new ArrayList<>(); keys.add(pick(new String[]{"SN", "ZN", "PB", "SI", "ALU"}));
    if (p(0.5)) keys.add(hid); // licensed portion of the same metal rides along
    keys = new ArrayList<>(new LinkedHashSet<>(keys)); keys.remove(cp.key);
    if (keys.isEmpty()) keys.add("SI");
    Party c = consigneeFor(ex, List.of(hid), dt);
    Decl d = honest(day, ex, c, keys, null, 0.6);
    int t = tier();
    double q = lot(hid, 0.7);
    Line l = new Line(); l.hs = cp.hs; l.qty = q; l.net = q; l.pack = hp.pack;
    double real = unitPrice(hp, c, dt);
    if (t == 0) { l.desc = pick(cp.desc); l.value = Math.round(q * real * 0.9); }
    else if (t == 1) {
      l.desc = hid.startsWith("SB") ? "lead alloy ingots, Sb 96%" : hid.equals("BIMET") ? "low temperature solder alloy Sn42Bi58" : hid.startsWith("G") ? "metal alloy ingot, high purity" : hid.equals("DY") || hid.equals("TBO") ? "rare earth oxide mixture (La, Ce, Dy)" : "tungsten-bearing ferroalloy";
      l.value = Math.round(q * real * 0.35);
    } else { l.desc = pick(cp.desc); l.value = Math.round(q * cp.price(dt) * (1.05 + 0.1 * u())); }
    d.lines.add(l);
    transport(d, ex, null);
    return viol(d, "MIXED_CONSIGNMENT_CONCEALMENT", t);
  }
  // T2: heavy-RE magnets declared as Dy-free NdFeB under the uncontrolled tariff line
  static Decl vMagnet(int day) {
    if (day < 94) day = 94 + ri(0, 30);
    LocalDate dt = START.plusDays(day);
    Exporter ex = pickExporter(day, e -> e.kind.equals("MAGNET"));
    Party c = consigneeFor(ex, List.of("DYMAG"), dt);
    List<String> keys = new ArrayList<>(); if (p(0.5)) keys.add("NDMAG"); if (p(0.25)) keys.add("FERRITE");
    Decl d = keys.isEmpty() ? base(day, ex, c) : honest(day, ex, c, keys, null, 1);
    int t = tier();
    Product dy = P("DYMAG"); double q = lot("DYMAG", 1); double up = unitPrice(dy, c, dt);
    Line l = new Line(); l.hs = "8505119000"; l.qty = q; l.net = q; l.pack = "CARTON";
    if (t == 0) { l.desc = pick(dy.desc); l.value = Math.round(q * up); }
    else if (t == 1) { l.desc = pick(new String[]{"NdFeB magnets 42SH, Dy-free", "sintered NdFeB 38UH motor segments", "NdFeB arc magnets 45SH"}); l.value = Math.round(q * up * 0.95); }
    else { l.desc = pick(new String[]{"sintered NdFeB magnets N48, Dy-free", "NdFeB magnets N45, nickel coated", "NdFeB blocks N50"}); l.value = Math.round(q * up * 0.8); }
    d.lines.add(0, l);
    transport(d, ex, null);
    return viol(d, "HEAVY_RE_COMPOSITION_MISSTATED", t);
  }
  // T3: third-country consignee that re-exports to the true (barred) buyer
  static final List<Party> FRONTS = new ArrayList<>();
  static final List<Party> TRUE_BUYERS = new ArrayList<>();
  static void fronts() {
    String[] cc = {"TH", "MX", "VN", "MY", "AE", "BE", "TH", "MX", "IN", "TR"};
    for (int i = 0; i < cc.length; i++) {
      Party f = newParty(cc[i]); f.firstDay = ri(60, 330);
      if (p(0.5)) f.address = pick(new String[]{"Free Zone Warehouse 12, ", "c/o Bonded Logistics Park, ", "Unit 3, Logistics Hub, "}) + f.address;
      FRONTS.add(f);
      TRUE_BUYERS.add(newParty(p(0.8) ? "US" : "JP"));
    }
  }
  static Decl vHub(int day) {
    LocalDate dt = START.plusDays(day);
    int fi = R.nextInt(FRONTS.size()); Party f = FRONTS.get(fi), tb = TRUE_BUYERS.get(fi);
    if (day < f.firstDay) day = f.firstDay + ri(0, 40);
    dt = START.plusDays(day); final LocalDate fdt = dt;
    String key = pick(new String[]{"SB2O3", "SB", "GA", "GE", "GEO2", "SB2O3"});
    Exporter ex = pickExporter(day, e -> e.pred == null && Arrays.asList(e.range).contains(key));
    if (ex == null) ex = pickExporter(day, e -> e.kind.equals("TRADER"));
    Decl d = base(day, ex, f);
    Product pr = P(key); double q = lot(key, 1.0 + day / 365.0); // volumes ramp up
    Line l = line(pr, q, unitPrice(pr, f, dt));
    int t = tier();
    d.endUse = "CIVIL";
    if (t == 0) { d.euName = tb.name; d.euCountry = tb.country; d.euAddr = tb.address; }
    else { d.euName = f.name; d.euCountry = f.country; }
    if (t >= 1) {
      Lic lic = licenceFor(ex, d, pr, q, l.value, p(0.5));
      l.lic = lic.no;
      if (t == 1) { d.dest = pick(new String[]{"MX", "CA", "US"}); if (d.dest.equals(f.country)) d.dest = "US"; d.transit = f.country; }
    }
    d.lines.add(l);
    transport(d, ex, null);
    return viol(d, "THIRD_COUNTRY_REEXPORT_DIVERSION", t);
  }
  // T4: exporter re-registered under a new code/name after an enforcement action, keeps trading controlled goods
  static final List<Exporter[]> PHOENIX = new ArrayList<>(); // {pred, successor(medium-name), successor(hard-name)}
  static void phoenix() {
    List<Exporter> cand = new ArrayList<>();
    for (Exporter e : EXP) if (e.kind.equals("PRODUCER") && e.from == 0 && e.renameDay < 0) for (String k : e.range) if (P(k).eff != null && P(k).eff.isBefore(START)) { cand.add(e); break; }
    Collections.shuffle(cand, new Random(R.nextLong()));
    for (int i = 0; i < Math.min(8, cand.size()); i++) {
      Exporter pd = cand.get(i); pd.to = ri(150, 420);
      Exporter s = new Exporter(); s.pred = pd; s.city = pd.city; s.office = pd.office; s.airOffice = pd.airOffice; s.kind = pd.kind; s.range = pd.range;
      s.regulars = pd.regulars; s.w = 0; s.from = pd.to + ri(15, 60);
      s.id = uscc(pd.id.substring(2, 8));
      String core = pd.name.replaceAll(" (Group |Industry )?Co\\., Ltd\\.$", "");
      String nn = core + pick(new String[]{" New Materials Co., Ltd.", " Trading Co., Ltd.", " Technology Co., Ltd."});
      if (!USED_NAMES.add(nn)) nn = core + " (" + pd.city + ") Co., Ltd.";
      s.name = nn;
      Exporter h = new Exporter(); h.pred = pd; h.city = pd.city; h.office = pd.office; h.airOffice = pd.airOffice; h.kind = pd.kind; h.range = pd.range;
      h.regulars = pd.regulars; h.w = 0; h.from = s.from + ri(0, 90); h.id = uscc(pd.id.substring(2, 8)); h.name = chineseName(pd.city, "");
      EXP.add(s); EXP.add(h);
      PHOENIX.add(new Exporter[]{pd, s, h});
    }
  }
  static Decl vPhoenix(int day) {
    List<Exporter[]> ok = new ArrayList<>(); for (Exporter[] x : PHOENIX) if (day >= x[1].from) ok.add(x);
    if (ok.isEmpty()) { Exporter[] x = pick(PHOENIX); day = Math.min(DAYS - 1, x[1].from + ri(0, 60)); ok.add(x); }
    Exporter[] x = pick(ok); int t = tier();
    Exporter s = t == 2 && day >= x[2].from ? x[2] : x[1];
    LocalDate dt = START.plusDays(day);
    String key = null; for (String k : s.range) if (P(k).controlled(dt)) { key = k; break; }
    Party c = pick(s.regulars); if (banned(key, c.country, dt)) c = pick(BUYERS.get("KR"));
    Decl d = base(day, s, c);
    Product pr = P(key); double q = lot(key, 1); Line l = line(pr, q, unitPrice(pr, c, dt));
    d.euName = c.name; d.euCountry = c.country; d.endUse = "CIVIL";
    if (t == 0) { // cites the predecessor's licence
      Lic old = null; for (Lic li : LICS) if (li.exId.equals(x[0].id)) { old = li; if (li.items.get(0).hs.equals(pr.hs)) break; }
      l.lic = old != null ? old.no : licNo(dt.minusDays(200), pr.mineral);
    }
    d.lines.add(l);
    if (p(0.4)) { Line o = line(P(pick(new String[]{"ZN", "PB", "SN"})), lot("SN", 0.5), 3); o.value = Math.round(o.qty * 2.9); d.lines.add(o); }
    transport(d, s, null);
    return viol(d, "PHOENIX_EXPORTER", t);
  }
  // T5: licence numbers copied between shipments
  static Decl vLicCopy(int day) {
    LocalDate dt = START.plusDays(day);
    Exporter ex = pickExporter(day, e -> { if (e.pred != null) return false; for (String k : e.range) if (P(k).controlled(dt)) return true; return false; });
    String key = null; for (String k : ex.range) if (P(k).controlled(dt)) { key = k; break; }
    final String fk = key;
    Party c = consigneeFor(ex, List.of(key), dt);
    Decl d = base(day, ex, c);
    Product pr = P(key); double q = lot(key, 1); Line l = line(pr, q, unitPrice(pr, c, dt));
    d.euName = c.name; d.euCountry = c.country; d.endUse = "CIVIL";
    int t = tier();
    Lic src = null;
    if (t == 0) { for (int k = 0; k < 200 && !LICS.isEmpty(); k++) { Lic li = pick(LICS); if (!li.exId.equals(ex.id) && li.items.get(0).hs.equals(pr.hs)) { src = li; break; } } }
    else if (t == 1) { // own SINGLE licence, already drawn down or expired
      for (Lic li : LICS) if (li.exId.equals(ex.id) && li.type.equals("SINGLE") && li.items.get(0).hs.equals(pr.hs) && (li.items.get(0).left < q || li.until.isBefore(dt))) { src = li; }
    } else { // own licence, but this consignee is not the licensed one (same country)
      for (Lic li : LICS) if (li.exId.equals(ex.id) && li.items.get(0).hs.equals(pr.hs) && !li.cName.equals(c.name) && !li.until.isBefore(dt) && !li.from.isAfter(dt)) { src = li; }
      if (src != null) { List<Party> same = BUYERS.get(src.cCountry); Party c2 = pick(same); if (!c2.name.equals(src.cName) && !banned(fk, c2.country, dt)) { d = base(day, ex, c2); d.euName = c2.name; d.euCountry = c2.country; d.endUse = "CIVIL"; } }
    }
    if (src == null) { // fall back: copy any licence of this mineral from someone else
      for (int k = 0; k < 400 && !LICS.isEmpty(); k++) { Lic li = pick(LICS); if (!li.exId.equals(ex.id) && li.items.get(0).hs.equals(pr.hs)) { src = li; break; } }
      t = 0;
    }
    l.lic = src != null ? src.no : licNo(dt.minusDays(100), pr.mineral);
    d.lines.add(l);
    transport(d, ex, null);
    return viol(d, "LICENCE_NUMBER_COPIED", t);
  }
  // T6: end-user statement names a plausible civil user; the real user is a listed party
  static final String[][] LISTED = {
    {"Lockheed Martin Aeronautics", "US", "Lockheed-Martin Aeronautics Co.", "1011 Lockheed Way, Palmdale, CA"},
    {"General Atomics Aeronautical Systems", "US", "GA Aeronautical Systems Inc.", "14200 Kirkham Way, Poway, CA"},
    {"Raytheon Missiles & Defense", "US", "Raytheon Missile and Defence", "1151 E Hermans Rd, Tucson, AZ"},
    {"Teledyne FLIR", "US", "Teledyne Flir LLC", "27700 SW Parkway Ave, Wilsonville, OR"},
    {"Sierra Nevada Corporation", "US", "Sierra Nevada Corp.", "444 Salomon Circle, Sparks, NV"},
    {"Kratos Unmanned Aerial Systems", "US", "Kratos UAS Inc", "5381 Raley Blvd, Sacramento, CA"},
    {"Anduril Industries", "US", "Anduril Ind. Inc.", "1400 Anduril, Costa Mesa, CA"},
    {"Huntington Ingalls Industries", "US", "Huntington-Ingalls Ind.", "4101 Washington Ave, Newport News, VA"},
    {"Aerospace Industrial Development Corp.", "TW", "AIDC Aerospace Industrial Development Corporation", "No. 1000, Sec. 1, Huanzhong E Rd, Xitun Dist, Taichung"},
    {"National Chung-Shan Institute of Science & Technology", "TW", "NCSIST", "No. 481, Sec. Jia'an, Zhongzheng Rd, Longtan Dist, Taoyuan"},
    {"Jong Shyn Shipbuilding Co.", "TW", "Jong Shyn Ship Building Company", "No. 8, Yanhai 4th Rd, Xiaogang Dist, Kaohsiung"},
    {"Teledyne Brown Engineering", "US", "Teledyne Brown Engr. Inc.", "300 Sparkman Dr NW, Huntsville, AL"},
    {"Shield AI", "US", "ShieldAI Inc.", "600 W Broadway, San Diego, CA"},
    {"Cubic Corporation", "US", "Cubic Corp", "9233 Balboa Ave, San Diego, CA"}};
  static final String[] FRONT_CIVIL = {"Pacific Coast Industrial Supply", "Western Precision Components", "Bayview Laboratory Materials", "Harbor Optics Distribution", "Redwood Advanced Materials", "Formosa Precision Instruments"};
  static Decl vMasked(int day) {
    LocalDate dt = START.plusDays(day);
    String[] tg = pick(LISTED); int t = tier();
    String key = pick(new String[]{"GE", "GEO2", "GA", "GAAS", "WBAR", "DYMAG", "SMCO", "INP", "TE"});
    if (banned(key, tg[1], dt)) key = pick(new String[]{"WBAR", "DYMAG", "SMCO", "TE"});
    if (!P(key).controlled(dt)) key = "GE";
    if (banned(key, tg[1], dt)) key = "TE";
    if (!P(key).controlled(dt)) key = "GA";
    final String fk = key;
    Exporter ex = pickExporter(day, e -> e.pred == null && Arrays.asList(e.range).contains(fk));
    if (ex == null) ex = pickExporter(day, e -> e.kind.equals("TRADER"));
    Party cons;
    if (t == 2 || p(0.5)) { // consignee a freight forwarder / distributor in the same country or a hub
      String cc = p(0.6) ? tg[1] : pick(new String[]{"HK", "SG", "AE"});
      cons = pick(BUYERS.get(cc));
    } else cons = new Party(tg[0], tg[1], tg[3]);
    Decl d = base(day, ex, cons);
    d.endUse = "CIVIL";
    if (t == 0) { d.euName = tg[0]; d.euCountry = tg[1]; d.euAddr = tg[3]; }
    else if (t == 1) { d.euName = tg[2]; d.euCountry = tg[1]; d.euAddr = tg[3]; }
    else { d.euName = pick(FRONT_CIVIL) + (tg[1].equals("US") ? " LLC" : " Co., Ltd."); d.euCountry = tg[1]; d.euAddr = tg[3]; } // same street address as the listed party
    if (!d.dest.equals(tg[1]) && !HUBS.contains(d.dest)) d.dest = tg[1];
    Product pr = P(key); double q = Math.max(1, lot(key, 0.4)); Line l = line(pr, q, unitPrice(pr, cons, dt) * (1.1 + 0.2 * u()));
    if (t >= 1) l.lic = licenceFor(ex, d, pr, q, l.value, true).no;
    d.lines.add(l);
    transport(d, ex, null);
    return viol(d, "CIVIL_END_USER_STATEMENT_MASK", t);
  }
  // T7: controlled metal moved in many small courier / air parcels under 'sample' descriptions
  static final List<Party> RECEIVERS = new ArrayList<>();
  static Decl vParcel(int day) {
    if (RECEIVERS.isEmpty()) for (String cc : new String[]{"HK", "SG", "AE", "VN", "TW", "KR", "US", "DE"}) { Party r = newParty(cc); r.name = r.name; RECEIVERS.add(r); }
    LocalDate dt = START.plusDays(day);
    Party c = pick(RECEIVERS);
    String key = pick(new String[]{"GA", "GE", "GEO2", "TBO", "DY", "INP", "GAAS"});
    if (!P(key).controlled(dt) || banned(key, c.country, dt) && p(0.5)) key = "GE";
    final String fk = key;
    Exporter ex = pickExporter(day, e -> e.kind.equals("TRADER") || Arrays.asList(e.range).contains(fk));
    Decl d = base(day, ex, c);
    Product pr = P(key); int t = tier();
    double q = Math.round((0.5 + u() * (t == 2 ? 4 : 12)) * 10) / 10.0;
    Line l = new Line(); l.qty = q; l.net = q; l.pack = "CARTON";
    if (t == 0) { l.hs = pr.hs; l.desc = "sample, " + pick(pr.desc) + ", no commercial value"; l.value = Math.round(q * 5); }
    else if (t == 1) { l.hs = pick(new String[]{"8001100000", "7901110000", "2846101000"}); l.desc = pick(new String[]{"metal sample for testing", "alloy sample", "polishing powder sample"}); l.value = Math.round(q * pr.price(dt) * 0.25); }
    else { l.hs = pick(new String[]{"8001100000", "7901110000", "2804690000"}); l.desc = pick(new String[]{"tin ingot sample", "zinc sample", "silicon lump sample"}); l.value = Math.round(q * 30 + 10); }
    d.lines.add(l);
    transport(d, ex, p(0.7) ? "POST" : "AIR");
    return viol(d, "SAMPLE_PARCEL_STRUCTURING", t);
  }

  // ---------------------------------------------------------------- main
  public static void main(String[] args) throws IOException {
    int n = 10000; long seed = 1; String out = "out";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--declarations": n = Integer.parseInt(args[++i]); break;
        case "--seed": seed = Long.parseLong(args[++i]); break;
        case "--out": out = args[++i]; break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    R = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    products(); lots(); countries(); buyers(); exporters(); fronts(); phoenix();
    // seasonal day weights
    double[] cum = new double[DAYS]; double s = 0;
    for (int i = 0; i < DAYS; i++) { s += season(START.plusDays(i)) * (1 + 0.15 * i / DAYS); cum[i] = s; }
    int[] days = new int[n];
    for (int i = 0; i < n; i++) { double t = u() * s; int k = Arrays.binarySearch(cum, t); days[i] = k >= 0 ? k : Math.min(DAYS - 1, -k - 1); }
    Arrays.sort(days);
    String[] cats = {"V1", "V2", "V3", "V4", "V5", "V6", "V7", "L1", "L2", "L3", "L6", "L7"};
    double[] pr = {0.0034, 0.0032, 0.0034, 0.0032, 0.0034, 0.0032, 0.0034, 0.006, 0.005, 0.006, 0.0045, 0.006};
    List<Decl> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int day = days[i]; double x = u(); String cat = null;
      for (int k = 0; k < cats.length; k++) { x -= pr[k]; if (x < 0) { cat = cats[k]; break; } }
      Decl d;
      if (cat == null) d = normal(day);
      else switch (cat) {
        case "V1": d = vMixed(day); break;
        case "V2": d = vMagnet(day); break;
        case "V3": d = vHub(day); break;
        case "V4": d = vPhoenix(day); break;
        case "V5": d = vLicCopy(day); break;
        case "V6": d = vMasked(day); break;
        case "V7": d = vParcel(day); break;
        case "L1": d = lookMixedProducer(day); break;
        case "L2": d = lookMagnet(day); break;
        case "L3": d = lookHub(day); break;
        case "L6": d = lookSimilar(day); break;
        default: d = lookParcel(day); break;
      }
      all.add(d);
    }
    all.sort(Comparator.comparingInt(d -> d.day));
    Set<String> cited = new HashSet<>();
    for (Decl d : all) {
      SEQ++;
      d.id = d.office + d.date.getYear() + "1" + String.format(Locale.ROOT, "%09d", 104729L * SEQ % 1000000000L);
      if (d.euName.isEmpty()) { d.euCountry = ""; d.euAddr = ""; }
      for (Line l : d.lines) if (!l.lic.isEmpty()) {
        if (!cited.add(l.lic) && d.outcome.equals("CLEAN") && d.look.isEmpty()) d.look = "LICENCE_REUSED_WITHIN_TERMS";
      }
    }
    Path dir = Paths.get(out); Files.createDirectories(dir);
    Map<String, Integer> typ = new TreeMap<>(), look = new TreeMap<>();
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("declarations.csv"), StandardCharsets.UTF_8);
         BufferedWriter tw = Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
      w.write("declaration_id,line_no,declared_at,customs_office,exporter_id,exporter_name,consignee_name,consignee_country,consignee_address,end_user_name,end_user_country,end_user_address,destination_country,transit_countries,transport_mode,container_count,gross_weight_kg,hs_code,description,quantity,unit,net_weight_kg,value_usd,license_no,end_use\n");
      tw.write("declaration_id,outcome,typology\n");
      StringBuilder b = new StringBuilder();
      for (Decl d : all) {
        int ln = 0;
        for (Line l : d.lines) {
          b.setLength(0);
          b.append(d.id).append(',').append(++ln).append(',').append(d.date).append(',').append(d.office).append(',').append(d.exId).append(',')
           .append(csv(d.exName)).append(',').append(csv(d.cName)).append(',').append(d.cCountry).append(',').append(csv(d.cAddr)).append(',')
           .append(csv(d.euName)).append(',').append(d.euCountry).append(',').append(csv(d.euAddr)).append(',').append(d.dest).append(',')
           .append(d.transit).append(',').append(d.mode).append(',').append(d.containers).append(',').append(r1(d.gross)).append(',')
           .append(l.hs).append(',').append(csv(l.desc)).append(',').append(fmtQ(l.qty)).append(',').append(l.unit).append(',').append(fmtQ(l.net)).append(',')
           .append(r2(Math.max(0, l.value))).append(',').append(l.lic).append(',').append(d.endUse).append('\n');
          w.write(b.toString());
        }
        tw.write(d.id + "," + d.outcome + "," + d.typ + "\n");
        if (!d.typ.isEmpty()) typ.merge(d.typ, 1, Integer::sum);
        else if (!d.look.isEmpty()) look.merge(d.look, 1, Integer::sum);
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("licenses.csv"), StandardCharsets.UTF_8)) {
      w.write("license_no,license_type,issued_at,valid_from,valid_until,status,exporter_id,exporter_name,consignee_name,consignee_country,end_user_name,end_user_country,end_use,destination_countries,item_no,control_code,hs_code,description,quantity,unit,value_usd\n");
      for (Lic l : LICS) {
        int k = 0;
        for (LicItem it : l.items) {
          w.write(String.join(",", l.no, l.type, l.issued.toString(), l.from.toString(), l.until.toString(), l.status, l.exId, csv(l.exName), csv(l.cName), l.cCountry,
              csv(l.euName), l.euCountry, csv(l.endUse), l.dests, String.valueOf(++k), csv(it.cc), it.hs, csv(it.desc), r0(Math.max(1, it.qty)), "KG", r0(Math.max(1, it.value))) + "\n");
        }
      }
    }
    int viol = 0; for (int v : typ.values()) viol += v;
    StringBuilder sum = new StringBuilder();
    sum.append("declarations=").append(all.size()).append(" violations=").append(viol).append(" licenses=").append(LICS.size()).append(" | typologies:");
    for (Map.Entry<String, Integer> e : typ.entrySet()) { int[] t = TIERS.get(e.getKey()); sum.append(' ').append(e.getKey()).append('=').append(e.getValue()).append("(e").append(t[0]).append("/m").append(t[1]).append("/h").append(t[2]).append(')'); }
    sum.append(" | look-alikes:"); for (Map.Entry<String, Integer> e : look.entrySet()) sum.append(' ').append(e.getKey()).append('=').append(e.getValue());
    System.out.println(sum);
  }
  static String fmtQ(double q) { return q == Math.rint(q) ? r0(q) : r2(q); }
}
