package dev.assay.server.service;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The referral of a case to the anti-smuggling police, as a PDF: the declaration, the findings that
 * selected it with their legal basis, what the inspection found, and the case's notes.
 */
@Component
public class ReferralPdf {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  public byte[] render(
      CaseService.CaseFile c,
      AssessmentStore.Stored assessment,
      List<String[]> findings,
      List<CaseService.Note> notes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    PdfWriter.getInstance(document, out);
    document.addTitle("Referral of case " + c.id());
    document.addCreator("Assay");
    document.open();
    Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
    document.add(new Paragraph("Referral to the Anti-Smuggling Bureau", title));
    document.add(
        new Paragraph(
            "Case "
                + c.id()
                + " · customs office "
                + c.customsOffice()
                + " · referred "
                + (c.referredAt() == null ? "(not yet referred)" : WHEN.format(c.referredAt())),
            body));
    document.add(new Paragraph(" "));
    document.add(new Paragraph("Declaration", heading));
    PdfPTable facts = new PdfPTable(2);
    facts.setWidthPercentage(100);
    row(facts, "Declaration", assessment.declarationId(), body);
    row(facts, "Declared", assessment.declaredAt().toString(), body);
    row(facts, "Exporter", assessment.exporterName() + " (" + assessment.exporterId() + ")", body);
    row(facts, "Destination", assessment.destination(), body);
    row(facts, "Declared value (USD)", assessment.valueUsd().toPlainString(), body);
    row(
        facts,
        "Risk score / lane",
        String.format("%.3f / %s", assessment.score(), assessment.lane()),
        body);
    document.add(facts);
    document.add(new Paragraph(" "));
    document.add(new Paragraph("Inspection outcome", heading));
    PdfPTable outcome = new PdfPTable(2);
    outcome.setWidthPercentage(100);
    row(outcome, "Outcome", String.valueOf(c.outcome()), body);
    row(outcome, "Typology", String.valueOf(c.typology()), body);
    if (c.seizedQuantity() != null) {
      row(outcome, "Seized", c.seizedQuantity().toPlainString() + " " + c.seizedUnit(), body);
      row(outcome, "Value seized (USD)", c.seizedValueUsd().toPlainString(), body);
    }
    row(outcome, "Recorded", c.outcomeAt() == null ? "" : WHEN.format(c.outcomeAt()), body);
    row(outcome, "Note", c.outcomeNote() == null ? "" : c.outcomeNote(), body);
    document.add(outcome);
    document.add(new Paragraph(" "));
    document.add(new Paragraph("Findings at screening", heading));
    if (findings.isEmpty()) {
      document.add(new Paragraph("None (selected at random).", body));
    }
    for (String[] f : findings) {
      document.add(new Paragraph(f[0] + " — " + f[1], body));
      document.add(
          new Paragraph("Basis: " + f[2], FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9)));
    }
    if (!notes.isEmpty()) {
      document.add(new Paragraph(" "));
      document.add(new Paragraph("Case notes", heading));
      for (CaseService.Note n : notes) {
        document.add(
            new Paragraph(WHEN.format(n.writtenAt()) + ", " + n.author() + ": " + n.body(), body));
      }
    }
    document.close();
    return out.toByteArray();
  }

  private static void row(PdfPTable table, String name, String value, Font font) {
    PdfPCell label = new PdfPCell(new Phrase(name, font));
    label.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.addCell(label);
    table.addCell(new PdfPCell(new Phrase(value, font)));
  }
}
