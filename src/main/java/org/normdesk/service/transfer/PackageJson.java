package org.normdesk.service.transfer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * JSON as packages write it: ISO dates, unknown fields of a newer minor layout ignored. Text read from a package
 * loses any NUL character (U+0000): PostgreSQL cannot store one in text, and a county register on H2 may hold one
 * from a ledger imported before the ledger's cells were cleaned of control characters.
 */
final class PackageJson {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("normdesk-text").addDeserializer(String.class, new WithoutNul()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PackageJson() {
    }

    private static final class WithoutNul extends StdScalarDeserializer<String> {
        WithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            return text == null || text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
        }
    }
}
