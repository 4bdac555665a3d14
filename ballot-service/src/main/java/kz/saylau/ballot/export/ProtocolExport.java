package kz.saylau.ballot.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.saylau.ballot.election.Election;
import kz.saylau.ballot.protocol.Protocol;
import kz.saylau.ballot.protocol.ProtocolService;
import kz.saylau.ballot.protocol.ProtocolView;
import kz.saylau.platform.territory.KnownUnit;
import kz.saylau.platform.web.ProblemException;

/**
 * Issue 19 #6: the protocols of an election or of a voting day, every version, for observers and the press: as CSV
 * in the OpenElections layout, and as a zip with each version's JSON (what its tracker is computed over), its photo,
 * the trackers and a SHA256SUMS of every file. The text parts are made in one read-only transaction; the photos are
 * streamed into the zip one at a time over JDBC, so a voting day of thousands of photos never sits in memory.
 */
@ApplicationScoped
public class ProtocolExport {

    private static final CsvMapper CSV = new CsvMapper();

    @Inject
    EntityManager em;

    @Inject
    ProtocolService protocols;

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    /** What an export covers: its name and the text files, in order; the photos to add. */
    public record Contents(String name, Map<String, byte[]> files, List<Photo> photos) {
    }

    public record Photo(UUID electionId, String precinctCode, int version, String path) {
    }

    /**
     * Exactly one of {@code election} and {@code votingDay}: 400 naming both otherwise; 404 an unknown election.
     * {@code forZip}: also each version's JSON and the photos to add (the CSV alone needs neither).
     */
    @Transactional
    public Contents contents(UUID election, LocalDate votingDay, boolean forZip) {
        if ((election == null) == (votingDay == null)) {
            throw new ProblemException(400, "VALIDATION_FAILED", "name either an election or a voting day",
                    List.of(new ProblemException.Violation("election", "exactly one of election and votingDay"),
                            new ProblemException.Violation("votingDay", "exactly one of election and votingDay")));
        }
        List<Election> elections;
        String name;
        if (election != null) {
            Election e = em.find(Election.class, election);
            if (e == null) {
                throw ProblemException.notFound("election " + election);
            }
            elections = List.of(e);
            name = "saylau-protocols-" + election;
        } else {
            elections = Election.list("votingDay", Sort.by("regionCode").and("districtCode").and("unitCode").and("id"), votingDay);
            name = "saylau-protocols-" + votingDay;
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> trackers = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Photo> photos = new ArrayList<>();
        for (Election e : elections) {
            // R-T3: the names the election was announced with; the unit register's for elections announced before
            OpenElectionsRows.Place place = new OpenElectionsRows.Place(
                    e.regionName != null ? e.regionName : unitName(e.regionCode),
                    e.districtName != null ? e.districtName : unitName(e.districtCode),
                    e.unitName != null ? e.unitName : unitName(e.unitCode), e.unitCode, e.id.toString(), e.votingDay.toString());
            Map<String, OpenElectionsRows.Line> lines = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> options = em.createNativeQuery("""
                    select cast(candidate_id as text), display_name, affiliation from ballot_option
                    where election_id = ?1 and kind = 'CANDIDATE' order by position""").setParameter(1, e.id).getResultList();
            for (Object[] o : options) {
                lines.put((String) o[0], new OpenElectionsRows.Line((String) o[1], (String) o[2]));
            }
            List<Protocol> versions = Protocol.list("electionId", Sort.by("precinctCode").and("version"), e.id);
            for (int i = 0; i < versions.size(); i++) {
                Protocol p = versions.get(i);
                boolean latest = i + 1 == versions.size() || !versions.get(i + 1).precinctCode.equals(p.precinctCode);
                ProtocolView view = protocols.view(p);
                rows.addAll(OpenElectionsRows.of(place, view, latest, lines));
                trackers.add(List.of(e.id.toString(), p.precinctCode, Integer.toString(p.version), p.tracker,
                        p.previousTracker == null ? "" : p.previousTracker, view.acceptedAt()));
                if (!forZip) {
                    continue;
                }
                String base = e.id + "/" + p.precinctCode + "-v" + p.version;
                files.put("protocols/" + base + ".json", jsonBytes(view));
                if (p.imageSha256 != null) {
                    photos.add(new Photo(e.id, p.precinctCode, p.version, "images/" + base));
                }
            }
        }
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put("README.txt", readme(name).getBytes(StandardCharsets.UTF_8));
        ordered.put("protocols.csv", csv(OpenElectionsRows.HEADER, rows));
        ordered.put("trackers.csv", csv(List.of("election_id", "precinct", "version", "tracker", "previous_tracker",
                "accepted_at"), trackers));
        ordered.putAll(files);
        return new Contents(name, ordered, photos);
    }

    /** The zip: the text files, the photos streamed one at a time, then SHA256SUMS over all of them. */
    public void writeZip(Contents contents, OutputStream out) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var file : contents.files().entrySet()) {
                put(zip, file.getKey(), file.getValue(), sums);
            }
            try (Connection c = dataSource.getConnection();
                    PreparedStatement read = c.prepareStatement("""
                            select content_type, bytes from protocol_image
                            where election_id = ? and precinct_code = ? and version = ?""")) {
                for (Photo photo : contents.photos()) {
                    read.setObject(1, photo.electionId());
                    read.setString(2, photo.precinctCode());
                    read.setInt(3, photo.version());
                    try (ResultSet r = read.executeQuery()) {
                        if (r.next()) {
                            String ext = "image/png".equals(r.getString(1)) ? ".png" : ".jpg";
                            put(zip, photo.path() + ext, r.getBytes(2), sums);
                        }
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IOException("reading the protocol photos", e);
            }
            StringBuilder list = new StringBuilder();
            sums.forEach((path, sum) -> list.append(sum).append("  ").append(path).append('\n'));
            zip.putNextEntry(new ZipEntry("SHA256SUMS"));
            zip.write(list.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String path, byte[] bytes, Map<String, String> sums) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
        try {
            sums.put(path, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String unitName(String code) {
        KnownUnit unit = code == null ? null : em.find(KnownUnit.class, code);
        return unit == null || unit.name == null ? (code == null ? "" : code) : unit.name;
    }

    private byte[] jsonBytes(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        List<List<String>> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        try {
            return CSV.writer(schema.build()).writeValueAsBytes(all);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readme(String name) {
        return name + "\n\n"
                + "protocols.csv   every version of every precinct protocol, OpenElections layout (county = district,\n"
                + "                district = rural unit, office = Rural Akim), then region, unit_code, election_id,\n"
                + "                voting_day, version, latest, accepted_at, tracker, decision_ref, reason\n"
                + "trackers.csv    the public tracker chain of each precinct (domain.md R-X1)\n"
                + "protocols/      each version as the API answers it: the figures its tracker is computed over\n"
                + "images/         the photo of each version's signed paper protocol, where one was attached\n"
                + "SHA256SUMS      the SHA-256 of every file above (sha256sum -c SHA256SUMS)\n";
    }
}
