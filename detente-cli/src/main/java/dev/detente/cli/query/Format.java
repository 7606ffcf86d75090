package dev.detente.cli.query;

/** How a query command prints its rows. */
public enum Format { table, json, csv }
