package org.vaxline.fhir.mapping;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.ImmunizationRecommendation;
import org.hl7.fhir.r4.model.Reference;
import org.vaxline.catalog.domain.Product;
import org.vaxline.registry.domain.DoseKind;
import org.vaxline.registry.domain.Schedule;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Where a person stands in each series, as one FHIR R4 ImmunizationRecommendation (its id is the person's): per series
 * the next dose's number, its earliest date (LOINC 30981-5) and due date (30980-7), and whether it is due, overdue or
 * the series complete (a person who died is due no more: contraindicated).
 */
public final class RecommendationMapping {
    private RecommendationMapping() {
    }

    /** One series' schedule and the product whose regimen it follows (the last one given). */
    public record SeriesStanding(Schedule schedule, Product product) {
    }

    public static ImmunizationRecommendation toFhir(UUID personId, List<SeriesStanding> series, LocalDate today) {
        return toFhir(personId, series, today, null);
    }

    /**
     * @param diedOn the day the person died, or null: a deceased person is due no more, so each series answers
     *               "contraindicated" with no next dose
     */
    public static ImmunizationRecommendation toFhir(UUID personId, List<SeriesStanding> series, LocalDate today, LocalDate diedOn) {
        ImmunizationRecommendation rec = new ImmunizationRecommendation();
        rec.setId(personId.toString());
        rec.addIdentifier().setSystem(FhirCodes.URN).setValue("urn:uuid:" + personId);
        rec.setPatient(new Reference("Patient/" + personId));
        rec.setDateElement(new DateTimeType(today.toString()));
        for (SeriesStanding s : series) {
            Schedule schedule = s.schedule();
            ImmunizationRecommendation.ImmunizationRecommendationRecommendationComponent r = rec.addRecommendation();
            r.addVaccineCode(ImmunizationMapping.vaccineCode(s.product()));
            r.setSeries(schedule.nextKind() == DoseKind.BOOSTER ? schedule.seriesCode() + " booster" : schedule.seriesCode());
            String status;
            if (schedule.nextDoseNumber() == null) {
                status = "complete";
            } else if (diedOn != null) {
                status = "contraindicated";
            } else {
                status = schedule.dueOn() != null && today.isAfter(schedule.dueOn()) ? "overdue" : "due";
                r.setDoseNumber(new org.hl7.fhir.r4.model.PositiveIntType(schedule.nextDoseNumber()));
                if (schedule.earliestOn() != null) {
                    criterion(r, FhirCodes.LOINC_EARLIEST, "Earliest date to give", schedule.earliestOn());
                }
                if (schedule.dueOn() != null) {
                    criterion(r, FhirCodes.LOINC_DUE, "Date vaccine due", schedule.dueOn());
                }
            }
            r.getForecastStatus().addCoding().setSystem(FhirCodes.RECOMMENDATION_STATUS).setCode(status);
            r.setDescription(schedule.dosesGiven() + " dose(s) given" + (schedule.complete() ? "; primary series complete" : "")
                    + (diedOn != null ? "; the person died on " + diedOn + ": no further dose" : ""));
        }
        return rec;
    }

    private static void criterion(ImmunizationRecommendation.ImmunizationRecommendationRecommendationComponent r, String loinc,
                                  String display, LocalDate day) {
        var c = r.addDateCriterion();
        c.getCode().addCoding().setSystem(FhirCodes.LOINC).setCode(loinc).setDisplay(display);
        c.setValueElement(new DateTimeType(day.toString()));
    }

}
