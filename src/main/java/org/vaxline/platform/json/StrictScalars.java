package org.vaxline.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.vaxline.platform.text.SafeText;
import org.vaxline.platform.time.SaneDates;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The readers of the scalars clients type: text (no control characters, a length limit), dates ({@code YYYY-MM-DD}
 * strings in the sane years, never an epoch-day number) and instants (ISO-8601 with an offset, never epoch seconds).
 * Each takes only a JSON string: a number is not text, and text is not a date by accident.
 */
final class StrictScalars {
    private StrictScalars() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("vaxline-strict-scalars");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(LocalDate.class, new Date());
        module.addDeserializer(Instant.class, new Moment());
        return module;
    }

    private static String string(JsonParser p, Class<?> type, String expected) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new RefusedValue(p, "must be " + expected, type);
        }
        return p.getText();
    }

    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = string(p, String.class, "a string");
            String refusal = SafeText.refusal(text);
            if (refusal != null) {
                throw new RefusedValue(p, refusal, String.class);
            }
            return text;
        }
    }

    static final class Date extends StdScalarDeserializer<LocalDate> {
        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = string(p, LocalDate.class, "a date string (" + SaneDates.FORMAT + ")");
            try {
                return SaneDates.parse(text);
            } catch (IllegalArgumentException e) {
                throw new RefusedValue(p, e.getMessage(), LocalDate.class);
            }
        }
    }

    static final class Moment extends StdScalarDeserializer<Instant> {
        Moment() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = string(p, Instant.class, "an instant string (ISO-8601 with an offset, e.g. 2021-10-02T08:00:00+07:00)");
            OffsetDateTime moment;
            try {
                moment = OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new RefusedValue(p, "not an instant (ISO-8601 with an offset, e.g. 2021-10-02T08:00:00+07:00)", Instant.class);
            }
            String refusal = SaneDates.refusal(moment.atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
            if (refusal != null) {
                throw new RefusedValue(p, refusal, Instant.class);
            }
            return moment.toInstant();
        }
    }
}
