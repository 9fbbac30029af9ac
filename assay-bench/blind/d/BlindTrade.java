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
  static int ri(int lo, int hiIncl) { return lo + R.nextInt(hiIncl - lo + 1); }
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
  static final String UC = "0123456789ABCDEFGHJKLNPQRTUWXY";
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
