package org.vaxline.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, dates and percentages as a reader of the page's language writes them: 1.050.000 and 24/09/2021 in
 * Vietnamese and Spanish, 1,050,000 and 24 Sep 2021 in English. Pure: the language decides, never the host.
 */
public final class WebFormat {
    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter dates;

    public WebFormat(String language) {
        this.locale = WebLanguage.locale(language);
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        this.dates = DateTimeFormatter.ofPattern("en".equals(WebLanguage.supported(language)) ? "d MMM yyyy" : "dd/MM/yyyy", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A whole number with the locale's grouping, e.g. 1.050.000. */
    public String number(long value) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setGroupingSize(3);
        return format.format(value);
    }

    /** A quantity with up to {@code decimals} decimals (tonnes of rice: 12.000 or 2.500,5). */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public String number(BigDecimal value) {
        return number(value, 3);
    }

    /** A percentage given as 0–100 with one decimal, in the locale's form (41,5 % in Spanish, 41,5% in Vietnamese). */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(percent.movePointLeft(2));
    }

    public String date(LocalDate day) {
        return day == null ? "–" : dates.format(day);
    }
}
