package org.thinktank.surveyflow.http;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.InvalidJsonValue;

/**
 * How JSON bodies are read, beyond {@code spring.jackson} in application.yml (unknown fields, duplicate keys and
 * trailing content are refused there): text without NUL or lone surrogates, dates only as {@code 2026-12-01},
 * moments only as {@code 2026-12-01T10:00:00Z} (or with an offset), durations only as ISO 8601 text, numbers of a
 * sane magnitude, and nesting at most {@value #MAX_NESTING} deep.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    static final int MAX_NESTING = 100;
    /** Far beyond any figure (16 digits and 4 decimals) and cheap to print; 1e999999 is not. */
    static final int MAX_EXPONENT = 1000;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .deserializerByType(String.class, new CheckedText())
                .deserializerByType(LocalDate.class, new IsoDate())
                .deserializerByType(Duration.class, new IsoDuration())
                .deserializerByType(Instant.class, new IsoInstant())
                .deserializerByType(BigDecimal.class, new SaneDecimal())
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()));
    }

    /** Any JSON text: refused with U+0000, which PostgreSQL cannot store, or a lone surrogate, which it would garble. */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = InputText.problemOf(text).orElse(null);
            if (problem != null) {
                throw new InvalidJsonValue(parser, problem);
            }
            return text;
        }
    }

    /** A date as {@code 2026-12-01}: not a date-time, not a year beyond four digits. Empty text is no date. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (text.isBlank()) {
                return null;
            }
            try {
                return InputText.isoDate(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date like 2026-12-01");
            }
        }
    }

    /** A duration as ISO 8601 text ({@code P2D}, {@code PT12H}); numbers of seconds are refused. */
    static final class IsoDuration extends StdScalarDeserializer<Duration> {

        IsoDuration() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Duration) context.handleUnexpectedToken(Duration.class, parser);
            }
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                return (Duration) context.handleWeirdStringValue(Duration.class, text, "not an ISO 8601 duration");
            }
        }
    }

    /**
     * A moment as ISO 8601 text with its offset ({@code 2026-12-01T10:00:00Z}, {@code 2026-12-01T18:00:00+08:00}),
     * with a four-digit year; numbers of seconds are refused. Empty text is no moment.
     */
    static final class IsoInstant extends StdScalarDeserializer<Instant> {

        private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-.*");

        IsoInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                if (!FOUR_DIGIT_YEAR.matcher(text).matches()) {
                    throw new DateTimeParseException("Not a four-digit year", text, 0);
                }
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not a date and time");
            }
        }
    }

    /** A decimal whose exponent stays within {@value #MAX_EXPONENT}, so printing it costs nothing. */
    static final class SaneDecimal extends StdScalarDeserializer<BigDecimal> {

        SaneDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && Math.abs((long) value.scale()) > MAX_EXPONENT) {
                throw new InvalidJsonValue(parser, "is out of range");
            }
            return value;
        }
    }
}
