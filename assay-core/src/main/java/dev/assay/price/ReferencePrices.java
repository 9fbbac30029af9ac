package dev.assay.price;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.assay.controllist.Confidence;
import dev.assay.declaration.HsCode;
import dev.assay.lexicon.GoodsText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reference prices Assay ships under {@code price/}: the mineral families' price series ({@code
 * mineral-prices.csv}), their traded forms ({@code mineral-forms.csv}) and the usual values of
 * cover goods ({@code goods-values.csv}). Read once and checked; a bad entry fails loudly, naming
 * file, line and column. Immutable.
 */
public final class ReferencePrices {
  private static final String FOLDER = "/price/";
  private static volatile ReferencePrices bundled;

  private final Map<String, PriceSeries> series;
  private final List<MineralForm> forms;
  private final Map<String, List<MineralForm>> formsByCode;
  private final Map<String, GoodsValue> goodsValues;
  private final Map<String, List<GoodsValue>> namedGoodsValues;

  private ReferencePrices(
      Map<String, PriceSeries> series, List<MineralForm> forms, List<GoodsValue> goodsValues) {
    this.series = Map.copyOf(series);
    this.forms = List.copyOf(forms);
    Map<String, List<MineralForm>> byCode = new HashMap<>();
    for (MineralForm form : forms) {
      if (!series.containsKey(form.family())) {
        throw new IllegalStateException(
            "mineral-forms.csv: form " + form.key() + " has no price series for " + form.family());
      }
      byCode.computeIfAbsent(form.hsCode().value(), c -> new ArrayList<>()).add(form);
    }
    byCode.replaceAll((code, list) -> List.copyOf(list));
    this.formsByCode = Map.copyOf(byCode);
    Map<String, GoodsValue> values = new HashMap<>();
    Map<String, List<GoodsValue>> named = new HashMap<>();
    for (GoodsValue value : goodsValues) {
      if (!value.namedBy().isEmpty()) {
        named.computeIfAbsent(value.hsCode().value(), c -> new ArrayList<>()).add(value);
      } else if (values.put(value.hsCode().value(), value) != null) {
        throw new IllegalStateException("goods-values.csv: " + value.hsCode() + " listed twice");
      }
    }
    named.replaceAll((code, list) -> List.copyOf(list));
    this.goodsValues = Map.copyOf(values);
    this.namedGoodsValues = Map.copyOf(named);
  }

  /** The reference prices shipped with Assay. */
  public static ReferencePrices bundled() {
    ReferencePrices data = bundled;
    if (data == null) {
      synchronized (ReferencePrices.class) {
        data = bundled;
        if (data == null) {
          data = new ReferencePrices(readSeries(), readForms(), readGoodsValues());
          bundled = data;
        }
      }
    }
    return data;
  }

  /** The price series of a family, such as {@code antimony} or {@code rare-earth}. */
  public PriceSeries series(String family) {
    PriceSeries s = series.get(family);
    if (s == null) {
      throw new IllegalArgumentException("no reference prices for mineral family " + family);
    }
    return s;
  }

  public List<MineralForm> forms() {
    return forms;
  }

  /** A form by its key (such as {@code sb-ingot}). */
  public MineralForm form(String key) {
    for (MineralForm form : forms) {
      if (form.key().equals(key)) {
        return form;
      }
    }
    throw new IllegalArgumentException("no mineral form " + key + " in mineral-forms.csv");
  }

  /** The forms traded under exactly this code; empty where none is. */
  public List<MineralForm> formsAt(HsCode hsCode) {
    return formsByCode.getOrDefault(hsCode.value(), List.of());
  }

  /** What a form fetches on a date. */
  public MineralPrice price(MineralForm form, LocalDate date) {
    PriceSeries s = series.get(form.family());
    return new MineralPrice(form, s.usdPerKg(date) * form.priceFactor(), s.quoteFor(date));
  }

  /** The usual value of the ordinary goods under this code, where Assay ships one. */
  public Optional<GoodsValue> goodsValue(HsCode hsCode) {
    return Optional.ofNullable(goodsValues.get(hsCode.value()));
  }

  /**
   * The usual value of the goods a description names under this code: other honest goods of the
   * code at their own price where the description names them (AlNiCo magnets under 8505119000),
   * else the code's default goods.
   */
  public Optional<GoodsValue> goodsValue(HsCode hsCode, String description) {
    return namedGoodsValue(hsCode, description).or(() -> goodsValue(hsCode));
  }

