package org.thinktank.surveyflow.adoption;

/** The level of whoever wrote an instruction (批示) on a recommendation; shown by its label {@code adoption.level.*}. */
public enum InstructionLevel {
    CENTRAL, PROVINCIAL, MUNICIPAL, OTHER
}
