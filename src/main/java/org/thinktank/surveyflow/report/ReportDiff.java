package org.thinktank.surveyflow.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.springframework.stereotype.Component;

/**
 * Compares two versions of a report section by section, word by word, for a side-by-side view; and any two versions
 * of named texts the same way (the survey plan's fields).
 */
@Component
public class ReportDiff {

    private final DiffRowGenerator generator = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    public List<SectionChange> compare(ReportSections before, ReportSections after) {
        return compare(before.byName(), after.byName());
    }

    /** Each text of {@code after} compared with the text of the same name in {@code before} (empty if none). */
    public List<SectionChange> compare(Map<String, String> before, Map<String, String> after) {
        List<SectionChange> changes = new ArrayList<>();
        after.forEach((name, text) -> changes.add(compare(name, before.getOrDefault(name, ""), text)));
        return changes;
    }

    private SectionChange compare(String section, String before, String after) {
        List<DiffRow> rows = generator.generateDiffRows(before.lines().toList(), after.lines().toList());
        return new SectionChange(section, !before.equals(after),
                rows.stream().map(DiffRow::getOldLine).collect(Collectors.joining("\n")),
                rows.stream().map(DiffRow::getNewLine).collect(Collectors.joining("\n")));
    }
}
