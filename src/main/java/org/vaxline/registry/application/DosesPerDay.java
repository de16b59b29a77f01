package org.vaxline.registry.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Doses given per day (reversed doses left out), oldest day first; days without a dose are not listed. Unlike coverage's
 * report by day, which counts people reaching a milestone, this counts every dose, the second and later ones too.
 *
 * @param provinceCode the province asked for, or null for the whole country
 */
public record DosesPerDay(String provinceCode, LocalDate from, LocalDate to, List<Day> days) {
    public DosesPerDay {
        days = List.copyOf(days);
    }

    public record Day(LocalDate day, long doses) {
    }
}
