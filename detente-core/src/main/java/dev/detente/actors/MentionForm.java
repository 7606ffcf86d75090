package dev.detente.actors;

/** How a mention refers to its actor: "Dmitry Peskov", "Peskov", "the spokesman", "he", "Russian". */
public enum MentionForm { NAME, PARTIAL_NAME, TITLE, ROLE_NOUN, PRONOUN, DEMONYM }
