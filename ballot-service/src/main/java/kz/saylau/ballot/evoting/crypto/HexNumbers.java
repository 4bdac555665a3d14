package kz.saylau.ballot.evoting.crypto;

import java.io.IOException;
import java.math.BigInteger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Group elements and exponents travel as lower-case hex text (as ElectionGuard's records do): a 4096-bit number is
 * not a JSON number most clients can read. Anything else in that place is 400 MALFORMED_REQUEST.
 */
@Singleton
public class HexNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("saylau-hex-numbers");
        module.addSerializer(BigInteger.class, new JsonSerializer<>() {
            @Override
            public void serialize(BigInteger value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString(16));
            }
        });
        module.addDeserializer(BigInteger.class, new JsonDeserializer<>() {
            @Override
            public BigInteger deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (BigInteger) ctxt.handleUnexpectedToken(BigInteger.class, p);
                }
                String text = p.getText();
                if (text.isEmpty() || text.length() > 1100 || !text.matches("[0-9a-fA-F]+")) {
                    throw ctxt.weirdStringException(text, BigInteger.class, "not a hex number of at most 4400 bits");
                }
                return new BigInteger(text, 16);
            }
        });
        mapper.registerModule(module);
    }
}
