package dev.assay.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.risk.Assessment;
import dev.assay.risk.Finding;
import dev.assay.risk.ModelScore;
import dev.assay.risk.Selection;
import dev.assay.risk.evidence.EvidenceKinds;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes assessments as JSON Lines in the screening output contract of DESIGN.md: one object per
 * declaration with its score, lane and findings. Beyond the contract's fields, each finding carries
 * its {@code contribution} to the score, and the object carries {@code selection} (why the lane)
 * and {@code model} (the ranking model's version and probability) where they exist; readers of the
 * contract ignore fields they do not know.
 */
public final class AssessmentWriter implements Closeable, Flushable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonGenerator json;

  public AssessmentWriter(OutputStream out) {
    try {
      JsonFactory factory = MAPPER.getFactory();
      this.json = factory.createGenerator(out, JsonEncoding.UTF8);
      json.setRootValueSeparator(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(Assessment assessment) {
    try {
      json.writeStartObject();
      json.writeStringField("declaration_id", assessment.declarationId());
      json.writeNumberField("score", rounded(assessment.score()));
      json.writeStringField("lane", assessment.lane().name());
      json.writeArrayFieldStart("findings");
      for (int i = 0; i < assessment.findings().size(); i++) {
        writeFinding(assessment.findings().get(i), assessment.contribution(i));
      }
      json.writeEndArray();
      if (assessment.selection().isPresent()) {
        Selection s = assessment.selection().get();
        json.writeObjectFieldStart("selection");
        json.writeStringField("reason", s.reason().name());
        json.writeStringField("office", s.office());
        json.writeNumberField("red_capacity", s.redCapacity());
        json.writeNumberField("red_used", s.redUsed());
        if (Double.isFinite(s.randomRedProbability())) {
          // the inclusion probability of a random pick: what its outcome is weighted by later
          json.writeNumberField("random_red_probability", s.randomRedProbability());
        }
        json.writeEndObject();
      }
      if (assessment.model().isPresent()) {
        ModelScore m = assessment.model().get();
        json.writeObjectFieldStart("model");
        json.writeStringField("version", m.version());
        json.writeNumberField("probability", rounded(m.probability()));
        json.writeNumberField("contribution", rounded(m.contribution()));
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double rounded(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private void writeFinding(Finding f, double contribution) throws IOException {
    json.writeStartObject();
    json.writeStringField("code", f.code().name());
    json.writeStringField("severity", f.severity().name());
    if (f.lineNo().isPresent()) {
      json.writeNumberField("line_no", f.lineNo().getAsInt());
    } else {
      json.writeNullField("line_no");
    }
    json.writeStringField("message", f.message());
    json.writeObjectFieldStart("evidence");
    for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
      json.writeFieldName(e.getKey());
      writeValue(e.getValue());
    }
    json.writeEndObject();
    json.writeStringField("basis", f.basis());
    // legal certainty (decides the lane alone) or soft evidence (weighed), docs/evidence.md
    json.writeStringField("kind", EvidenceKinds.of(f).name());
    json.writeNumberField("contribution", rounded(contribution));
    json.writeEndObject();
  }

  /**
   * Scalars straight to the generator, as Jackson's own serializers write them, without a
   * serializer provider per value; lists and anything else through the mapper.
   */
  private void writeValue(Object value) throws IOException {
    switch (value) {
      case null -> json.writeNull();
      case String s -> json.writeString(s);
      case Double d -> json.writeNumber(d);
      case Integer i -> json.writeNumber(i);
      case Long l -> json.writeNumber(l);
      case Boolean b -> json.writeBoolean(b);
      default -> MAPPER.writeValue(json, value);
    }
  }

  @Override
  public void flush() {
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
