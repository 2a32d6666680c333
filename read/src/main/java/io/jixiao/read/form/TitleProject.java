package io.jixiao.read.form;

import io.jixiao.read.table.Vocabulary;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The project a form's title names, for a form without a 项目名称 field: "服务贸易项目绩效自评表" is the self-evaluation
 * of the 服务贸易项目. The title, its year and notes removed, must be a name ending in 项目 before 绩效 and the kind
 * ("…项目绩效自评表", "…项目绩效目标表"); a template's own words ("项目支出绩效自评表", "省级项目绩效目标表": the
 * title_generic vocabulary) name no project.
 */
final class TitleProject {

    private static final Pattern LEADING_YEAR = Pattern.compile("^[(]?(?:19|20)\\d{2}年度?[)]?");
    private static final String PROJECT = "项目";
    private static final String PERFORMANCE = "绩效";

    private TitleProject() {
    }

    static Optional<String> of(String title) {
        String key = LabelVocabulary.compact(title);
        if (key.endsWith(")") && key.lastIndexOf('(') > 0) {
            key = key.substring(0, key.lastIndexOf('('));
        }
        key = LEADING_YEAR.matcher(key).replaceFirst("");
        int performance = key.lastIndexOf(PERFORMANCE);
        if (performance < 0 || !FormSplitter.kindOfTitle(title).isPresent()) {
            return Optional.empty();
        }
        String name = key.substring(0, performance);
        if (!name.endsWith(PROJECT) || name.length() <= PROJECT.length() + 1) {
            return Optional.empty();
        }
        String qualifier = name.substring(0, name.length() - PROJECT.length());
        return Vocabulary.active().contains("title_generic", qualifier) ? Optional.empty() : Optional.of(name);
    }
}
