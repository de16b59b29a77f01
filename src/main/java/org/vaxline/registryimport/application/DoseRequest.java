package org.vaxline.registryimport.application;

import java.time.LocalDate;
import java.util.UUID;

/** A validated row of a doses file, every reference resolved to its id. */
record DoseRequest(UUID doseId, UUID personId, UUID productId, UUID lotId, UUID siteId, LocalDate givenOn) {
}
