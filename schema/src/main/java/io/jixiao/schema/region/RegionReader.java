package io.jixiao.schema.region;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the most specific administrative division a form's names place it in: 浙江省杭州市西湖区财政局 → 西湖区, in 杭州市,
 * in 浙江省. The names are read in order of trust (department, unit, project) and a division is taken only where it is
 * certain:
 * <ul>
 *   <li>The province is the first one named (浙江省, 浙江); without one, the first division that is certain alone
 *       tells it (隆阳区 lies only in 云南省).</li>
 *   <li>A name several divisions share (鼓楼区, 朝阳区) counts only where the province or prefecture named beside it
 *       leaves one; a name of a province other than the form's is ignored.</li>
 *   <li>A county's name of two characters (城区, 萧县) counts only right after its province or prefecture (阳泉市城区):
 *       elsewhere it is as likely part of a word as a place (海和县 is no 和县).</li>
 * </ul>
 * Places are matched by full name (杭州市, not 杭州) or by the spellings the data lists, longest first. Only the
 * department and unit are names to read: a project's name (老城区改造) is too often a phrase.
 */
public final class RegionReader {

    /** Shorter county names are too often words (城区, 郊区, 矿区) to count without their province or prefecture. */
    private static final int SHORTEST_ALONE = 3;

    private static final RegionReader STANDARD = new RegionReader(AdministrativeDivisions.standard());

    private final AdministrativeDivisions divisions;

    /**
     * One place named in a text: the divisions its spelling may mean, and whether it follows the place named before
     * it without a character between (杭州市西湖区).
     */
    private record Mention(String spelling, List<Division> candidates, boolean followsPlace) {

        boolean names(DivisionLevel level) {
            return candidates.stream().allMatch(c -> c.level() == level);
        }

        List<Division> within(Division area) {
            return area == null ? candidates : candidates.stream().filter(area::contains).toList();
        }
    }

    public RegionReader(AdministrativeDivisions divisions) {
        this.divisions = requireNonNull(divisions, "divisions");
    }

    public static RegionReader standard() {
        return STANDARD;
    }

    /** The most specific division the texts (most trusted first; nulls skipped) place a form in. */
    public Optional<Division> read(String... texts) {
        List<Mention> mentions = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                scan(text, mentions);
            }
        }
        Division province = province(mentions);
        if (province == null) {
            return Optional.empty();
        }
        Division prefecture = null;
        for (Mention mention : mentions) {
            List<Division> inside = mention.within(province);
            if (mention.names(DivisionLevel.PREFECTURE) && inside.size() == 1) {
                prefecture = inside.get(0);
                break;
            }
        }
        for (Mention mention : mentions) {
            List<Division> inside = mention.within(prefecture != null ? prefecture : province);
            if (mention.names(DivisionLevel.COUNTY) && inside.size() == 1
                    && (mention.followsPlace() || mention.spelling().length() >= SHORTEST_ALONE)) {
                return Optional.of(inside.get(0));
            }
        }
        return Optional.of(prefecture != null ? prefecture : province);
    }

    /** The first province named, else the province of the first division certain alone; null without either. */
    private Division province(List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.names(DivisionLevel.PROVINCE) && mention.candidates().size() == 1) {
                return mention.candidates().get(0);
            }
        }
        for (Mention mention : mentions) {
            if (mention.candidates().size() == 1 && mention.spelling().length() >= SHORTEST_ALONE) {
                return divisions.byCode(mention.candidates().get(0).provinceCode()).orElseThrow();
            }
        }
        return null;
    }

    /** The places a text names, left to right, the longest spelling at each place. */
    private void scan(String text, List<Mention> mentions) {
        int at = 0;
        int previousEnd = -1;
        while (at < text.length()) {
            int found = 0;
            int longest = Math.min(divisions.longestSpellingFrom(text.charAt(at)), text.length() - at);
            for (int length = longest; length >= 2; length--) {
                String spelling = text.substring(at, at + length);
                List<Division> candidates = divisions.named(spelling);
                if (!candidates.isEmpty()) {
                    mentions.add(new Mention(spelling, candidates, at == previousEnd));
                    previousEnd = at + length;
                    found = length;
                    break;
                }
            }
            at += Math.max(found, 1);
        }
    }
}
