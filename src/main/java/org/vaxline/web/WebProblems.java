package org.vaxline.web;

import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.ProblemDetails;
import org.vaxline.platform.http.ProblemTitles;
import org.vaxline.platform.http.Problems;

import java.util.ResourceBundle;

/**
 * A refusal as a page shows it: the same translated title and detail the API answers for that language, with the
 * fields at fault named by the form's labels ({@code field.*} in the web bundles) rather than their JSON names.
 */
final class WebProblems {
    private WebProblems() {
    }

    static String title(VaxlineException e, String language) {
        return ProblemTitles.title(e.code(), language);
    }

    static String detail(VaxlineException e, String language) {
        ResourceBundle words = WebTemplates.bundle(WebLanguage.supported(language));
        return ProblemDetails.detail(e, language, field -> words.containsKey("field." + field) ? words.getString("field." + field) : field);
    }

    /** One line for an alert beside a form: the title, then the detail. */
    static String line(VaxlineException e, String language) {
        return title(e, language) + ": " + detail(e, language);
    }

    static int status(VaxlineException e) {
        return Problems.status(e.code().kind());
    }
}
