package dev.assay.simulator.population;

/**
 * What an exporter does, as its registered name says it (行业): the words in Chinese and English that
 * go into the company name. Mineral industries trade one mineral family.
 */
record Industry(String key, String wordZh, String wordEn, String mineralFamily) {

  static final Industry[] ORDINARY = {
    new Industry("electronics", "电子科技", "Electronic Technology", null),
    new Industry("machinery", "机械设备", "Machinery Equipment", null),
    new Industry("textiles", "纺织品", "Textiles", null),
    new Industry("apparel", "服饰", "Garments", null),
    new Industry("footwear", "鞋业", "Footwear", null),
    new Industry("furniture", "家具", "Furniture", null),
    new Industry("toys", "玩具", "Toys", null),
    new Industry("chemicals", "化工", "Chemical", null),
    new Industry("plastics", "塑料制品", "Plastic Products", null),
    new Industry("metals", "钢铁", "Steel", null),
    new Industry("nonferrous", "有色金属", "Nonferrous Metals", null),
    new Industry("building", "建材", "Building Materials", null),
    new Industry("food", "食品", "Foodstuffs", null),
    new Industry("auto", "汽车配件", "Auto Parts", null),
    new Industry("medical", "医疗器械", "Medical Devices", null),
    new Industry("household", "日用品", "Household Products", null),
    new Industry("paper", "纸业", "Paper Products", null),
  };

  /** Trading companies export whatever sells: their range spans industries. */
  static final Industry TRADING = new Industry("trading", "进出口贸易", "Import & Export", null);

  static Industry forMineral(String family) {
    return switch (family) {
      case "antimony" -> new Industry("antimony", "锑业", "Antimony Industry", family);
      case "gallium" -> new Industry("gallium", "稀有金属", "Rare Metals", family);
      case "germanium" -> new Industry("germanium", "锗业", "Germanium", family);
      case "graphite" -> new Industry("graphite", "石墨", "Graphite", family);
      case "tungsten" -> new Industry("tungsten", "钨业", "Tungsten Industry", family);
      case "bismuth" -> new Industry("bismuth", "铋业", "Bismuth Industry", family);
      case "rare-earth" -> new Industry("rare-earth", "稀土材料", "Rare Earth Materials", family);
      case "magnets" -> new Industry("magnets", "磁业", "Magnetics", family);
      default -> new Industry(family, "新材料", "New Materials", family);
    };
  }

  boolean tradesMinerals() {
    return mineralFamily != null;
  }
}
