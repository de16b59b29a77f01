package org.vaxline.web;

import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

/**
 * Which pages of the navigation a signed-in user may open, by the same rules the pages themselves apply: a link is
 * shown only when following it would not answer 403 (a site vaccinator's "My province" led to a refusal).
 */
public record WebNavigation(boolean overview, boolean stock, boolean coverage, boolean safety, boolean site, boolean province) {

    public static WebNavigation of(Actor actor) {
        if (actor == null) {
            return new WebNavigation(false, false, false, false, false, false);
        }
        Role role = actor.role();
        boolean vaccinator = role == Role.SITE_VACCINATOR;
        return new WebNavigation(StockPages.national(actor), !vaccinator, !vaccinator, !vaccinator,
                vaccinator && actor.facilityId() != null,
                actor.provinceCode() != null && mayOpenProvince(actor, actor.provinceCode()));
    }

    /** A province's page: national roles any province, a province manager its own (WebRoutes' province page asks this). */
    static boolean mayOpenProvince(Actor actor, String provinceCode) {
        return StockPages.maysee(actor, provinceCode);
    }
}
