package org.chokepoint.rules;

/** One rule family. Rules run in order on one evaluation and add findings to it; they never throw for bad data. */
public interface Rule {
    void apply(Evaluation ev);
}
