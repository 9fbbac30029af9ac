/**
 * What the risk engine learns about where each controlled mineral goes, in one pass and never from
 * later declarations: destinations whose share of a mineral's exports jumped after a control
 * measure took effect (hubs) or collapsed (the destinations the trade now avoids), and who receives
 * each mineral under which brand in which country. Supports {@code TRANSSHIPMENT_RISK}.
 */
package dev.assay.risk.transshipment;
