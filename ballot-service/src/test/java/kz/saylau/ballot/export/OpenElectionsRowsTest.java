package kz.saylau.ballot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.saylau.ballot.protocol.ProtocolView;
import kz.saylau.ballot.protocol.Trackers;

class OpenElectionsRowsTest {

    @Test
    void theSevenOpenElectionsColumnsComeFirstAndEveryFigureIsARow() {
        assertEquals(List.of("county", "precinct", "office", "district", "party", "candidate", "votes"),
                OpenElectionsRows.HEADER.subList(0, 7));
        OpenElectionsRows.Place place = new OpenElectionsRows.Place("Ақмола облысы", "Бурабай ауданы", "Қатаркөл ауылдық округі",
                "117020100", "e1", "2021-07-25");
        ProtocolView p = new ProtocolView(UUID.randomUUID(), UUID.randomUUID(), "701", 1, "ACCEPTED", 1000, 1000, 700, 300,
                698, 8, 10, List.of(new Trackers.Vote("c2", 300), new Trackers.Vote("c1", 380), new Trackers.Vote("gone", 0)),
                null, null, null, "T", null, "2021-07-25T21:00:00+06:00", null);
        Map<String, OpenElectionsRows.Line> ballot = new java.util.LinkedHashMap<>();
        ballot.put("c1", new OpenElectionsRows.Line("Ахметов Болат", "self-nominated"));
        ballot.put("c2", new OpenElectionsRows.Line("Бекова Сара", "Amanat"));
        var rows = OpenElectionsRows.of(place, p, true, ballot);
        assertEquals(List.of("Бурабай ауданы", "701", "Rural Akim", "Қатаркөл ауылдық округі", "self-nominated", "Ахметов Болат", "380"),
                rows.get(0).subList(0, 7));
        assertEquals("Бекова Сара", rows.get(1).get(5));
        // a line the ballot no longer names is still a row, under its id
        assertEquals(List.of("gone", "0"), rows.get(2).subList(5, 7));
        assertEquals(List.of("Against all", "Invalid Ballots", "Ballots Cast", "Ballots Issued", "Registered Voters"),
                rows.subList(3, 8).stream().map(r -> r.get(5).isEmpty() ? r.get(2) : r.get(5)).toList());
        assertEquals(List.of("10", "8", "698", "700", "1000"), rows.subList(3, 8).stream().map(r -> r.get(6)).toList());
        rows.forEach(r -> assertEquals(OpenElectionsRows.HEADER.size(), r.size()));
    }
}
