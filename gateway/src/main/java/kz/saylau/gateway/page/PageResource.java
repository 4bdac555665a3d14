package kz.saylau.gateway.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.saylau.platform.web.Language;
import kz.saylau.platform.web.ProblemException;

/**
 * The public election-night page (docs/page.md): country, region, district, rural unit, election, precinct and its
 * protocol, rendered as plain HTML from the public API, so the numbers are there before any script runs; page.js
 * then follows the live stream. The page has no election logic: every figure is one the API gives.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PageResource {

    /** Elections of a voting day by status (api.md's result statuses), in the order an election goes through them. */
    @TemplateData
    public record StatusCount(String status, long elections) {
    }

    /** A region's row of the overview: the API's summary row and how many of its elections are decided. */
    @TemplateData
    public record RegionLine(Api.RegionRow summary, long certified, long failed) {
    }

    /** A district's row of a region: its name and the API's summary of it. */
    @TemplateData
    public record DistrictLine(Api.Unit unit, Api.Summary summary) {
    }

    /** A precinct's row of an election: the results row and the precinct's name. */
    @TemplateData
    public record PrecinctLine(Api.PrecinctRow row, String name) {
    }

    /** A candidate's votes in one protocol version. */
    @TemplateData
    public record ProtocolVote(String displayName, String affiliation, long votes) {
    }

    private static final List<String> STATUS_ORDER = List.of("NOT_STARTED", "VOTING", "COUNTING", "CERTIFIED", "FAILED");

    @Inject
    PublicApi api;

    @Location("page/overview.html")
    Template overview;

    @Location("page/area.html")
    Template area;

    @Location("page/unit.html")
    Template unit;

    @Location("page/election.html")
    Template election;

    @Location("page/precinct.html")
    Template precinct;

    @GET
    public TemplateInstance overview(@QueryParam("day") String day, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        Language language = language(lang, accept);
        List<Api.Result> all = results();
        List<String> days = all.stream().map(Api.Result::votingDay).distinct().sorted().toList();
        String shown = day != null && days.contains(day) ? day : currentDay(all, days);
        List<Api.Result> ofDay = all.stream().filter(r -> r.votingDay().equals(shown)).toList();
        View v = view(language, "/" + (day == null ? "" : "?day=" + enc(day)), PageWords.of(language).get("title"), List.of(),
                shown == null ? null : "/api/results/stream?snapshot=false",
                shown == null ? null : "/api/results/summary?votingDay=" + shown);
        TemplateInstance t = overview.data("v", v).data("day", shown).data("days", days).data("statuses", statuses(ofDay));
        if (shown == null) {
            return t.data("summary", null).data("regions", List.of()).data("embargo", null).data("turnout", null)
                    .data("nominations", null).data("winnersByParty", List.of()).data("womenWinners", null)
                    .data("incumbents", null);
        }
        Api.Summary summary = api.get("/api/results/summary?votingDay=" + shown, language, Api.Summary.class).orElseThrow();
        List<RegionLine> regions = summary.byRegion().stream().map(row -> new RegionLine(row,
                ofDay.stream().filter(r -> r.regionCode().equals(row.regionCode()) && r.status().equals("CERTIFIED")).count(),
                ofDay.stream().filter(r -> r.regionCode().equals(row.regionCode()) && r.status().equals("FAILED")).count()))
                .toList();
        Optional<Api.NominationRow> nominations = api.list("/api/analytics/nominations?votingDay=" + shown, language,
                Api.NominationRow.class).flatMap(rows -> rows.stream().filter(r -> r.key().equals("ALL")).findFirst());
        List<Api.WinnerRow> byParty = api.list("/api/analytics/winners?votingDay=" + shown + "&groupBy=party", language,
                Api.WinnerRow.class).orElse(List.of());
        Optional<Api.WinnerRow> women = api.list("/api/analytics/winners?votingDay=" + shown + "&groupBy=gender", language,
                Api.WinnerRow.class).flatMap(rows -> rows.stream().filter(r -> r.key().equals("F")).findFirst());
        return t.data("summary", summary).data("regions", regions).data("embargo", embargo(ofDay, "?votingDay=" + shown, language))
                .data("turnout", api.get("/api/results/turnout?votingDay=" + shown, language, Api.Turnout.class).orElse(null))
                .data("nominations", nominations.orElse(null)).data("winnersByParty", byParty)
                .data("womenWinners", women.orElse(null))
                .data("incumbents", api.get("/api/analytics/incumbents?votingDay=" + shown, language, Api.Incumbents.class)
                        .orElse(null));
    }

    @GET
    @Path("regions/{code}")
    public TemplateInstance region(@PathParam("code") String code, @QueryParam("day") String day,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = language(lang, accept);
        Api.Unit region = unitOf(code, "REGION", language);
        List<Api.Result> inRegion = results().stream().filter(r -> code.equals(r.regionCode())).toList();
        String shown = dayOf(day, inRegion);
        List<Api.Unit> districts = api.list("/api/units?level=DISTRICT&size=500&parent=" + enc(code), language, Api.Unit.class)
                .orElse(List.of());
        List<DistrictLine> lines = shown == null ? List.of() : districts.stream().map(d -> new DistrictLine(d,
                api.get("/api/results/summary?votingDay=" + shown + "&district=" + enc(d.code()), language, Api.Summary.class)
                        .orElse(null))).filter(l -> l.summary() != null && l.summary().elections() > 0).toList();
        return area(language, region, shown, inRegion, "/regions/" + code, List.of(country(language)),
                "/api/results/stream?region=" + enc(code), "&region=" + enc(code)).data("districts", lines);
    }

    @GET
    @Path("districts/{code}")
    public TemplateInstance district(@PathParam("code") String code, @QueryParam("day") String day,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = language(lang, accept);
        Api.Unit district = unitOf(code, "DISTRICT", language);
        List<Api.Result> inDistrict = results().stream().filter(r -> code.equals(r.districtCode())).toList();
        String shown = dayOf(day, inDistrict);
        Optional<Api.Unit> region = api.get("/api/units/" + enc(district.parentCode()), language, Api.Unit.class);
        List<View.Crumb> crumbs = new ArrayList<>(List.of(country(language)));
        region.ifPresent(r -> crumbs.add(new View.Crumb("/regions/" + enc(r.code()), r.name())));
        return area(language, district, shown, inDistrict, "/districts/" + code, crumbs,
                "/api/results/stream?region=" + enc(district.regionCode()), "&district=" + enc(code))
                .data("districts", List.of());
    }

    private TemplateInstance area(Language language, Api.Unit place, String shown, List<Api.Result> results, String path,
            List<View.Crumb> crumbs, String stream, String filter) {
        List<Api.Result> ofDay = results.stream().filter(r -> r.votingDay().equals(shown))
                .sorted(Comparator.comparing(Api.Result::unitName)).toList();
        View v = view(language, path + (shown == null ? "" : "?day=" + shown), place.name(), crumbs,
                shown == null ? null : stream, shown == null ? null : "/api/results/summary?votingDay=" + shown + filter);
        Api.Summary summary = shown == null ? null
                : api.get("/api/results/summary?votingDay=" + shown + filter, language, Api.Summary.class).orElse(null);
        return area.data("v", v).data("place", place).data("day", shown)
                .data("days", results.stream().map(Api.Result::votingDay).distinct().sorted().toList())
                .data("summary", summary).data("elections", ofDay).data("statuses", statuses(ofDay))
                .data("embargo", shown == null ? null : embargo(ofDay, "?votingDay=" + shown, language))
                .data("turnout", shown == null ? null : api.get("/api/results/turnout?votingDay=" + shown + filter, language,
                        Api.Turnout.class).orElse(null));
    }

    @GET
    @Path("units/{code}")
    public TemplateInstance unit(@PathParam("code") String code, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        Language language = language(lang, accept);
        Api.Unit place = unitOf(code, "RURAL", language);
        List<Api.Result> elections = results().stream().filter(r -> code.equals(r.unitCode()))
                .sorted(Comparator.comparing(Api.Result::votingDay).reversed()).toList();
        View v = view(language, "/units/" + code, place.name(), crumbs(language, place.districtCode()),
                elections.isEmpty() ? null : "/api/results/stream?region=" + enc(place.regionCode()), null);
        return unit.data("v", v).data("place", place).data("elections", elections);
    }

    @GET
    @Path("elections/{id}")
    public TemplateInstance election(@PathParam("id") String id, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        Language language = language(lang, accept);
        Api.Result result = resultOf(id, language);
        Map<String, String> names = precinctNames(result.unitCode(), language);
        List<PrecinctLine> precincts = api.list("/api/results/elections/" + enc(id) + "/precincts?size=500", language,
                Api.PrecinctRow.class).orElse(List.of()).stream()
                .map(p -> new PrecinctLine(p, names.getOrDefault(p.precinctCode(), p.precinctCode()))).toList();
        List<View.Crumb> crumbs = crumbs(language, result.districtCode());
        crumbs.add(new View.Crumb("/units/" + enc(result.unitCode()), result.unitName()));
        View v = view(language, "/elections/" + id, result.unitName() + " — " + result.votingDay(), crumbs,
                "/api/results/stream?election=" + enc(id), null);
        // the verifier's command names this server as the reader sees it
        String origin = uri.getBaseUri().toString().replaceFirst("/$", "");
        return election.data("v", v).data("r", result).data("origin", origin)
                .data("reported", precincts.stream().filter(p -> p.row().reported()).toList())
                .data("missing", precincts.stream().filter(p -> !p.row().reported()).toList())
                .data("embargo", embargo(List.of(result), "/" + enc(id), language))
                .data("turnout", api.get("/api/results/turnout?election=" + enc(id), language, Api.Turnout.class).orElse(null));
    }

    @GET
    @Path("elections/{id}/precincts/{code}")
    public TemplateInstance precinct(@PathParam("id") String id, @PathParam("code") String code,
            @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        Language language = language(lang, accept);
        Api.Result result = resultOf(id, language);
        Api.Precinct place = api.get("/api/precincts/" + enc(code), language, Api.Precinct.class)
                .orElseThrow(() -> ProblemException.notFound("precinct " + code));
        // the versions, oldest first; empty before the polls close (422) or before the precinct reported (404)
        List<Api.Protocol> versions = api.list("/api/elections/" + enc(id) + "/precincts/" + enc(code) + "/protocol?history=true",
                language, Api.Protocol.class).orElse(List.of());
        Api.Protocol latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        List<ProtocolVote> votes = latest == null ? List.of() : latest.votes().stream().map(vote -> {
            Api.Candidate c = result.candidates().stream().filter(x -> x.candidateId().equals(vote.candidateId()))
                    .findFirst().orElse(null);
            return new ProtocolVote(c == null ? vote.candidateId() : c.displayName(), c == null ? "" : c.affiliation(), vote.votes());
        }).toList();
        List<Api.Flag> flags = api.list("/api/results/elections/" + enc(id) + "/precincts?size=500", language, Api.PrecinctRow.class)
                .orElse(List.of()).stream().filter(p -> p.precinctCode().equals(code)).findFirst()
                .map(Api.PrecinctRow::flags).orElse(List.of());
        List<View.Crumb> crumbs = crumbs(language, result.districtCode());
        crumbs.add(new View.Crumb("/units/" + enc(result.unitCode()), result.unitName()));
        crumbs.add(new View.Crumb("/elections/" + enc(id), result.votingDay()));
        View v = view(language, "/elections/" + id + "/precincts/" + code, place.name(), crumbs,
                "/api/results/stream?election=" + enc(id), null);
        return precinct.data("v", v).data("r", result).data("place", place).data("latest", latest).data("votes", votes)
                .data("versions", newestFirst(versions)).data("flags", flags)
                .data("embargo", embargo(List.of(result), "/" + enc(id), language));
    }

    // ---------------------------------------------------------------------------------------------- reading --

    private View view(Language language, String path, String title, List<View.Crumb> crumbs, String stream, String summary) {
        Map<String, String> labels = api.get("/api/labels", language, Api.Labels.class).map(Api.Labels::labels).orElse(Map.of());
        return new View(language, path, title, crumbs, stream, summary, labels);
    }

    /**
     * Every election's result, from the changes feed (500 a page). The feed carries the English words whatever the
     * language asked (api.md), so one read serves the page in every language.
     */
    private List<Api.Result> results() {
        Map<String, Api.Result> all = new LinkedHashMap<>();
        long since = 0;
        for (int pages = 0; pages < 1000; pages++) {
            Api.Changes page = api.get("/api/results/changes?since=" + since, Language.EN, Api.Changes.class).orElseThrow();
            page.results().forEach(r -> all.put(r.electionId(), r));
            if (page.results().isEmpty() || page.sequence() == since) {
                break;
            }
            since = page.sequence();
        }
        return new ArrayList<>(all.values());
    }

    private Api.Result resultOf(String id, Language language) {
        return api.get("/api/results/elections/" + enc(id), language, Api.Result.class)
                .orElseThrow(() -> ProblemException.notFound("election " + id));
    }

    private Api.Unit unitOf(String code, String level, Language language) {
        return api.get("/api/units/" + enc(code), language, Api.Unit.class).filter(u -> level.equals(u.level()))
                .orElseThrow(() -> ProblemException.notFound("unit " + code));
    }

    private Map<String, String> precinctNames(String unitCode, Language language) {
        return api.list("/api/precincts?size=500&unit=" + enc(unitCode), language, Api.Precinct.class).orElse(List.of())
                .stream().collect(Collectors.toMap(Api.Precinct::code, Api.Precinct::name, (a, b) -> a));
    }

    /** Country, then the region and district of a district code. */
    private List<View.Crumb> crumbs(Language language, String districtCode) {
        List<View.Crumb> crumbs = new ArrayList<>(List.of(country(language)));
        api.get("/api/units/" + enc(districtCode), language, Api.Unit.class).ifPresent(d -> {
            api.get("/api/units/" + enc(d.parentCode()), language, Api.Unit.class)
                    .ifPresent(r -> crumbs.add(new View.Crumb("/regions/" + enc(r.code()), r.name())));
            crumbs.add(new View.Crumb("/districts/" + enc(d.code()), d.name()));
        });
        return crumbs;
    }

    private static View.Crumb country(Language language) {
        return new View.Crumb("/", PageWords.of(language).get("country"));
    }

    /** The day a page shows when none is asked for: the latest one whose voting began, else the first to come. */
    private static String currentDay(List<Api.Result> results, List<String> days) {
        return results.stream().filter(r -> !r.status().equals("NOT_STARTED")).map(Api.Result::votingDay)
                .max(Comparator.naturalOrder()).orElse(days.isEmpty() ? null : days.get(0));
    }

    private static String dayOf(String asked, List<Api.Result> results) {
        List<String> days = results.stream().map(Api.Result::votingDay).distinct().sorted().toList();
        return asked != null && days.contains(asked) ? asked : currentDay(results, days);
    }

    private static List<StatusCount> statuses(List<Api.Result> results) {
        Map<String, Long> by = results.stream().collect(Collectors.groupingBy(Api.Result::status, Collectors.counting()));
        return STATUS_ORDER.stream().filter(by::containsKey).map(s -> new StatusCount(s, by.get(s))).toList();
    }

    /** "Results after 20:00" while any election shown has not closed its polls: the time its calendar gives. */
    private String embargo(List<Api.Result> results, String electionQuery, Language language) {
        if (results.stream().noneMatch(r -> r.status().equals("NOT_STARTED") || r.status().equals("VOTING"))) {
            return null;
        }
        Optional<Api.Election> e = electionQuery.startsWith("?")
                ? api.list("/api/elections" + electionQuery + "&size=1", language, Api.Election.class)
                        .flatMap(list -> list.stream().findFirst())
                : api.get("/api/elections" + electionQuery, language, Api.Election.class);
        return e.map(Api.Election::calendar).map(Api.Calendar::pollsClose).filter(Objects::nonNull).orElse(null);
    }

    private static Language language(String asked, String accept) {
        if (asked != null) {
            for (Language l : Language.values()) {
                if (l.tag().equals(asked)) {
                    return l;
                }
            }
        }
        return Language.of(accept);
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(list);
        return list;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
