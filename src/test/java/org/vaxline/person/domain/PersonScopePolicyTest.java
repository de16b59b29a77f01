package org.vaxline.person.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Who may write and read whose record, one row per case: the person's province decides, not the site named. */
class PersonScopePolicyTest {
    private static final UUID HANOI_SITE = UUID.fromString("00000000-0000-4000-8000-000000000011");
    private static final UUID HUE_SITE = UUID.fromString("00000000-0000-4000-8000-000000000046");

    private static Actor actor(String who) {
        return switch (who) {
            case "national" -> new Actor("nat", Role.NATIONAL_ADMIN, null, null);
            case "auditor" -> new Actor("aud", Role.AUDITOR, null, null);
            case "hanoi-manager" -> new Actor("hn", Role.PROVINCE_MANAGER, UUID.randomUUID(), "01");
            case "hanoi-site" -> new Actor("hs", Role.SITE_VACCINATOR, HANOI_SITE, "01");
            case "unscoped-manager" -> new Actor("um", Role.PROVINCE_MANAGER, null, null);
            default -> throw new IllegalArgumentException(who);
        };
    }

    private static UUID site(String name) {
        return switch (name) {
            case "hanoi" -> HANOI_SITE;
            case "hue" -> HUE_SITE;
            default -> null;
        };
    }

    private static String outcome(Runnable check) {
        VaxlineException e = catchThrowableOfType(check::run, VaxlineException.class);
        if (e == null) {
            return "allowed";
        }
        assertThat(e.code()).isEqualTo(PlatformError.FORBIDDEN);
        return "forbidden";
    }

    @ParameterizedTest(name = "{0} registers a person of {1} at site {2}: {4}")
    @CsvSource({
            "national,         46, hanoi, 01, allowed",
            "national,         46, none,  '', allowed",
            "auditor,          01, none,  '', forbidden",
            "hanoi-manager,    01, none,  '', allowed",
            "hanoi-manager,    01, hanoi, 01, allowed",
            "hanoi-manager,    46, hanoi, 01, forbidden",
            "hanoi-manager,    01, hue,   46, forbidden",
            "hanoi-site,       01, hanoi, 01, allowed",
            "hanoi-site,       46, hanoi, 01, forbidden",
            "hanoi-site,       01, hue,   46, forbidden",
            "hanoi-site,       01, none,  '', forbidden",
            "unscoped-manager, 01, none,  '', forbidden"})
    void registration(String who, String personProvince, String site, String siteProvince, String expected) {
        assertThat(outcome(() -> PersonScope.requireRegister(actor(who), personProvince, site(site),
                siteProvince.isEmpty() ? null : siteProvince))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} corrects ({2}) a person of {1}: {3}")
    @CsvSource({
            "national,      46, correction, allowed",
            "auditor,       01, correction, forbidden",
            "hanoi-manager, 01, correction, allowed",
            "hanoi-manager, 46, correction, forbidden",
            "hanoi-site,    01, correction, allowed",
            "hanoi-site,    46, correction, forbidden",
            "national,      46, merge,      allowed",
            "hanoi-manager, 01, merge,      allowed",
            "hanoi-manager, 46, merge,      forbidden",
            "hanoi-site,    01, merge,      forbidden",
            "auditor,       01, merge,      forbidden"})
    void correctionsAndMerges(String who, String personProvince, String write, String expected) {
        Runnable check = write.equals("merge") ? () -> PersonScope.requireMerge(actor(who), personProvince)
                : () -> PersonScope.requireWrite(actor(who), personProvince, "correct a person");
        assertThat(outcome(check)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads by id a person of {1} (reason ''{2}''): {3}")
    @CsvSource({
            "national,      46, '',        allowed",
            "auditor,       46, '',        allowed",
            "hanoi-manager, 01, '',        allowed",
            "hanoi-manager, 46, '',        forbidden",
            "hanoi-manager, 46, traveller, allowed",
            "hanoi-site,    46, '  ',      forbidden",
            "hanoi-site,    46, traveller, allowed"})
    void readsById(String who, String personProvince, String reason, String expected) {
        assertThat(outcome(() -> PersonScope.requireRead(actor(who), UUID.randomUUID(), personProvince, reason)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} searches province ''{1}'': {2}")
    @CsvSource({
            "national,         '', ALL",
            "national,         46, 46",
            "auditor,          79, 79",
            "hanoi-manager,    '', 01",
            "hanoi-manager,    01, 01",
            "hanoi-site,       46, forbidden",
            "unscoped-manager, '', forbidden"})
    void searchesByText(String who, String requested, String expected) {
        String[] province = new String[1];
        String result = outcome(() -> province[0] = PersonScope.searchProvince(actor(who), requested.isEmpty() ? null : requested));
        assertThat(result.equals("forbidden") ? result : province[0] == null ? "ALL" : province[0]).isEqualTo(expected);
    }
}
