package org.thinktank.surveyflow.security;

/** What a person does in the think tank. Organizer tasks in the BPMN go to the candidate group {@link #group()}. */
public enum Role {
    RESEARCHER, REVIEWER, ORGANIZER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The Camunda candidate group of this role, as named in the BPMN (for example {@code organizer}). */
    public String group() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
