package org.vaxline.catalog.domain;

/** A product's code in one coding system (e.g. SNOMED, ICD-11, EU-DCC-VP). */
public record ProductCode(String system, String code) {
}
