package kz.saylau.candidate.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.saylau.platform.web.ProblemException;

class UnitCsvTest {

    @Test
    void readsQuotedFieldsEmptyParentsAndCrlf() {
        List<Map<String, String>> rows = UnitCsv.parse("\uFEFFcode,name,level,parentCode\r\n"
                + "R1,\"Ақмола облысы, \"\"солтүстік\"\"\",REGION,\r\n"
                + "D1,Бурабай ауданы,DISTRICT,R1\n\n");
        assertEquals(2, rows.size());
        assertEquals("Ақмола облысы, \"солтүстік\"", rows.get(0).get("name"));
        assertNull(rows.get(0).get("parentCode"));
        assertEquals("R1", rows.get(1).get("parentCode"));
    }

    @Test
    void columnsMayComeInAnyOrderAndParentMayBeLeftOut() {
        List<Map<String, String>> rows = UnitCsv.parse("level,code,name\nREGION,R9,Абай облысы");
        assertEquals("R9", rows.get(0).get("code"));
        assertEquals("REGION", rows.get(0).get("level"));
    }

    @Test
    void aBadHeaderOrAShortLineIsMalformed() {
        assertEquals("MALFORMED_REQUEST", assertThrows(ProblemException.class, () -> UnitCsv.parse("id,title\n1,2")).code());
        assertEquals("MALFORMED_REQUEST", assertThrows(ProblemException.class,
                () -> UnitCsv.parse("code,name,level,parentCode\nR1,x")).code());
        assertEquals("MALFORMED_REQUEST", assertThrows(ProblemException.class,
                () -> UnitCsv.parse("code,name,level\n\"R1,x,REGION")).code());
    }
}
