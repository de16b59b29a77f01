package org.vaxline.gs1.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.vaxline.gs1.domain.AiFormat.ALPHANUMERIC;
import static org.vaxline.gs1.domain.AiFormat.NUMERIC;
import static org.vaxline.gs1.domain.ValueRule.CHECK_DIGIT;
import static org.vaxline.gs1.domain.ValueRule.DATE;
import static org.vaxline.gs1.domain.ValueRule.DATE_DAY_ZERO_IS_MONTH_END;
import static org.vaxline.gs1.domain.ValueRule.NONE;

/**
 * The Application Identifiers we read, as data (GS1 General Specifications, section 3.2 and Figure 7.8.5-2 for the
 * predefined lengths). AIs are prefix-free, which is what lets scanner data be split without brackets.
 */
public final class AiTable {
    private static final boolean PREDEFINED = true;
    private static final boolean FNC1 = false;

    private static final Map<String, ApplicationIdentifier> TABLE = index(List.of(
            fixed("00", "SSCC", 18, PREDEFINED, CHECK_DIGIT),
            fixed("01", "GTIN", 14, PREDEFINED, CHECK_DIGIT),
            fixed("02", "CONTENT", 14, PREDEFINED, CHECK_DIGIT),
            variable("10", "BATCH/LOT", 20, ALPHANUMERIC),
            fixed("11", "PROD DATE", 6, PREDEFINED, DATE),
            fixed("12", "DUE DATE", 6, PREDEFINED, DATE),
            fixed("13", "PACK DATE", 6, PREDEFINED, DATE),
            fixed("15", "BEST BEFORE or BEST BY", 6, PREDEFINED, DATE_DAY_ZERO_IS_MONTH_END),
            fixed("16", "SELL BY", 6, PREDEFINED, DATE_DAY_ZERO_IS_MONTH_END),
            fixed("17", "USE BY OR EXPIRY", 6, PREDEFINED, DATE_DAY_ZERO_IS_MONTH_END),
            fixed("20", "VARIANT", 2, PREDEFINED, NONE),
            variable("21", "SERIAL", 20, ALPHANUMERIC),
            variable("22", "CPV", 20, ALPHANUMERIC),
            variable("30", "VAR. COUNT", 8, NUMERIC),
            variable("37", "COUNT", 8, NUMERIC),
            variable("240", "ADDITIONAL ID", 30, ALPHANUMERIC),
            variable("241", "CUST. PART No.", 30, ALPHANUMERIC),
            variable("250", "SECONDARY SERIAL", 30, ALPHANUMERIC),
            variable("251", "REF. TO SOURCE", 30, ALPHANUMERIC),
            variable("400", "ORDER NUMBER", 30, ALPHANUMERIC),
            variable("401", "GINC", 30, ALPHANUMERIC),
            fixed("402", "GSIN", 17, FNC1, CHECK_DIGIT),
            variable("403", "ROUTE", 30, ALPHANUMERIC),
            fixed("410", "SHIP TO LOC", 13, PREDEFINED, CHECK_DIGIT),
            fixed("411", "BILL TO", 13, PREDEFINED, CHECK_DIGIT),
            fixed("412", "PURCHASE FROM", 13, PREDEFINED, CHECK_DIGIT),
            fixed("413", "SHIP FOR LOC", 13, PREDEFINED, CHECK_DIGIT),
            fixed("414", "LOC No.", 13, PREDEFINED, CHECK_DIGIT),
            fixed("415", "PAY TO", 13, PREDEFINED, CHECK_DIGIT),
            fixed("416", "PROD/SERV LOC", 13, PREDEFINED, CHECK_DIGIT),
            fixed("417", "PARTY", 13, PREDEFINED, CHECK_DIGIT)));

    private AiTable() {
    }

    public static Optional<ApplicationIdentifier> find(String code) {
        return Optional.ofNullable(TABLE.get(code));
    }

    /** The AI that the data starts with at {@code position}, if any: AIs are 2 to 4 digits and none is a prefix of another. */
    public static Optional<ApplicationIdentifier> startingAt(String data, int position) {
        for (int length = 2; length <= 4 && position + length <= data.length(); length++) {
            ApplicationIdentifier ai = TABLE.get(data.substring(position, position + length));
            if (ai != null) {
                return Optional.of(ai);
            }
        }
        return Optional.empty();
    }

    public static Collection<ApplicationIdentifier> all() {
        return TABLE.values();
    }

    private static ApplicationIdentifier fixed(String code, String title, int length, boolean predefined, ValueRule rule) {
        return new ApplicationIdentifier(code, title, length, length, NUMERIC, predefined, rule);
    }

    private static ApplicationIdentifier variable(String code, String title, int maxLength, AiFormat format) {
        return new ApplicationIdentifier(code, title, 1, maxLength, format, false, NONE);
    }

    private static Map<String, ApplicationIdentifier> index(List<ApplicationIdentifier> rows) {
        Map<String, ApplicationIdentifier> byCode = new LinkedHashMap<>();
        for (ApplicationIdentifier row : rows) {
            for (String other : byCode.keySet()) {
                if (other.startsWith(row.code()) || row.code().startsWith(other)) {
                    throw new IllegalStateException("AI " + row.code() + " and " + other + " are not prefix-free");
                }
            }
            byCode.put(row.code(), row);
        }
        return Collections.unmodifiableMap(byCode);
    }
}
