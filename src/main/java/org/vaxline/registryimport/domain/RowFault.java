package org.vaxline.registryimport.domain;

/**
 * One line of the error report.
 *
 * @param line   the line of the file the row starts on (the header is line 1)
 * @param column the column as the file names it, or empty when the whole row is at fault
 * @param code   a stable error code (the import's, or the use case's that refused the row)
 */
public record RowFault(long line, String column, String code, String reason) {
}
