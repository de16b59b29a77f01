package org.vaxline.shipment.application;

import org.vaxline.platform.error.VaxlineException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renames the fields of another feature's rejection into the shipment's own paths (a delivery's {@code quantity} is the
 * shipment's {@code lots}), so that every error of a shipment names a field of the shipment request.
 */
final class Faults {
    private Faults() {
    }

    static VaxlineException relabel(VaxlineException e, UnaryOperator<String> rename) {
        if (e.fieldErrors().isEmpty()) {
            return e;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String detail = e.getMessage();
        for (Map.Entry<String, String> fault : e.fieldErrors().entrySet()) {
            String renamed = rename.apply(fault.getKey());
            fields.put(renamed, fault.getValue());
            detail = detail.replace(fault.getKey() + ":", renamed + ":");
        }
        VaxlineException relabelled = new VaxlineException(e.code(), detail, fields, e.details());
        relabelled.initCause(e);
        return relabelled;
    }
}
