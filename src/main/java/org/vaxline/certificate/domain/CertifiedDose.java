package org.vaxline.certificate.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One recorded dose as a certificate states it.
 *
 * @param doseNumber   the dose's number in its series, as the registry inferred it
 * @param seriesDoses  how many doses the product's regimen has (a booster past it states its own number)
 * @param codes        the product's codes by coding system (SNOMED, ICD-11, EU-DCC-MP, EU-DCC-MA, EU-DCC-VP, EU-DCC-TG)
 * @param performer    who gave it: the site's name
 */
public record CertifiedDose(UUID doseId, LocalDate givenOn, int doseNumber, int seriesDoses, String productName,
                            java.util.Map<String, String> codes, String lotNumber, String performer) {
    public CertifiedDose {
        codes = java.util.Map.copyOf(codes);
    }

    /** The total the certificate states: the regimen's, or the dose's own number when it is a booster past it. */
    public int statedTotal() {
        return Math.max(seriesDoses, doseNumber);
    }

    public String code(String system) {
        return codes.get(system);
    }
}
