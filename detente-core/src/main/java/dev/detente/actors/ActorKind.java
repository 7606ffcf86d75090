package dev.detente.actors;

/** What an actor is. International organisations are ORGANIZATION with a stable code (NATO, EU, UN). */
public enum ActorKind { PERSON, ORGANIZATION, COUNTRY, PLACE }
