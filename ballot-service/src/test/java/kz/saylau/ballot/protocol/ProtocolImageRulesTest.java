package kz.saylau.ballot.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** R-X2: a protocol photo's type is what its bytes are. */
class ProtocolImageRulesTest {

    @Test
    void R_X2_theTypeOfAPhotoIsReadFromItsBytes() {
        assertEquals("image/jpeg", ProtocolImageRules.typeOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 }));
        assertEquals("image/png", ProtocolImageRules.typeOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 }));
        assertNull(ProtocolImageRules.typeOf("GIF89a....".getBytes()));
        assertNull(ProtocolImageRules.typeOf(new byte[] { (byte) 0xFF, (byte) 0xD8 }), "too short to be a JPEG");
        assertNull(ProtocolImageRules.typeOf(new byte[0]));
        assertEquals("image/png", ProtocolImageRules.mediaType("Image/PNG; charset=binary"));
        assertNull(ProtocolImageRules.mediaType(null));
    }
}
