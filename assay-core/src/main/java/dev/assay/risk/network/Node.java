package dev.assay.risk.network;

/** A vertex of the party network. Equal nodes are the same party, address or brand. */
public sealed interface Node {

  /** How the node reads in evidence. */
  String label();

  /** A Chinese exporter, by its unified social credit code. */
  record ExporterNode(String creditCode, String name) implements Node {
    @Override
    public boolean equals(Object o) {
      return o instanceof ExporterNode other && other.creditCode.equals(creditCode);
    }

    @Override
    public int hashCode() {
      return creditCode.hashCode();
    }

    @Override
    public String label() {
      return "exporter " + creditCode + " " + name;
    }
  }

  /** An overseas consignee or end user: normalised name and country; the name as first seen. */
  record PartyNode(String key, String name) implements Node {
    @Override
    public boolean equals(Object o) {
      return o instanceof PartyNode other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
      return key.hashCode();
    }

    @Override
    public String label() {
      return "party " + name + " (" + key.substring(key.lastIndexOf('|') + 1) + ")";
    }
  }

  /** A normalised street address within its country. */
  record AddressNode(String key) implements Node {
    @Override
    public String label() {
      return "address " + key.replace('|', ' ');
    }
  }

  /** The distinctive word of company names. */
  record BrandNode(String brand) implements Node {
    @Override
    public String label() {
      return "brand " + brand;
    }
  }
}
