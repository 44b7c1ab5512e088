/**
 * The file-format layer of the UCDP importer: reads the files of the Uppsala Conflict Data Program
 * exactly as published and writes GED events back in UCDP's own layout. Nothing here knows about
 * HTTP or the platform's services.
 *
 * <p>Two outcomes per row, never a mix: a row is either read whole ({@link ParsedRow#value()}) or
 * reported with every problem it has ({@link RowError}). A whole file that cannot be read (unknown
 * column, no header, not UTF-8) is a {@link UcdpFormatException} instead.
 *
 * <p>Data: UCDP, CC BY 4.0. Sundberg and Melander (2013), Journal of Peace Research 50(4);
 * Davies, Pettersson and Öberg (2022, 2023); Gleditsch et al. (2002), Journal of Peace Research 39(5).
 */
package org.conflictmonitor.importer.ucdp;
