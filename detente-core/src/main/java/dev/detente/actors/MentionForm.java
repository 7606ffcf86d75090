package dev.detente.actors;

/** How a mention refers to its actor: "Claire Martin", "Martin", "the spokesman", "he", "Russian". */
public enum MentionForm { NAME, PARTIAL_NAME, TITLE, ROLE_NOUN, PRONOUN, DEMONYM }
