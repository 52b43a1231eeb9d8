package org.thinktank.surveyflow.export.word;

/** The institution a report goes out under, as organizers set it for the meeting; the logo may be absent. */
public record ThinkTank(String name, String nameEn, Logo logo) {

    public static final ThinkTank UNNAMED = new ThinkTank("", "", null);
}
