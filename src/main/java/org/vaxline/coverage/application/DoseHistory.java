package org.vaxline.coverage.application;

import org.vaxline.coverage.domain.DoseFacts;

import java.util.function.Consumer;

/** Every recorded dose, as coverage needs it, in the order given: what a recount walks through. */
@FunctionalInterface
public interface DoseHistory {
    void forEach(Consumer<DoseFacts> dose);
}
