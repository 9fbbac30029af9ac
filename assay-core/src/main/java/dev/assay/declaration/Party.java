package dev.assay.declaration;

/** An overseas party of a declaration: the consignee or the end user. */
public record Party(String name, CountryCode country, String address) {
  public Party {
    name = name == null ? "" : name;
    address = address == null ? "" : address;
  }
}
