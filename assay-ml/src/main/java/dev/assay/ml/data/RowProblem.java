package dev.assay.ml.data;

/** One problem with one field of one row of a dataset. */
public record RowProblem(long line, String id, String column, String value, String reason) {
  public String describe() {
    return "line "
        + line
        + (id == null || id.isEmpty() ? "" : " (" + id + ")")
        + ", "
        + column
        + " '"
        + value
        + "': "
        + reason;
  }
}
