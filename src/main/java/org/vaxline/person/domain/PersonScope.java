package org.vaxline.person.domain;

import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

import java.util.Objects;
import java.util.UUID;

/**
 * Who may write and read whose record: a person's record belongs to the province they live in. National admins write
 * and read everywhere and auditors read everywhere; a province manager writes and reads the people of its province; a
 * site vaccinator registers at its own site, corrects and reads the people of its site's province. Merges are for
 * province managers and national admins (deciding that two records are one person is the registry keeper's job).
 * Outside one's province a person is found only by the exact number of their identity document, or read by id with a
 * reason; both reads are logged with why.
 */
public final class PersonScope {
    private PersonScope() {
    }

    /** Registration of a person of {@code personProvince}, at {@code site} (null: none) of {@code siteProvince}. */
    public static void requireRegister(Actor actor, String personProvince, UUID site, String siteProvince) {
        String action = "register a person of province " + personProvince;
        switch (actor.role()) {
            case NATIONAL_ADMIN -> {
            }
            case AUDITOR -> throw forbidden(actor, action, "auditors read the registry and write nothing");
            case PROVINCE_MANAGER -> {
                requireOwnProvince(actor, personProvince, action);
                if (site != null && !Objects.equals(actor.provinceCode(), siteProvince)) {
                    throw forbidden(actor, "register a person at facility " + site,
                            "a province manager registers only at facilities of its own province (" + actor.provinceCode() + ")");
                }
            }
            case SITE_VACCINATOR -> {
                if (site == null || !site.equals(actor.facilityId())) {
                    throw forbidden(actor, site == null ? "register a person without naming a site" : "register a person at facility " + site,
                            "a site vaccinator registers only at its own site (registeredAt " + actor.facilityId() + ")");
                }
                requireOwnProvince(actor, personProvince, action);
            }
        }
    }

    /** A change of the record of a person of {@code personProvince} (a correction: before and after a move). */
    public static void requireWrite(Actor actor, String personProvince, String action) {
        switch (actor.role()) {
            case NATIONAL_ADMIN -> {
            }
            case AUDITOR -> throw forbidden(actor, action, "auditors read the registry and write nothing");
            case PROVINCE_MANAGER, SITE_VACCINATOR -> requireOwnProvince(actor, personProvince, action);
        }
    }

    /** A merge of two records, each checked with its own province. */
    public static void requireMerge(Actor actor, String personProvince) {
        String action = "merge a person of province " + personProvince;
        switch (actor.role()) {
            case NATIONAL_ADMIN -> {
            }
            case PROVINCE_MANAGER -> requireOwnProvince(actor, personProvince, action);
            case SITE_VACCINATOR, AUDITOR -> throw forbidden(actor, action,
                    "merges are made by province managers (in their province) and national admins");
        }
    }

    /** Whether the actor reads the whole country (national admins and auditors). */
    public static boolean readsNationally(Actor actor) {
        return actor.role() == Role.NATIONAL_ADMIN || actor.role() == Role.AUDITOR;
    }

    /** Whether a person of this province is within the actor's reach without a reason. */
    public static boolean inReadScope(Actor actor, String personProvince) {
        return readsNationally(actor) || (actor.provinceCode() != null && actor.provinceCode().equals(personProvince));
    }

    /**
     * A read of one person's record by id: within one's scope freely; outside it only with a reason (a traveller
     * vaccinated away from home), which the access log keeps.
     */
    public static void requireRead(Actor actor, UUID personId, String personProvince, String reason) {
        if (inReadScope(actor, personProvince) || (reason != null && !reason.isBlank())) {
            return;
        }
        throw forbidden(actor, "read person " + personId,
                "the record belongs to another province than theirs (" + actor.provinceCode()
                        + "); give a reason to read it, and the read is logged with it");
    }

    /**
     * The province a search by text (name, phone, number) reaches: for national readers the one asked for (null: all),
     * for everyone else their own, and asking for another is refused.
     */
    public static String searchProvince(Actor actor, String requested) {
        if (readsNationally(actor)) {
            return requested;
        }
        if (actor.provinceCode() == null || (requested != null && !requested.equals(actor.provinceCode()))) {
            throw forbidden(actor, "search people of province " + (requested == null ? "any" : requested),
                    "a search by name, phone or number reaches only their own province (" + actor.provinceCode()
                            + "); find someone of another province by the type and number of their identity document");
        }
        return actor.provinceCode();
    }

    private static void requireOwnProvince(Actor actor, String personProvince, String action) {
        if (actor.provinceCode() == null || !actor.provinceCode().equals(personProvince)) {
            throw forbidden(actor, action, "a " + roleName(actor.role()) + " writes only people of its own province ("
                    + actor.provinceCode() + ")");
        }
    }

    private static String roleName(Role role) {
        return role == Role.PROVINCE_MANAGER ? "province manager" : "site vaccinator";
    }

    private static VaxlineException forbidden(Actor actor, String action, String rule) {
        return new VaxlineException(PlatformError.FORBIDDEN,
                actor.name() + " (" + actor.role() + ") may not " + action + ": " + rule);
    }
}
