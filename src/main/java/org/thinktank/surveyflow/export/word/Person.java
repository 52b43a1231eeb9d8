package org.thinktank.surveyflow.export.word;

/** Someone named in a report: by display name, with their institution when known. */
public record Person(String displayName, String institution) {

    /** "李伟（黑龙江数字经济研究中心）" or "Li Wei (Heilongjiang Digital Economy Centre)". */
    public String withInstitution(boolean chinese) {
        if (institution == null || institution.isBlank()) {
            return displayName;
        }
        return chinese ? displayName + "（" + institution + "）" : displayName + " (" + institution + ")";
    }
}
