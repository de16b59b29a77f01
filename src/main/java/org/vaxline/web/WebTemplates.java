package org.vaxline.web;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders the pages. Thymeleaf rather than JTE: it needs no build step and no Java compiler at run time (JTE compiles
 * templates to classes, through a Maven plugin or the JDK's compiler), it escapes every value for HTML by default, and
 * it resolves {@code #{key}} from our resource bundles in the page's language. Templates are plain HTML files under
 * {@code webapp/templates}; texts are in {@code webapp/messages_vi|en|es.properties}.
 */
public final class WebTemplates {
    private static final String BUNDLE = "webapp.messages";
    private final TemplateEngine engine = new TemplateEngine();

    public WebTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(WebTemplates.class.getClassLoader());
        resolver.setPrefix("webapp/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessages());
    }

    /** The page {@code template} in {@code language}, with the variables given and {@code fmt} and {@code lang}. */
    public String render(String template, String language, Map<String, Object> variables) {
        String lang = WebLanguage.supported(language);
        Context context = new Context(WebLanguage.locale(lang));
        context.setVariables(variables);
        context.setVariable("lang", lang);
        context.setVariable("fmt", new WebFormat(lang));
        return engine.process(template, context);
    }

    /** One text of the bundle, for texts that code (not a template) puts on a page. */
    public static String message(String language, String key, Object... parameters) {
        ResourceBundle bundle = bundle(language);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, WebLanguage.locale(language)).format(parameters);
    }

    static ResourceBundle bundle(String language) {
        // no fallback to the host's locale: the page's language decides
        return ResourceBundle.getBundle(BUNDLE, WebLanguage.locale(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final class BundleMessages extends AbstractMessageResolver {
        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            String language = context.getLocale().getLanguage();
            try {
                String pattern = bundle(language).getString(key);
                return parameters == null || parameters.length == 0 ? pattern
                        : new MessageFormat(pattern, context.getLocale()).format(parameters);
            } catch (MissingResourceException e) {
                return null;
            }
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
            return "??" + key + "??";
        }
    }
}
