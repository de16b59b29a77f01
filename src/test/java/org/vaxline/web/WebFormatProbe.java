package org.vaxline.web;

/** Lets tests outside this package format a number as a page does. */
public final class WebFormatProbe {
    private final WebFormat format;

    public WebFormatProbe(String language) {
        this.format = new WebFormat(language);
    }

    public String number(long value) {
        return format.number(value);
    }
}
