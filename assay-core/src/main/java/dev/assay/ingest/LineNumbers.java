package dev.assay.ingest;

import java.util.Arrays;

/**
 * The goods-line numbers of the declaration being assembled, each with the file line that used it
 * first. Primitive arrays rather than a {@code Map<Integer, Long>}, which boxed both for every row;
 * searched from the start, because a declaration has a few lines and at most {@value
 * CsvDeclarationReader#MAX_LINES_PER_DECLARATION} are kept.
 */
final class LineNumbers {
  private int[] numbers = new int[16];
  private long[] fileLines = new long[16];
  private int size;

  /** Keeps a line number with its file line; the file line that used it before, or -1. */
  long putIfAbsent(int number, long fileLine) {
    for (int i = 0; i < size; i++) {
      if (numbers[i] == number) {
        return fileLines[i];
      }
    }
    if (size == numbers.length) {
      numbers = Arrays.copyOf(numbers, size * 2);
      fileLines = Arrays.copyOf(fileLines, size * 2);
    }
    numbers[size] = number;
    fileLines[size] = fileLine;
    size++;
    return -1;
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }
}
