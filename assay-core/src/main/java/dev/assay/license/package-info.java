/**
 * Licensing: the applications an exporter files with the commerce authority and their statutory
 * review clock, the dual-use export licenses granted on them, and the drawdown of each license by
 * the declarations that cite it. Plain Java; storage is behind {@link
 * dev.assay.license.LicenseRepository} and {@link dev.assay.license.ApplicationRepository}.
 */
package dev.assay.license;
