package dev.detente.time;

/** The time orientation of the clause around an expression, as far as its verbs and modifiers tell. */
enum Tense { PAST, FUTURE, UNKNOWN }
