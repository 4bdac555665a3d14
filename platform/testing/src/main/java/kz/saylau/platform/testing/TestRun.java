package kz.saylau.platform.testing;

import java.util.Map;
import java.util.UUID;

/**
 * What a test fixture of one run stands on: codes of its own (so runs never meet in the shared test databases) for a
 * region, a district and a rural unit, and tokens of the cec and of that district's tec.
 */
public class TestRun {

    public final String run = UUID.randomUUID().toString().substring(0, 8);
    public final String region = "R" + run;
    public final String district = "D" + run;
    public final String unit = "U" + run;
    public final String cec = Tokens.cec();
    public final String tec = Tokens.of("tec-" + run, "tec", Map.of("district", district));
}
