package org.thinktank.surveyflow.programme;

import java.util.List;

import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.Reason;

/** A slot that double-books its presenter or overlaps another slot, not confirmed: answered with 409, nothing stored. */
public class DoubleBookedException extends ConflictException {

    private final List<Clash> clashes;

    DoubleBookedException(List<Clash> clashes) {
        super(Reason.of("refusal.programme.doubleBooked", clashes.get(0).reason(), clashes.size()));
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }
}
