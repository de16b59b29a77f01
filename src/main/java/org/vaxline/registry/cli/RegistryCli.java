package org.vaxline.registry.cli;

import org.vaxline.platform.security.Actor;
import org.vaxline.registry.RegistryModule;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** What the registry's commands share: the module (asked for only when a command runs), the operator, sites by id or code. */
public record RegistryCli(Supplier<RegistryModule> module, Supplier<Actor> actor, Function<String, UUID> facilityByIdOrCode) {
    /** A site typed as its id or its code. */
    public UUID site(String idOrCode) {
        return facilityByIdOrCode.apply(idOrCode);
    }
}
