package vn.chibo.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up user-facing text: Vietnamese by default, English when the caller asks for it. */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Arguments that are themselves message keys (an entity, a status, an action) are translated too. */
    private static final java.util.regex.Pattern LOCALIZABLE =
            java.util.regex.Pattern.compile("^(entity|status|plan-status|action|rating)\\.[A-Za-z_-]+$");

    private Messages() {}

    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) return Locale.ENGLISH;
            if ("vi".equals(locale.getLanguage())) return VIETNAMESE;
        }
        return VIETNAMESE;
    }

    /** The language the request asks for (Accept-Language), Vietnamese unless English is preferred. */
    public static Locale of(HttpHeaders headers) {
        return pick(headers.getAcceptableLanguages());
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages",
                Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        Object[] localized = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < localized.length; i++) {
            localized[i] = args[i] instanceof String s && LOCALIZABLE.matcher(s).matches() ? get(locale, s) : args[i];
        }
        return localized.length == 0 ? pattern : new MessageFormat(pattern, locale).format(localized);
    }
}
