package dev.assay.simulator.reference;

import java.util.List;

/**
 * A city where exporters are registered: its administrative division (positions 3-8 of the unified
 * social credit code), names, the customs offices its goods clear at, and the mineral families
 * produced or traded there.
 */
public record ChinaCity(
    String division,
    String cityZh,
    String cityEn,
    String provinceZh,
    String provinceEn,
    String homeOffice,
    List<String> portOffices,
    double ordinaryWeight,
    List<String> minerals) {

  public ChinaCity {
    portOffices = List.copyOf(portOffices);
    minerals = List.copyOf(minerals);
  }
}
