package kz.saylau.ballot.station;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Polling-station devices (prefix {@code saylau.stations}). */
@ConfigMapping(prefix = "saylau.stations")
public interface StationSettings {

    /**
     * When on, protocols and turnout reports of polling stations must carry a valid {@code Saylau-Signature} of
     * their device (401 SIGNATURE_INVALID otherwise). Off by default, so stations without keys keep working.
     */
    @WithDefault("false")
    boolean requireDeviceSignature();
}
