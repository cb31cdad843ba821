package org.chokepoint.cases.review;

/** Where an alert stands: open until an analyst confirms or dismisses it, or the list change closes it. */
public enum AlertState { OPEN, CONFIRMED, DISMISSED, CLOSED }
