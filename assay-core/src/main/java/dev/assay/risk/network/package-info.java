/**
 * The network of parties the risk engine builds as declarations go by: exporters, consignees, end
 * users, their addresses and name brands, and how close each is to a past violator or a restricted
 * party. Supports {@code NETWORK_RISK} and the party ties of {@code TRANSSHIPMENT_RISK}.
 */
package dev.assay.risk.network;