  /**
   * The other honest goods of this code that a description names (AlNiCo or NdFeB magnets under
   * 8505119000), if any; empty for the code's default goods.
   */
  public Optional<GoodsValue> namedGoodsValue(HsCode hsCode, String description) {
    List<GoodsValue> named = namedGoodsValues.get(hsCode.value());
    if (named != null && description != null) {
      String normalized = GoodsText.normalize(description);
      for (GoodsValue value : named) {
        if (value.namedIn(normalized)) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  /** The default goods of every code with a reference value. */
  public List<GoodsValue> goodsValues() {
    return List.copyOf(goodsValues.values());
  }

  private static Map<String, PriceSeries> readSeries() {
    Map<String, List<PriceSeries.Quote>> quotes = new LinkedHashMap<>();
    read(
        "mineral-prices.csv",
        row ->
            quotes
                .computeIfAbsent(row.text("family"), f -> new ArrayList<>())
                .add(
                    new PriceSeries.Quote(
                        row.date("date"),
                        row.number("usd_per_kg_low"),
                        row.number("usd_per_kg_high"),
                        row.text("what"),
                        row.text("source"),
                        row.confidence())));
    Map<String, PriceSeries> map = new LinkedHashMap<>();
    quotes.forEach((family, list) -> map.put(family, new PriceSeries(family, list)));
    return map;
  }

  private static List<MineralForm> readForms() {
    List<MineralForm> list = new ArrayList<>();
    read(
        "mineral-forms.csv",
        row ->
            list.add(
                new MineralForm(
                    row.text("family"),
                    row.text("key"),
                    row.code("hs_code"),
                    row.list("contains"),
                    row.text("description"),
                    row.number("price_factor"),
                    row.text("source"),
                    row.text("as_of"),
                    row.confidence())));
    return list;
  }

  private static List<GoodsValue> readGoodsValues() {
    List<GoodsValue> list = new ArrayList<>();
    read(
        "goods-values.csv",
        row ->
            list.add(
                new GoodsValue(
                    row.code("hs_code"),
                    row.text("description"),
                    row.list("cover_for"),
                    row.number("usd_per_kg_low"),
                    row.number("usd_per_kg_high"),
                    row.text("source"),
                    row.text("as_of"),
                    row.confidence(),
                    row.list("named_by").stream().map(GoodsText::normalize).toList())));
    return list;
  }

  private static void read(String file, Consumer<Row> rows) {
    try (InputStream in = ReferencePrices.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("reference file missing from the classpath: price/" + file);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      try (CsvReader<NamedCsvRecord> csv =
          CsvReader.builder().commentStrategy(CommentStrategy.SKIP).ofNamedCsvRecord(text)) {
        for (NamedCsvRecord record : csv) {
          Row row = new Row(file, record);
          try {
            rows.accept(row);
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                file + " line " + record.getStartingLineNumber() + ": " + e.getMessage(), e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read price/" + file, e);
    }
  }

  /** One row of a price file: fields by column, converted with an error that says where. */
  private record Row(String file, NamedCsvRecord record) {
    String text(String column) {
      try {
        return record.getField(column).strip();
      } catch (RuntimeException e) {
        throw problem(column, "missing column");
      }
    }

    double number(String column) {
      String value = text(column);
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw problem(column, "not a number: '" + value + "'");
      }
    }

    LocalDate date(String column) {
      String value = text(column);
      try {
        return LocalDate.parse(value);
      } catch (RuntimeException e) {
        throw problem(column, "not an ISO date: '" + value + "'");
      }
    }

    HsCode code(String column) {
      String value = text(column);
      try {
        return new HsCode(value);
      } catch (RuntimeException e) {
        throw problem(column, "not an HS code: '" + value + "'");
      }
    }

    List<String> list(String column) {
      String value = text(column);
      List<String> items = new ArrayList<>();
      for (String item : value.split(";")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      return items;
    }

    Confidence confidence() {
      String value = text("confidence");
      try {
        return Confidence.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw problem("confidence", "not confirmed, likely or unsure: '" + value + "'");
      }
    }

    IllegalStateException problem(String column, String reason) {
      return new IllegalStateException(
          file + " line " + record.getStartingLineNumber() + ", column " + column + ": " + reason);
    }
  }
}
