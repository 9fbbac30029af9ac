package dev.assay.server.api;

import java.util.List;

/** One page of a listing: the items, where the page starts, and how many there are in all. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

  /** The largest page the API serves: bounded work per request. */
  public static final int MAX_SIZE = 500;

  public static final int DEFAULT_SIZE = 50;

  /** Checks paging parameters, naming the one at fault. */
  public static void check(int page, int size) {
    if (page < 0) {
      throw ApiException.badField("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ApiException.badField("size", "must be between 1 and " + MAX_SIZE);
    }
    if ((long) page * size > 10_000_000L) {
      throw ApiException.badField("page", "too far: narrow the filters instead");
    }
  }
}
