package org.vaxline.registry.application;

import org.vaxline.registry.domain.Dose;

/** Told of each newly recorded dose inside its transaction, so what it keeps (coverage) moves with the dose or not at all. */
@FunctionalInterface
public interface DoseListener {
    void recorded(Dose dose);
}
